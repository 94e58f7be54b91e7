# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject
from .static_file_chunking_strategy_object import StaticFileChunkingStrategyObject
from .._models import PropertyInfo


__all__ = ["FileChunkingStrategy"]


FileChunkingStrategy: TypeAlias = Annotated[
    Union[StaticFileChunkingStrategyObject, OtherFileChunkingStrategyObject], PropertyInfo(discriminator="type")
]
