"""The scenario catalogue: one module per area of the API (each registers on import)."""
