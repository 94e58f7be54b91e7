"""Stream helpers: context managers over the raw SSE streams that accumulate a snapshot of the
object being streamed and emit richer events (`responses`; `chat`)."""
