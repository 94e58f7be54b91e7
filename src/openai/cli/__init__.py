"""The `openai` command line: `openai api <resource.method> ...` for direct API calls, `openai tools
...` for client-side helpers, `openai migrate` / `openai grit` for the 1.x code migration tool.

Imported only by the console script and `python -m openai`, never by `import openai`.
"""

from ._cli import main as main
