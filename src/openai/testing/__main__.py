"""`python -m openai.testing [--host H] [--port N]`: run the fake API server in the foreground.

Prints the base URL (`export OPENAI_BASE_URL=...` points the client at it) and serves until
interrupted. Keys are not checked beyond being present; any non-empty key works.
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openai.testing", description="Run the fake OpenAI API server.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without an API key")
    args = parser.parse_args(argv)

    from ._fake import FakeOpenAI

    fake = FakeOpenAI(require_auth=not args.no_auth)
    with fake.serve(port=args.port, host=args.host) as server:
        print(f"Fake OpenAI API listening on {server.base_url}", flush=True)
        print(f"  export OPENAI_BASE_URL={server.base_url} OPENAI_API_KEY=sk-fake", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
