"""The Batch API: many requests in one JSONL file, run asynchronously at a lower price."""

import json
import time

from openai import OpenAI
from openai.types.chat import ChatCompletion

client = OpenAI()

questions = ["What is the capital of France?", "What is 2 + 2?", "Name a primary colour."]
lines = [
    {
        "custom_id": f"question-{index}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": question}]},
    }
    for index, question in enumerate(questions)
]
jsonl = "".join(json.dumps(line) + "\n" for line in lines).encode()

input_file = client.files.create(file=("questions.jsonl", jsonl), purpose="batch")
batch = client.batches.create(input_file_id=input_file.id, endpoint="/v1/chat/completions", completion_window="24h")
while batch.status not in ("completed", "failed", "expired", "cancelled"):
    print("batch", batch.status, batch.request_counts)
    time.sleep(1)
    batch = client.batches.retrieve(batch.id)
print("batch", batch.status, batch.request_counts)

if batch.output_file_id:
    for line in client.files.content(batch.output_file_id).text.splitlines():
        result = json.loads(line)
        completion = ChatCompletion.model_validate(result["response"]["body"])
        print(f"{result['custom_id']}: {completion.choices[0].message.content}")
