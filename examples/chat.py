"""A chat completion, synchronous."""

from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "developer", "content": "Answer in one sentence."},
        {"role": "user", "content": "What is the capital of France?"},
    ],
)
print(completion.choices[0].message.content)
print("request id:", completion._request_id)  # pyright: ignore[reportPrivateUsage]  (public despite the name)
