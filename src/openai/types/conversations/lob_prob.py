# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List

from .top_log_prob import TopLogProb


__all__ = ["LobProb"]


class LobProb(TopLogProb):
    top_logprobs: List[TopLogProb]
