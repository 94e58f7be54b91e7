"""The Responses API: a plain call, then a streamed one."""

from openai import OpenAI

client = OpenAI()

response = client.responses.create(model="gpt-4o-mini", input="Write a haiku about the sea.")
print(response.output_text)

stream = client.responses.create(model="gpt-4o-mini", input="Count to five.", stream=True)
for event in stream:
    if event.type == "response.output_text.delta":
        print(event.delta, end="", flush=True)
print()
