"""`openai api <resource.method>`: one subcommand per API method the command line offers."""

from ._main import register_commands as register_commands
