# The same alias as in openai.types.shared (request params and responses share it).

from ..shared.responses_model import ResponsesModel as ResponsesModel

__all__ = ["ResponsesModel"]
