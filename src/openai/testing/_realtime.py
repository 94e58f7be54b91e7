"""The Realtime API (beta) of the fake: a WebSocket server that holds a text conversation.

It speaks the event protocol `client.beta.realtime.connect()` uses, enough for a text
exchange: `session.created` on connect; `session.update` -> `session.updated`;
`conversation.item.create` -> `conversation.item.created`; `response.create` -> the response
event sequence (created, output item and content part added, text deltas, text done, part and
item done, `response.done`), the reply scripted for the "realtime" endpoint or derived from the
last user text; `response.cancel` and unknown event types -> an `error` event (the connection
stays open, as with the real service).

It runs on its own port (`FakeOpenAI.serve_realtime()`), reached by pointing the client's
`websocket_base_url` at it; it needs the `websockets` package (the realtime extra).
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from ._core import Scripted, default_reply_text

if TYPE_CHECKING:
    from ._core import FakeCore

__all__ = ["RealtimeServer"]


class _Conversation:
    """One connection's state: its session and the items of its conversation."""

    def __init__(self, fake: "FakeCore", model: str) -> None:
        self.fake = fake
        self.session: Dict[str, Any] = {
            "id": fake.new_id("sess_"),
            "object": "realtime.session",
            "model": model,
            "modalities": ["text", "audio"],
            "instructions": "",
            "voice": "alloy",
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
            "tools": [],
            "tool_choice": "auto",
        }
        self.items: List[Dict[str, Any]] = []

    def event(self, type: str, **fields: Any) -> Dict[str, Any]:
        return {"type": type, "event_id": self.fake.new_id("event_"), **fields}

    def error(self, message: str, *, code: Optional[str] = None, event_id: Optional[str] = None) -> Dict[str, Any]:
        error = {"type": "invalid_request_error", "code": code, "message": message, "param": None, "event_id": event_id}
        return self.event("error", error=error)

    def handle(self, event: Any) -> List[Dict[str, Any]]:
        """The server events answering one client event."""
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            return [self.error("The event could not be parsed as a client event.", code="invalid_event")]
        kind, client_event_id = event["type"], event.get("event_id")
        if kind == "session.update":
            session = event.get("session")
            if isinstance(session, dict):
                self.session.update(session)
            return [self.event("session.updated", session=dict(self.session))]
        if kind == "conversation.item.create":
            item = dict(event.get("item") or {})
            item.setdefault("id", self.fake.new_id("item_"))
            item.setdefault("object", "realtime.item")
            item.setdefault("status", "completed")
            previous = self.items[-1]["id"] if self.items else None
            self.items.append(item)
            return [self.event("conversation.item.created", previous_item_id=previous, item=item)]
        if kind == "response.create":
            return self.respond()
        return [self.error(f"Invalid value: '{kind}'. Not a supported client event type.", event_id=client_event_id)]

    def _last_user_text(self) -> str:
        for item in reversed(self.items):
            if item.get("role") == "user":
                parts = item.get("content") or []
                return " ".join(str(p.get("text") or p.get("transcript") or "") for p in parts if isinstance(p, dict))
        return ""

    def respond(self) -> List[Dict[str, Any]]:
        scripted = self.fake.take_script("realtime")
        if isinstance(scripted, Scripted) and scripted.error is not None:
            return [self.error(scripted.error.message, code=scripted.error.code)]
        text = scripted.text if isinstance(scripted, Scripted) and scripted.text is not None else None
        if text is None:
            text = default_reply_text(self._last_user_text())
        response_id, item_id = self.fake.new_id("resp_"), self.fake.new_id("item_")
        response = {"id": response_id, "object": "realtime.response", "status": "in_progress", "output": []}
        where = {"response_id": response_id, "item_id": item_id, "output_index": 0, "content_index": 0}
        item = {"id": item_id, "object": "realtime.item", "type": "message", "role": "assistant"}
        events = [
            self.event("response.created", response=dict(response)),
            self.event(
                "response.output_item.added",
                response_id=response_id,
                output_index=0,
                item={**item, "status": "in_progress", "content": []},
            ),
            self.event("response.content_part.added", **where, part={"type": "text", "text": ""}),
        ]
        words = text.split(" ")
        for index, word in enumerate(words):
            events.append(self.event("response.text.delta", **where, delta=word if index == 0 else " " + word))
        done_item = {**item, "status": "completed", "content": [{"type": "text", "text": text}]}
        self.items.append(done_item)
        tokens = len(words)
        usage = {"total_tokens": tokens + 1, "input_tokens": 1, "output_tokens": tokens}
        events += [
            self.event("response.text.done", **where, text=text),
            self.event("response.content_part.done", **where, part={"type": "text", "text": text}),
            self.event("response.output_item.done", response_id=response_id, output_index=0, item=done_item),
            self.event(
                "response.done", response={**response, "status": "completed", "output": [done_item], "usage": usage}
            ),
        ]
        return events


class RealtimeServer:
    """The fake's Realtime API on 127.0.0.1 (`url` is what `websocket_base_url` takes)."""

    def __init__(self, fake: "FakeCore", port: int = 0) -> None:
        try:
            from websockets.sync.server import serve
        except ImportError as exc:  # pragma: no cover - the realtime extra is part of dev
            raise RuntimeError("the fake Realtime API needs `websockets`: pip install 'openai[realtime]'") from exc
        self.fake = fake
        self._server = serve(self._handle, "127.0.0.1", port)
        self.port: int = self._server.socket.getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-realtime", daemon=True)
        self._thread.start()

    def _handle(self, connection: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        path = connection.request.path if connection.request is not None else ""
        model = path.partition("model=")[2].partition("&")[0] or "gpt-4o-realtime-preview"
        conversation = _Conversation(self.fake, model)
        try:
            connection.send(json.dumps(conversation.event("session.created", session=dict(conversation.session))))
            for message in connection:
                try:
                    event = json.loads(message)
                except ValueError:
                    event = None
                for reply in conversation.handle(event):
                    connection.send(json.dumps(reply))
        except ConnectionClosed:
            pass

    def close(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)

    def __enter__(self) -> "RealtimeServer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
