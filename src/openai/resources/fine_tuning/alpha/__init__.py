from .alpha import Alpha, AsyncAlpha
from .graders import AsyncGraders, Graders

__all__ = ["Alpha", "AsyncAlpha", "Graders", "AsyncGraders"]
