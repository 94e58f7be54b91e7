"""`openai tools ...` (client-side helpers) and `openai migrate` / `openai grit`."""

from ._main import register_commands as register_commands
