"""One benchmark client, driven by `run.py` over stdin/stdout (one JSON object per line).

The same file runs under two interpreters: this repo's venv (our `openai`, or raw httpx when
`--kind httpx`) and a separate venv holding the official package (`--kind sdk` again). The SDK
code below uses only the public API both packages share, so both run exactly the same calls.

Commands (timed ones answer `{"seconds": wall, "cpu": process CPU, "count": operations,
"per_op": typical seconds per operation, "check": what came back}`; failures `{"error": ...}`).
Before its first timed run in a process, an op taking `n` runs once untimed with `n` = 1.
  {"op": "hello"}                                  which package and version this process loaded
  {"op": "construct", "n": N}                      construct N clients (closed after timing)
  {"op": "sync_calls", "n": N}                     N sequential chat.completions.create calls
  {"op": "retry_calls", "n": N}                    N calls, each answered 429 then, retried, 200
  {"op": "responses", "n": N}                      N sequential responses.create calls
  {"op": "paginate", "n": N, "limit": L}           N times: every fine-tuning job over all pages
  {"op": "async_calls", "n": N, "concurrency": C}  N calls spread over C concurrent tasks, after
                                                   opening C connections (the same pool for all)
  {"op": "stream", "expected": K}                  consume one streamed completion of K chunks
  {"op": "astream", "expected": K}                 the same with the async client
  {"op": "rstream", "expected": K}                 consume one streamed Response of K named events
  {"op": "embed", "n": N, "format": F}             N embeddings calls; F = "float" or "default"
  {"op": "memory", "count": N}                     parse a list page of N completions, keep the
                                                   objects, report bytes they hold (tracemalloc)
  {"op": "profile", "what": OP, "args": {...}}     cProfile one of the ops above; a text report
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import sys
import time
import traceback
import tracemalloc
from array import array
from typing import Any, Callable, Dict, List, Optional, Set

import httpx

MODEL = "gpt-4o-mini"
MESSAGES: List[Any] = [{"role": "user", "content": "Say hello to the benchmark."}]
EMBED_MODEL = "text-embedding-3-small"
EMBED_INPUT = [f"benchmark sentence number {i}" for i in range(100)]
RESPONSE_INPUT = "Say hello to the benchmark."
API_KEY = "sk-bench-0000000000000000"
RETRY_QUERY = {"bench": "retry"}  # the server answers a first attempt 429, a retry 200
TIMEOUT = 30.0
# What an SDK request carries, so the raw-httpx baseline sends the same header bytes.
RAW_HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "User-Agent": "OpenAI/Python 1.102.0",
    "X-Stainless-Lang": "python",
    "X-Stainless-Package-Version": "1.102.0",
    "X-Stainless-OS": "Linux",
    "X-Stainless-Arch": "x64",
    "X-Stainless-Runtime": "CPython",
    "X-Stainless-Runtime-Version": "3.11.0",
    "X-Stainless-Async": "false",
    "Authorization": f"Bearer {API_KEY}",
    "x-stainless-retry-count": "0",
    "x-stainless-read-timeout": "30.0",
}
LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)  # the SDKs' defaults


class Clock:
    """Times a run of operations, and every block of `block` operations inside it.

    The median block time is the typical cost of an operation with the occasional pause of a
    busy machine (another process got the core) left out, while everything that recurs in
    every block -- socket reads, garbage collection -- stays in. `tick()` after each operation.
    """

    def __init__(self, block: int) -> None:
        self.block = block
        self.count = 0
        self.blocks: List[float] = []
        gc.collect()
        self.cpu0 = time.process_time()
        self.t0 = self.last = time.perf_counter()

    def tick(self) -> None:
        self.count += 1
        if self.count % self.block == 0:
            now = time.perf_counter()
            self.blocks.append(now - self.last)
            self.last = now

    def result(self, check: Any) -> Dict[str, Any]:
        seconds, cpu = time.perf_counter() - self.t0, time.process_time() - self.cpu0
        count = max(self.count, 1)
        per_op = sorted(self.blocks)[len(self.blocks) // 2] / self.block if self.blocks else seconds / count
        return {"seconds": seconds, "cpu": cpu, "count": self.count, "per_op": per_op, "check": check}


def _block(n: int, blocks: int = 50) -> int:
    """Operations per block. Streams use few, long blocks so each holds a few socket reads."""
    return max(1, n // blocks)


async def _spread(call: Callable[[], Any], n: int, concurrency: int, clock: Optional[Clock]) -> Any:
    """`n` awaits of `call()` spread over `concurrency` tasks; returns the last result."""
    per_task, extra = divmod(n, concurrency)
    results: List[Any] = [None]

    async def task(count: int) -> None:
        for _ in range(count):
            results[0] = await call()
            if clock is not None:
                clock.tick()

    await asyncio.gather(*(task(per_task + (1 if i < extra else 0)) for i in range(concurrency)))
    return results[0]


def _open_connections(http_client: httpx.AsyncClient) -> int:
    """Connections in the client's pool (httpcore's), to check every contender starts alike."""
    pool = getattr(getattr(http_client, "_transport", None), "_pool", None)
    return len(pool.connections) if pool is not None else -1


def _decode_base64(items: List[Dict[str, Any]]) -> None:
    for item in items:
        item["embedding"] = array("f", base64.b64decode(item["embedding"])).tolist()


# ----------------------------------------------------------------------------- the SDK (ours or official)


class SdkClient:
    def __init__(self, base_url: str) -> None:
        import openai

        self.openai = openai
        self.base_url = base_url
        self.client = openai.OpenAI(api_key=API_KEY, base_url=base_url, timeout=TIMEOUT)
        self.client.chat.completions.create(model=MODEL, messages=MESSAGES)  # warm: imports, schemas, connection

    def hello(self) -> Dict[str, Any]:
        return {"package": self.openai.__file__, "version": self.openai.__version__, "httpx": httpx.__version__}

    def _async_client(self, http_client: Optional[httpx.AsyncClient] = None) -> Any:
        return self.openai.AsyncOpenAI(
            api_key=API_KEY, base_url=self.base_url, timeout=TIMEOUT, http_client=http_client
        )

    def construct(self, n: int) -> Dict[str, Any]:
        clock, clients = Clock(1), []
        for _ in range(n):
            clients.append(self.openai.OpenAI(api_key=API_KEY, base_url=self.base_url))
            clock.tick()
        result = clock.result(str(clients[-1].base_url))
        for client in clients:
            client.close()
        return result

    def sync_calls(self, n: int) -> Dict[str, Any]:
        clock, completion = Clock(_block(n)), None
        for _ in range(n):
            completion = self.client.chat.completions.create(model=MODEL, messages=MESSAGES)
            clock.tick()
        return clock.result(completion.choices[0].message.content)  # type: ignore[union-attr]

    def retry_calls(self, n: int) -> Dict[str, Any]:
        clock, completion = Clock(_block(n)), None
        for _ in range(n):
            completion = self.client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_query=RETRY_QUERY)
            clock.tick()
        return clock.result(completion.choices[0].message.content)  # type: ignore[union-attr]

    def responses(self, n: int) -> Dict[str, Any]:
        clock, response = Clock(_block(n)), None
        for _ in range(n):
            response = self.client.responses.create(model=MODEL, input=RESPONSE_INPUT)
            clock.tick()
        return clock.result(response.output_text)  # type: ignore[union-attr]

    def paginate(self, n: int, limit: int) -> Dict[str, Any]:
        clock, count, last = Clock(1), 0, ""
        for _ in range(n):
            count = 0
            for job in self.client.fine_tuning.jobs.list(limit=limit):
                count += 1
                last = job.id
            clock.tick()
        return clock.result([count, last])

    def async_calls(self, n: int, concurrency: int) -> Dict[str, Any]:
        async def main() -> Dict[str, Any]:
            http_client = self.openai.DefaultAsyncHttpxClient(limits=LIMITS, timeout=TIMEOUT)
            async with self._async_client(http_client) as client:

                def call() -> Any:
                    return client.chat.completions.create(model=MODEL, messages=MESSAGES)

                warm = {"warm": str(concurrency)}  # the server answers once all are waiting
                await asyncio.gather(
                    *(
                        client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_query=warm)
                        for _ in range(concurrency)
                    )
                )
                connections = _open_connections(http_client)
                clock = Clock(_block(n))
                completion = await _spread(call, n, concurrency, clock)
                return clock.result([completion.choices[0].message.content, connections])

        return asyncio.run(main())

    def stream(self, expected: int) -> Dict[str, Any]:
        clock, text = Clock(_block(expected, 10)), []
        for chunk in self.client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True):
            if chunk.choices and chunk.choices[0].delta.content:
                text.append(chunk.choices[0].delta.content)
            clock.tick()
        return clock.result([clock.count, len("".join(text))])

    def astream(self, expected: int) -> Dict[str, Any]:
        async def main() -> Dict[str, Any]:
            async with self._async_client() as client:
                await client.chat.completions.create(model=MODEL, messages=MESSAGES)
                clock, text = Clock(_block(expected, 10)), []
                stream = await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
                async for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta.content:
                        text.append(chunk.choices[0].delta.content)
                    clock.tick()
                return clock.result([clock.count, len("".join(text))])

        return asyncio.run(main())

    def rstream(self, expected: int) -> Dict[str, Any]:
        clock, text = Clock(_block(expected, 10)), []
        for event in self.client.responses.create(model=MODEL, input=RESPONSE_INPUT, stream=True):
            if event.type == "response.output_text.delta":
                text.append(event.delta)
            clock.tick()
        return clock.result([clock.count, len("".join(text))])

    def embed(self, n: int, format: str) -> Dict[str, Any]:
        extra: Dict[str, Any] = {"encoding_format": "float"} if format == "float" else {}
        clock, result = Clock(1), None
        for _ in range(n):
            result = self.client.embeddings.create(model=EMBED_MODEL, input=EMBED_INPUT, **extra)
            clock.tick()
        first = result.data[0].embedding  # type: ignore[union-attr]
        return clock.result([len(result.data), len(first), first[0], type(first[0]).__name__])  # type: ignore[union-attr]

    def memory(self, count: int) -> Dict[str, Any]:
        return _measure_memory(lambda n: self.client.chat.completions.list(limit=n).data, count)


# ----------------------------------------------------------------------------- raw httpx + json


class RawClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.client = httpx.Client(base_url=base_url, headers=RAW_HEADERS, timeout=TIMEOUT, limits=LIMITS)
        self._post_json("/chat/completions", {"model": MODEL, "messages": MESSAGES})

    def hello(self) -> Dict[str, Any]:
        return {"package": "httpx (raw)", "version": httpx.__version__, "httpx": httpx.__version__}

    def _post_json(self, path: str, body: Dict[str, Any]) -> Any:
        response = self.client.post(path, json=body)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return json.loads(response.content)

    def construct(self, n: int) -> Dict[str, Any]:
        clock, clients = Clock(1), []
        for _ in range(n):
            clients.append(httpx.Client(base_url=self.base_url, headers=RAW_HEADERS))
            clock.tick()
        result = clock.result(str(clients[-1].base_url))
        for client in clients:
            client.close()
        return result

    def retry_calls(self, n: int) -> Dict[str, Any]:
        """By hand what the SDKs do: on 429, wait `retry-after-ms` and send again, counting the retry."""
        body = {"model": MODEL, "messages": MESSAGES}
        retry_headers = {"x-stainless-retry-count": "1"}
        clock, data = Clock(_block(n)), None
        for _ in range(n):
            response = self.client.post("/chat/completions", params=RETRY_QUERY, json=body)
            if response.status_code == 429:
                time.sleep(float(response.headers["retry-after-ms"]) / 1000)
                response = self.client.post("/chat/completions", params=RETRY_QUERY, json=body, headers=retry_headers)
            if response.status_code != 200:
                raise RuntimeError(f"HTTP {response.status_code}")
            data = json.loads(response.content)
            clock.tick()
        return clock.result(data["choices"][0]["message"]["content"])  # type: ignore[index]

    def responses(self, n: int) -> Dict[str, Any]:
        body = {"model": MODEL, "input": RESPONSE_INPUT}
        clock, data = Clock(_block(n)), None
        for _ in range(n):
            data = self._post_json("/responses", body)
            clock.tick()
        text = [
            part["text"]
            for item in data["output"]  # type: ignore[index]
            if item["type"] == "message"
            for part in item["content"]
            if part["type"] == "output_text"
        ]
        return clock.result("".join(text))

    def paginate(self, n: int, limit: int) -> Dict[str, Any]:
        clock, count, last = Clock(1), 0, ""
        for _ in range(n):
            count, params = 0, {"limit": limit}
            while True:
                response = self.client.get("/fine_tuning/jobs", params=params)
                if response.status_code != 200:
                    raise RuntimeError(f"HTTP {response.status_code}")
                page = json.loads(response.content)
                for job in page["data"]:
                    count += 1
                    last = job["id"]
                if not page["has_more"] or not page["data"]:
                    break
                params = {"limit": limit, "after": page["data"][-1]["id"]}
            clock.tick()
        return clock.result([count, last])

    def _async_client(self) -> httpx.AsyncClient:
        headers = {**RAW_HEADERS, "X-Stainless-Async": "async:asyncio"}
        return httpx.AsyncClient(base_url=self.base_url, headers=headers, timeout=TIMEOUT, limits=LIMITS)

    def sync_calls(self, n: int) -> Dict[str, Any]:
        body = {"model": MODEL, "messages": MESSAGES}
        clock, data = Clock(_block(n)), None
        for _ in range(n):
            data = self._post_json("/chat/completions", body)
            clock.tick()
        return clock.result(data["choices"][0]["message"]["content"])  # type: ignore[index]

    def async_calls(self, n: int, concurrency: int) -> Dict[str, Any]:
        body = {"model": MODEL, "messages": MESSAGES}

        async def main() -> Dict[str, Any]:
            async with self._async_client() as client:

                async def call(params: Optional[Dict[str, str]] = None) -> Any:
                    response = await client.post("/chat/completions", json=body, params=params)
                    if response.status_code != 200:
                        raise RuntimeError(f"HTTP {response.status_code}")
                    return json.loads(response.content)

                await asyncio.gather(*(call({"warm": str(concurrency)}) for _ in range(concurrency)))
                connections = _open_connections(client)
                clock = Clock(_block(n))
                data = await _spread(call, n, concurrency, clock)
                return clock.result([data["choices"][0]["message"]["content"], connections])

        return asyncio.run(main())

    @staticmethod
    def _sse_line(line: str, text: List[str]) -> Optional[bool]:
        """One SSE line: None if it carries no chunk, False at `[DONE]`, True for a chunk."""
        if not line.startswith("data: "):
            return None
        data = line[6:]
        if data == "[DONE]":
            return False
        choices = json.loads(data)["choices"]
        if choices and choices[0]["delta"].get("content"):
            text.append(choices[0]["delta"]["content"])
        return True

    def stream(self, expected: int) -> Dict[str, Any]:
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}
        clock, text = Clock(_block(expected, 10)), []
        with self.client.stream("POST", "/chat/completions", json=body) as response:
            for line in response.iter_lines():
                got = self._sse_line(line, text)
                if got is False:
                    break
                if got:
                    clock.tick()
        return clock.result([clock.count, len("".join(text))])

    def astream(self, expected: int) -> Dict[str, Any]:
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}

        async def main() -> Dict[str, Any]:
            async with self._async_client() as client:
                await client.post("/chat/completions", json={"model": MODEL, "messages": MESSAGES})
                clock, text = Clock(_block(expected, 10)), []
                async with client.stream("POST", "/chat/completions", json=body) as response:
                    async for line in response.aiter_lines():
                        got = self._sse_line(line, text)
                        if got is False:
                            break
                        if got:
                            clock.tick()
                return clock.result([clock.count, len("".join(text))])

        return asyncio.run(main())

    def rstream(self, expected: int) -> Dict[str, Any]:
        body = {"model": MODEL, "input": RESPONSE_INPUT, "stream": True}
        clock, text = Clock(_block(expected, 10)), []
        with self.client.stream("POST", "/responses", json=body) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    event = json.loads(line[6:])
                    if event["type"] == "response.output_text.delta":
                        text.append(event["delta"])
                    clock.tick()
        return clock.result([clock.count, len("".join(text))])

    def embed(self, n: int, format: str) -> Dict[str, Any]:
        # "default" is what the SDKs do when no format is given: ask for base64, decode to floats.
        encoding = "float" if format == "float" else "base64"
        body = {"model": EMBED_MODEL, "input": EMBED_INPUT, "encoding_format": encoding}
        clock, data = Clock(1), None
        for _ in range(n):
            data = self._post_json("/embeddings", body)
            if encoding == "base64":
                _decode_base64(data["data"])
            clock.tick()
        first = data["data"][0]["embedding"]  # type: ignore[index]
        return clock.result([len(data["data"]), len(first), first[0], type(first[0]).__name__])  # type: ignore[index]

    def memory(self, count: int) -> Dict[str, Any]:
        return _measure_memory(self._get_list, count)

    def _get_list(self, n: int) -> List[Dict[str, Any]]:
        response = self.client.get("/chat/completions", params={"limit": n})
        return json.loads(response.content)["data"]  # type: ignore[no-any-return]


def _measure_memory(fetch: Callable[[int], List[Any]], count: int) -> Dict[str, Any]:
    """Bytes still allocated once `count` parsed objects are kept and everything else is freed.

    A first small fetch pays the one-off costs (imports, schema building, connection), so the
    traced bytes are the objects themselves. Parse time is taken on separate, untraced fetches.
    """
    fetch(2)
    parse_times = []
    for _ in range(3):
        gc.collect()
        t0 = time.perf_counter()
        items = fetch(count)
        parse_times.append(time.perf_counter() - t0)
        del items
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    items = fetch(count)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    first = items[0]
    kind = type(first).__name__
    content = first["choices"][0]["message"]["content"] if isinstance(first, dict) else first.choices[0].message.content
    return {
        "seconds": sorted(parse_times)[1],
        "bytes": held,
        "check": [len(items), kind, content],
    }


def _profile(client: Any, what: str, args: Dict[str, Any]) -> Dict[str, Any]:
    """cProfile one benchmark op; report the top functions overall and inside the package."""
    import cProfile
    import os
    import pstats

    package = os.path.dirname(getattr(client, "openai", httpx).__file__)
    profiler = cProfile.Profile()
    profiler.enable()
    getattr(client, what)(**args)
    profiler.disable()
    stats: Dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values())

    def name(key: Any) -> str:
        path, line, func = key
        for marker in ("/site-packages/", "/src/", "/lib/python3"):
            if marker in path:
                path = path.split(marker, 1)[1]
                break
        return f"{path}:{line}({func})"

    def table(keys: List[Any], title: str) -> List[str]:
        lines = [title, f"  {'calls':>8} {'tottime':>8} {'cumtime':>8}  function"]
        for key in keys:
            _cc, calls, tottime, cumtime, _callers = stats[key]
            lines.append(f"  {calls:>8} {tottime:8.3f} {cumtime:8.3f}  {name(key)}")
        return lines

    by_self = sorted(stats, key=lambda k: stats[k][2], reverse=True)[:20]
    ours = [k for k in stats if k[0].startswith(package)]
    own_self = sorted(ours, key=lambda k: stats[k][2], reverse=True)[:15]
    own_cum = sorted(ours, key=lambda k: stats[k][3], reverse=True)[:15]
    own_total = sum(stats[k][2] for k in ours)
    lines = [
        f"== profile of {what} {args}: {total:.3f} s profiled, {own_total:.3f} s ({own_total / total:.0%}) in {package}"
    ]
    lines += table(by_self, "-- top functions by own time (everything)")
    lines += table(own_self, "-- top functions in the package by own time")
    lines += table(own_cum, "-- top functions in the package by cumulative time")
    return {"report": "\n".join(lines)}


# ----------------------------------------------------------------------------- command loop


_warmed: Set[str] = set()  # ops already run once in this process


def _handle(client: Any, command: Dict[str, Any]) -> Dict[str, Any]:
    op = command["op"]
    if "n" in command and op not in _warmed:  # the first use builds schemas, imports lazy modules
        _warmed.add(op)
        _handle(client, {**command, "n": 1})
    if op == "hello":
        return client.hello()  # type: ignore[no-any-return]
    if op in ("construct", "sync_calls", "retry_calls", "responses"):
        return getattr(client, op)(command["n"])  # type: ignore[no-any-return]
    if op == "paginate":
        return client.paginate(command["n"], command["limit"])  # type: ignore[no-any-return]
    if op == "async_calls":
        return client.async_calls(command["n"], command["concurrency"])  # type: ignore[no-any-return]
    if op in ("stream", "astream", "rstream"):
        return getattr(client, op)(command["expected"])  # type: ignore[no-any-return]
    if op == "embed":
        return client.embed(command["n"], command["format"])  # type: ignore[no-any-return]
    if op == "memory":
        return client.memory(command["count"])  # type: ignore[no-any-return]
    if op == "profile":
        return _profile(client, command["what"], command["args"])
    raise ValueError(f"unknown op {op!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description="benchmark client (driven by run.py)")
    parser.add_argument("--kind", choices=("sdk", "httpx"), required=True)
    parser.add_argument("--base-url", required=True)
    args = parser.parse_args()
    out = sys.stdout
    sys.stdout = sys.stderr  # nothing but our JSON answers may reach the pipe
    try:
        client: Any = SdkClient(args.base_url) if args.kind == "sdk" else RawClient(args.base_url)
    except Exception:
        out.write(json.dumps({"error": traceback.format_exc()}) + "\n")
        out.flush()
        return
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = _handle(client, json.loads(line))
        except Exception:
            answer = {"error": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
