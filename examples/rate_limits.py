"""Reading the rate-limit headers (`RateLimits`) and staying under a budget (`Limiter`).

One `Limiter` may serve several clients, sync and async: every request waits (sleeping, or
awaiting) until the requests-per-minute and tokens-per-minute budgets allow it, and a 429 or a
spent budget pauses every caller until the reset the server announces.
"""

import asyncio

import openai
from openai import AsyncOpenAI, Limiter, OpenAI

limiter = Limiter(requests_per_minute=500, tokens_per_minute=200_000)
client = OpenAI(limiter=limiter)

completion = client.chat.completions.with_raw_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hi."}], max_tokens=20
)
limits = completion.rate_limits
print("requests left:", limits.remaining_requests, "of", limits.limit_requests, "reset in", limits.reset_requests)
print("tokens left:", limits.remaining_tokens, "of", limits.limit_tokens, "reset in", limits.reset_tokens)

# The latest seen by the client, without the raw response:
client.models.list()
if client.rate_limits is not None:
    print("after models.list:", client.rate_limits.remaining_requests)

# Many concurrent calls share the same budget.
async_client = AsyncOpenAI(limiter=limiter)


async def ask(i: int) -> str:
    try:
        reply = await async_client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"One word for {i}."}], max_tokens=5
        )
    except openai.RateLimitError as error:  # retries ran out: the error says how long to wait
        return f"rate limited; retry after {error.rate_limits.retry_after or error.rate_limits.reset_requests}"
    return reply.choices[0].message.content or ""


async def main() -> None:
    answers = await asyncio.gather(*(ask(i) for i in range(20)))
    print(answers)
    print(limiter.stats())


asyncio.run(main())
