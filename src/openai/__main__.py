"""`python -m openai ...`: the `openai` command (see `openai.cli`)."""

import sys

from .cli import main

# The command's status becomes the process's, as for the `openai` console script (an error exits 1).
sys.exit(main())
