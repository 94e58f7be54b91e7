"""Assistants (beta): an assistant, a thread, a run polled to the end, the reply read back.

The Assistants API is deprecated in favour of the Responses API (see responses.py) but still
served: its methods are marked deprecated, so type checkers flag them and calls warn.
"""
# pyright: reportDeprecated=false

import warnings

from openai import OpenAI

warnings.simplefilter("ignore", DeprecationWarning)  # the calls below are deliberate

client = OpenAI()

assistant = client.beta.assistants.create(
    model="gpt-4o-mini", name="Math tutor", instructions="Answer math questions briefly."
)
thread = client.beta.threads.create(messages=[{"role": "user", "content": "What is 12 times 12?"}])

run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
print("run:", run.status)
if run.status == "completed":
    for message in client.beta.threads.messages.list(thread_id=thread.id, order="asc"):
        for part in message.content:
            if part.type == "text":
                print(f"{message.role}: {part.text.value}")

client.beta.threads.delete(thread.id)
client.beta.assistants.delete(assistant.id)
