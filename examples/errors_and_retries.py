"""Error handling, retries and timeouts."""

import openai
from openai import OpenAI

client = OpenAI(max_retries=3, timeout=20.0)

try:
    client.with_options(timeout=5.0).models.retrieve("no-such-model")
except openai.NotFoundError as e:
    print("not found:", e.status_code, e.code, e.request_id)
except openai.APITimeoutError:
    print("timed out (after retries)")
except openai.APIConnectionError as e:
    print("could not connect:", e.__cause__)
except openai.APIStatusError as e:
    print("other error:", e.status_code, e.message)
