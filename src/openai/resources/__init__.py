"""One module per REST resource; each defines a sync and an async class over shared `Endpoint`s."""
