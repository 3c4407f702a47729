"""Delivery progress per partition that never passes an unfinished message, whatever order work finishes in.

faust commits past a single unacknowledged message when later ones are
acknowledged (LEDGER.md #4), and webhook deliveries finish in any order. So a
stage whose work finishes out of order records here what it took and what it
finished, and commits only the lowest unfinished offset of each partition: a
restart then retries every delivery that had not finished.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Watermark"]

Partition = tuple[str, int]


@dataclass
class Watermark:
    """Offsets taken and not finished, per partition; ``committable`` is where a restart must resume."""

    _pending: dict[Partition, set[int]] = field(default_factory=dict)
    _next: dict[Partition, int] = field(default_factory=dict)

    def taken(self, partition: Partition, offset: int) -> None:
        self._pending.setdefault(partition, set()).add(offset)
        self._next[partition] = max(self._next.get(partition, 0), offset + 1)

    def finished(self, partition: Partition, offset: int) -> bool:
        """Mark ``offset`` done; False when the partition is no longer tracked (it moved away meanwhile)."""
        pending = self._pending.get(partition)
        if pending is None:
            return False
        pending.discard(offset)
        return True

    def unfinished(self, partition: Partition) -> int:
        return len(self._pending.get(partition, ()))

    def committable(self, partition: Partition, position: int | None = None) -> int | None:
        """The offset to commit: the lowest unfinished one, else ``position`` (past transaction markers) or the next."""
        pending = self._pending.get(partition)
        if pending:
            return min(pending)
        if partition not in self._next:
            return None
        return max(self._next[partition], position or 0)

    def partitions(self) -> list[Partition]:
        return list(self._next)

    def forget(self, partitions: Iterable[Partition]) -> None:
        """Stop tracking partitions that moved to another worker (their unfinished work is retried there)."""
        for partition in partitions:
            self._pending.pop(partition, None)
            self._next.pop(partition, None)
