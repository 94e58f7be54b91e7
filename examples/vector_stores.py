"""File search: put a document in a vector store, wait until it is indexed, search it."""

from openai import OpenAI

client = OpenAI()

store = client.vector_stores.create(name="Handbook")
document = ("handbook.md", b"# Holidays\nEvery employee has 25 days of paid holiday a year.\n", "text/markdown")
indexed = client.vector_stores.files.upload_and_poll(vector_store_id=store.id, file=document)
print("indexed:", indexed.id, indexed.status)

results = client.vector_stores.search(vector_store_id=store.id, query="How many days of holiday?")
for result in results:
    print(f"{result.filename} (score {result.score:.2f}):", " ".join(part.text for part in result.content)[:80])

client.vector_stores.delete(store.id)
client.files.delete(indexed.id)
