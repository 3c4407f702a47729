"""A small client of the Confluent Schema Registry REST API (Confluent's own, or Apicurio's /apis/ccompat/v7).

Only what the Confluent wire format needs: register a schema under a subject
(its id comes back), fetch a schema by id, and set the compatibility level.
Answers are cached: ids never change their schema, so each is asked once per
process.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx

from diplo.processors.errors import DiploError

__all__ = ["RegistryError", "SchemaRegistry", "CONTENT_TYPE"]

CONTENT_TYPE = "application/vnd.schemaregistry.v1+json"


class RegistryError(DiploError, code="schema_registry"): ...


class SchemaRegistry:
    """Schema ids by (subject, schema) and schemas by id, from one registry URL."""

    def __init__(self, url: str, timeout: float = 5.0):
        self.url = url.rstrip("/")
        self._client = httpx.Client(timeout=timeout, headers={"Accept": CONTENT_TYPE})
        self._ids: dict[tuple[str, str], int] = {}
        self._schemas: dict[int, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        try:
            response = self._client.request(method, self.url + path, content=None if body is None else json.dumps(body),
                                            headers={"Content-Type": CONTENT_TYPE} if body is not None else None)
        except httpx.HTTPError as exc:
            raise RegistryError(f"schema registry at {self.url} cannot be reached: {type(exc).__name__}") from None
        if response.status_code >= 400:
            try:
                message = response.json().get("message") or response.text
            except ValueError:
                message = response.text
            first = " ".join(str(message).split())[:300]
            raise RegistryError(f"schema registry refused {method} {path}: HTTP {response.status_code}: {first}")
        return response.json()

    def register(self, subject: str, schema: dict[str, Any]) -> int:
        """The id of ``schema`` under ``subject``, registering it (the registry checks compatibility) if new."""
        text = json.dumps(schema, separators=(",", ":"))
        key = (subject, text)
        with self._lock:
            if key not in self._ids:
                answer = self._call("POST", f"/subjects/{subject}/versions", {"schema": text})
                self._ids[key] = int(answer["id"])
                self._schemas.setdefault(self._ids[key], schema)
            return self._ids[key]

    def schema(self, schema_id: int) -> dict[str, Any]:
        """The schema registered under ``schema_id``."""
        with self._lock:
            if schema_id not in self._schemas:
                answer = self._call("GET", f"/schemas/ids/{schema_id}")
                self._schemas[schema_id] = json.loads(answer["schema"])
            return self._schemas[schema_id]

    def set_compatibility(self, level: str, subject: str | None = None) -> None:
        """Set the compatibility level globally or for one subject (BACKWARD, FORWARD, FULL, NONE, ...)."""
        self._call("PUT", f"/config/{subject}" if subject else "/config", {"compatibility": level})

    def compatibility(self, subject: str | None = None) -> str:
        answer = self._call("GET", f"/config/{subject}" if subject else "/config")
        return str(answer.get("compatibilityLevel") or answer.get("compatibility"))

    def subjects(self) -> list[str]:
        return list(self._call("GET", "/subjects"))

    def close(self) -> None:
        self._client.close()
