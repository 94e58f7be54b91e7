"""Function calling: the model asks for a tool, we run it and send back the result, until it answers."""

import json
from typing import Dict, List

from openai import OpenAI
from openai.types.chat import (
    ChatCompletionMessageFunctionToolCallParam,
    ChatCompletionMessageParam,
    ChatCompletionToolParam,
)

client = OpenAI()

tools: List[ChatCompletionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    }
]


def get_weather(city: str) -> Dict[str, object]:
    return {"city": city, "temperature_c": 18, "sky": "clear"}  # a real app would call a weather service


messages: List[ChatCompletionMessageParam] = [{"role": "user", "content": "What's the weather in Paris?"}]
for _ in range(5):  # a bound, in case the model keeps asking
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=tools)
    message = completion.choices[0].message
    if not message.tool_calls:
        print(message.content)
        break
    function_calls = [call for call in message.tool_calls if call.type == "function"]
    calls: List[ChatCompletionMessageFunctionToolCallParam] = [
        {
            "id": call.id,
            "type": "function",
            "function": {"name": call.function.name, "arguments": call.function.arguments},
        }
        for call in function_calls
    ]
    messages.append({"role": "assistant", "content": message.content, "tool_calls": calls})
    for call in function_calls:
        arguments = json.loads(call.function.arguments)
        print(f"tool call: {call.function.name}({arguments})")
        result = get_weather(**arguments)
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
