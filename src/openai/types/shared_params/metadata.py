# The same alias as in openai.types.shared (request params and responses share it).

from ..shared.metadata import Metadata as Metadata

__all__ = ["Metadata"]
