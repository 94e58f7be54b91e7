"""Walk every stored chat completion, page by page (sync and async)."""

import asyncio

from openai import AsyncOpenAI, OpenAI


def sync_pages() -> None:
    client = OpenAI()
    for completion in client.chat.completions.list(limit=10):  # fetches further pages as needed
        print(completion.id, completion.model)

    first = client.chat.completions.list(limit=10)
    print("more after the first page:", first.has_next_page())


async def async_pages() -> None:
    client = AsyncOpenAI()
    async for model in client.models.list():
        print(model.id)
    page = await client.models.list()
    print(len(page.data), "models")


sync_pages()
asyncio.run(async_pages())
