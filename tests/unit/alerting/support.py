"""Helpers of the alerting integration tests: a real local webhook receiver, event production, group progress.

Kept here (not in tests/integration) because tests/integration holds test
modules only; nothing in this file runs without a broker except the receiver.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from diplo.streams.codec import AvroCodec

__all__ = ["Receiver", "receiving", "produce_events", "group_caught_up", "free_port", "valid_signature", "api"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def valid_signature(secret: str, body: bytes, header: str | None) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return header is not None and hmac.compare_digest(expected, header)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    at: float

    def json(self) -> dict[str, Any]:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Records every POST; ``behaviour[path]`` maps the n-th call (from 1) to (status, delay seconds)."""

    port: int = 0
    hits: list[Hit] = field(default_factory=list)
    arrivals: list[str] = field(default_factory=list)  # paths of requests received, before their answer
    behaviour: dict[str, Callable[[int], tuple[int, float]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def on(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path]

    def ok(self, path: str) -> list[Hit]:
        return [h for h in self.on(path) if h.status == 200]


@contextmanager
def receiving() -> Iterator[Receiver]:
    """A threaded HTTP server on 127.0.0.1 (slow answers on one path never hold up another)."""
    receiver = Receiver()
    calls: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server naming)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with receiver.lock:
                calls[self.path] = calls.get(self.path, 0) + 1
                n = calls[self.path]
                receiver.arrivals.append(self.path)
            status, delay = receiver.behaviour.get(self.path, lambda n: (200, 0.0))(n)
            if delay:
                time.sleep(delay)  # simulates a slow endpoint; not test synchronisation
            with receiver.lock:
                receiver.hits.append(Hit(self.path, dict(self.headers), body, status, time.monotonic()))
            try:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
            except OSError:
                pass  # the client gave up (timeout)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


def produce_events(bootstrap: str, topic: str, events: list[dict[str, Any]], timestamp_ms: int | None = None) -> None:
    """Send DiplomaticEvent records (Avro, key = event id), optionally all with one Kafka timestamp."""
    from tests.kafka_helpers import produce

    codec = AvroCodec()
    messages = [(event["event_id"].encode(), codec.encode("DiplomaticEvent", event)) for event in events]
    produce(bootstrap, topic, messages, timestamp_ms=timestamp_ms)


def group_caught_up(bootstrap: str, group: str, topic: str) -> bool:
    """True when consumer group ``group`` has committed every record of ``topic`` (so it processed them)."""
    from tests.kafka_helpers import caught_up

    return caught_up(bootstrap, group, [topic])


def api(port: int, method: str, path: str, token: str | None = None, body: Any = None) -> tuple[int, dict[str, Any]]:
    """One request to the worker's subscription API; (status, JSON body)."""
    import httpx

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.request(method, f"http://127.0.0.1:{port}{path}", headers=headers,
                             content=None if body is None else json.dumps(body).encode(), timeout=30)
    return response.status_code, response.json()
