# The same alias as in openai.types.shared (request params and responses share it).

from ..shared.function_parameters import FunctionParameters as FunctionParameters

__all__ = ["FunctionParameters"]
