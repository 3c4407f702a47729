"""Window thresholds ("at least N matching events within T"): pure bookkeeping, no Kafka.

One subscription's open windows are a JSON-able dict, so the alert worker can
keep it as one value in a changelog-backed table keyed by subscription id.
Tumbling windows are ``[k*size, (k+1)*size)``; hopping windows start every
``step`` seconds. A window fires once, when its event count reaches
``min_events``; later events in it are ignored.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["FiredWindow", "window_starts", "add_event"]


@dataclass(frozen=True)
class FiredWindow:
    start: float
    end: float
    event_ids: list[str]


def window_starts(timestamp: float, size: int, step: int | None) -> list[float]:
    """Start times of every window of ``size`` seconds (hop ``step``) that contains ``timestamp``."""
    step = step or size
    last = math.floor(timestamp / step) * step
    starts = []
    start = last
    while start > timestamp - size:
        starts.append(float(start))
        start -= step
    return sorted(starts)


def add_event(state: Mapping[str, Any] | None, window: Mapping[str, Any], timestamp: float,
              event_id: str) -> tuple[dict[str, Any], list[FiredWindow]]:
    """Count ``event_id`` at ``timestamp`` in its windows; returns (new state, windows that fire now).

    Windows that ended more than one window length before the newest event
    seen are dropped, so the state stays small; an event that old is ignored.
    """
    size, step, needed = window["size_seconds"], window.get("step_seconds"), window["min_events"]
    windows: dict[str, Any] = {k: dict(v) for k, v in ((state or {}).get("windows") or {}).items()}
    newest = max(float((state or {}).get("newest", timestamp)), float(timestamp))
    fired: list[FiredWindow] = []
    for start in window_starts(timestamp, size, step):
        if start + size < newest - size:
            continue  # too late: that window is closed and forgotten
        key = f"{start:.3f}"
        slot = windows.get(key) or {"ids": [], "fired": False}
        if slot["fired"] or event_id in slot["ids"]:
            continue
        slot = {"ids": [*slot["ids"], event_id], "fired": False}
        if len(slot["ids"]) >= needed:
            slot = {"ids": [], "fired": True}  # the ids go out with the alert; the window stays closed
            fired.append(FiredWindow(start, start + size, [*windows.get(key, {}).get("ids", []), event_id]))
        windows[key] = slot
    windows = {k: v for k, v in windows.items() if float(k) + size >= newest - size}
    return {"newest": newest, "windows": windows}, fired
