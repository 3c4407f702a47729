"""ensure_topics returns only once the topics it created are in the broker's metadata (KRaft answers
CreateTopics before its brokers list the topic)."""

from __future__ import annotations

import asyncio

import pytest

from diplo.streams.errors import BrokerError
from diplo.streams.topic_admin import await_visible


class _LaggingAdmin:
    """An admin client whose metadata lists the new topic only from its ``shows_at``-th look on."""

    def __init__(self, shows_at: int | None):
        self.looks, self.shows_at = 0, shows_at

    async def list_topics(self) -> list[str]:
        self.looks += 1
        return ["old", "new"] if self.shows_at is not None and self.looks >= self.shows_at else ["old"]


def test_waits_until_a_created_topic_is_listed() -> None:
    admin = _LaggingAdmin(shows_at=3)
    asyncio.run(await_visible(admin, ["new", "old"]))  # type: ignore[arg-type]
    assert admin.looks == 3


def test_a_topic_that_never_shows_is_one_clear_broker_error() -> None:
    with pytest.raises(BrokerError) as info:
        asyncio.run(await_visible(_LaggingAdmin(shows_at=None), ["new"], timeout_s=0.3))  # type: ignore[arg-type]
    assert "\n" not in str(info.value) and "new" in str(info.value)
