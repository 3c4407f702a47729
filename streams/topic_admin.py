"""Create diplo's topics before the workers subscribe (faust only creates its internal ones)."""

from __future__ import annotations

import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from .settings import Settings

__all__ = ["topic_specs", "ensure_topics", "ensure_specs"]

log = logging.getLogger(__name__)


def topic_specs(settings: Settings) -> list[NewTopic]:
    """Every topic of the data flow; subscriptions is compacted (latest record per id wins)."""
    t = settings.topics
    n = settings.partitions
    specs = [NewTopic(name, num_partitions=n, replication_factor=1)
             for name in (t.articles, t.entities, t.events, t.alerts)]
    specs += [NewTopic(name, num_partitions=1, replication_factor=1)
              for name in (t.articles_dlq, t.alerts_dlq, t.store_dlq)]
    specs.append(NewTopic(t.subscriptions, num_partitions=1, replication_factor=1,
                          topic_configs={"cleanup.policy": "compact"}))
    return specs


async def ensure_topics(bootstrap: str, settings: Settings) -> list[str]:
    """Create the missing topics; returns the names created. Existing topics are left as they are."""
    return await ensure_specs(bootstrap, settings, topic_specs(settings))


async def ensure_specs(bootstrap: str, settings: Settings, specs: list[NewTopic]) -> list[str]:
    """Create the topics of ``specs`` that are missing (a component's own topics, too)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **settings.kafka_client_options())
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in specs if spec.name not in existing]
        if not missing:
            return []
        response = await admin.create_topics(missing)
        created = []
        for name, code, *_ in getattr(response, "topic_errors", []) or []:
            if code == 0:
                created.append(name)
            elif code != TopicAlreadyExistsError.errno:  # another worker created it first
                log.warning("could not create topic %s (error code %s)", name, code)
        return created or [spec.name for spec in missing]
    finally:
        await admin.close()
