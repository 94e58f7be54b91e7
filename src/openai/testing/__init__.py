"""A fake OpenAI API for tests and offline examples (`FakeOpenAI`)."""

from ._core import SSE, APIErrorReply, FakeRequest, FakeUpload, Reply
from ._fake import FakeOpenAI

__all__ = ["FakeOpenAI", "FakeRequest", "FakeUpload", "Reply", "SSE", "APIErrorReply"]
