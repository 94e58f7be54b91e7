"""The generation endpoints of the fake (chat, responses, completions, embeddings, moderations,
images, audio), one module per endpoint family; each registers its handlers in `ROUTES`."""
