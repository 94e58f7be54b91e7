"""Several chat completions at once with the async client."""

import asyncio

from openai import AsyncOpenAI


async def ask(client: AsyncOpenAI, question: str) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    return completion.choices[0].message.content or ""


async def main() -> None:
    async with AsyncOpenAI() as client:
        answers = await asyncio.gather(*(ask(client, f"Say the number {n} in French") for n in range(3)))
    for answer in answers:
        print(answer)


asyncio.run(main())
