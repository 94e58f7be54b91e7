"""The streaming helpers: events with snapshots, and the final object at the end."""

from openai import OpenAI

client = OpenAI()

with client.responses.stream(model="gpt-4o-mini", input="Name three rivers.") as stream:
    for event in stream:
        if event.type == "response.output_text.delta":
            print(event.delta, end="", flush=True)
    final = stream.get_final_response()
print("\nresponse id:", final.id)

with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "Name three mountains."}]
) as chat_stream:
    for chat_event in chat_stream:
        if chat_event.type == "content.delta":
            print(chat_event.delta, end="", flush=True)
print()
