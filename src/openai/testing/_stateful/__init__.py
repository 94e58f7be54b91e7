"""Stateful endpoints of the fake (files, batches, vector stores, ...), one module per resource."""
