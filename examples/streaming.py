"""Print a chat completion as it is generated (sync, then async)."""

import asyncio
from typing import List

from openai import AsyncOpenAI, OpenAI
from openai.types.chat import ChatCompletionMessageParam

MESSAGES: List[ChatCompletionMessageParam] = [{"role": "user", "content": "Count from 1 to 10, one number per line."}]


def sync_stream() -> None:
    client = OpenAI()
    with client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True) as stream:
        for chunk in stream:
            if chunk.choices:
                print(chunk.choices[0].delta.content or "", end="", flush=True)
    print()


async def async_stream() -> None:
    client = AsyncOpenAI()
    stream = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    async for chunk in stream:
        if chunk.choices:
            print(chunk.choices[0].delta.content or "", end="", flush=True)
    print()


sync_stream()
asyncio.run(async_stream())
