"""The official path of the errors that pre-1.0 names (`openai.ChatCompletion`) raise."""

from .._module_client import APIRemovedInV1, APIRemovedInV1Proxy

__all__ = ["APIRemovedInV1", "APIRemovedInV1Proxy"]
