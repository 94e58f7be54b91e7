from .evals import AsyncEvals, Evals
from .runs import AsyncRuns, Runs

__all__ = ["Evals", "AsyncEvals", "Runs", "AsyncRuns"]
