"""Structured outputs: the answer parsed into pydantic models (Responses and Chat)."""

from typing import List

from pydantic import BaseModel

from openai import OpenAI


class Step(BaseModel):
    explanation: str
    output: str


class MathAnswer(BaseModel):
    steps: List[Step]
    final_answer: str


client = OpenAI()

response = client.responses.parse(
    model="gpt-4o-mini",
    input="Solve 8x + 7 = -23, step by step.",
    text_format=MathAnswer,
)
answer = response.output_parsed
if answer is not None:
    print(answer.final_answer)

completion = client.chat.completions.parse(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Solve 8x + 7 = -23, step by step."}],
    response_format=MathAnswer,
)
message = completion.choices[0].message
print(message.parsed.final_answer if message.parsed else message.refusal)
