"""Headers and status of a response, and a streamed body."""

from openai import OpenAI

client = OpenAI()

response = client.chat.completions.with_raw_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hi"}]
)
print(response.status_code, response.headers.get("x-ratelimit-remaining-requests"))
completion = response.parse()
print(completion.choices[0].message.content)

with client.models.with_streaming_response.list() as streamed:
    for line in streamed.iter_lines():
        print(line)
