"""Thousands of requests through the Batch API with `client.batches.run`: split, uploaded,
polled with a progress bar, results back in input order.

    python examples/bulk_batches.py            # against the API (OPENAI_API_KEY)
    python examples/bulk_batches.py --offline  # 2,000 requests against the in-process fake API

Run it again with the same `--state` file after an interruption (Ctrl-C) and it picks up the
same batches instead of starting over.
"""

import argparse
import sys
import time
from typing import Optional

from openai import BatchRequestError, OpenAI

parser = argparse.ArgumentParser()
parser.add_argument("--offline", action="store_true", help="run against openai.testing.FakeOpenAI")
parser.add_argument("-n", type=int, default=2000, help="how many requests")
parser.add_argument("--state", default=None, help="a state file, to resume an interrupted run")
args = parser.parse_args()

poll_interval: Optional[float]
if args.offline:
    from openai.testing import FakeOpenAI

    fake = FakeOpenAI()
    client = fake.client()
    poll_interval = 0.05
    per_batch = 500  # several batches, to show the splitting (the API allows 50,000)
else:
    client = OpenAI()
    poll_interval = None  # as often as the API suggests (every 10 s when it does not say)
    per_batch = 50_000

requests = [
    {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"Give one fact about the number {i}."}]}
    for i in range(args.n)
]

start = time.monotonic()
results = client.batches.run(
    requests,
    endpoint="/v1/chat/completions",
    poll_interval=poll_interval,
    state_file=args.state,
    max_requests_per_batch=per_batch,
)
elapsed = time.monotonic() - start

print(f"{len(results)} results from {len(results.batch_ids)} batches in {elapsed:.1f}s, {len(results.errors)} errors")
for index in (0, len(results) // 2, len(results) - 1):
    result = results[index]
    if isinstance(result, BatchRequestError):
        print(f"#{index}: failed: {result.message}", file=sys.stderr)
    else:
        print(f"#{index}: {result.choices[0].message.content}")
