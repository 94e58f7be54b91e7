"""Upload a batch input file, wait until it is processed, start a batch."""

from pathlib import Path

from openai import OpenAI

client = OpenAI()

path = Path("batch_input.jsonl")
path.write_text(
    '{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}}\n'
)

uploaded = client.files.create(file=path, purpose="batch")
client.files.wait_for_processing(uploaded.id)
batch = client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
print(batch.id, batch.status)
