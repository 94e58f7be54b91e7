# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict
from typing_extensions import TypeAlias


__all__ = ["Metadata"]


Metadata: TypeAlias = Dict[str, str]
