"""Embed a few sentences and compare them."""

import math

from openai import OpenAI

client = OpenAI()
result = client.embeddings.create(model="text-embedding-3-small", input=["a cat", "a kitten", "a tax form"])
vectors = [item.embedding for item in result.data]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


print("cat~kitten", round(cosine(vectors[0], vectors[1]), 3))
print("cat~tax form", round(cosine(vectors[0], vectors[2]), 3))
