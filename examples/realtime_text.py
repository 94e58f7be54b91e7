"""A text conversation over the Realtime API (beta): one question, the answer printed as it streams.

Needs the realtime extra: `pip install 'openai[realtime]'` (the `websockets` package). The
connection goes to `wss://` + the API base URL + `/realtime`; set `OPENAI_WEBSOCKET_BASE_URL`
(read by this script, not by the client) to use another WebSocket server.
"""

import asyncio
import os
import sys

from openai import AsyncOpenAI


async def main(question: str) -> None:
    client = AsyncOpenAI(websocket_base_url=os.environ.get("OPENAI_WEBSOCKET_BASE_URL"))

    async with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
        await connection.session.update(session={"modalities": ["text"], "instructions": "Answer in one sentence."})
        await connection.conversation.item.create(
            item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": question}]}
        )
        await connection.response.create()

        async for event in connection:
            if event.type == "response.text.delta":
                print(event.delta, end="", flush=True)
            elif event.type == "response.text.done":
                print()
            elif event.type == "error":  # the connection stays open after an error event
                print(f"error: {event.error.message}", file=sys.stderr)
            elif event.type == "response.done":
                break


if __name__ == "__main__":
    asyncio.run(main(" ".join(sys.argv[1:]) or "What is the capital of France?"))
