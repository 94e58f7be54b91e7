from .beta import AsyncBeta, Beta

__all__ = ["Beta", "AsyncBeta"]
