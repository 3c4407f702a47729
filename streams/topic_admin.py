"""Create diplo's topics before the workers subscribe (faust only creates its internal ones)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError, for_code

from .errors import BrokerError, ConfigError
from .settings import Settings

__all__ = ["topic_specs", "ensure_topics", "ensure_specs", "new_topic", "with_replication"]

log = logging.getLogger(__name__)


def new_topic(settings: Settings, name: str, partitions: int, **configs: str) -> NewTopic:
    """A topic with the deployment's replication factor and min.insync.replicas (resolve it first)."""
    return NewTopic(name, num_partitions=partitions, replication_factor=settings.replication_factor or 1,
                    topic_configs={**settings.topic_configs(), **configs})


def topic_specs(settings: Settings) -> list[NewTopic]:
    """Every topic of the data flow; subscriptions is compacted (latest record per id wins)."""
    t = settings.topics
    n = settings.partitions
    specs = [new_topic(settings, name, n) for name in (t.articles, t.entities, t.events, t.alerts)]
    specs += [new_topic(settings, name, 1) for name in (t.articles_dlq, t.alerts_dlq, t.store_dlq)]
    specs.append(new_topic(settings, t.subscriptions, 1, **{"cleanup.policy": "compact"}))
    return specs


async def with_replication(bootstrap: str, settings: Settings) -> Settings:
    """``settings`` with the replication factor resolved: DIPLO_REPLICATION_FACTOR, else the cluster's
    default.replication.factor; refused when the cluster has fewer brokers."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **settings.kafka_client_options(AIOKafkaAdminClient))
    await admin.start()
    try:
        return await _resolve(admin, settings)
    finally:
        await admin.close()


async def _resolve(admin: AIOKafkaAdminClient, settings: Settings) -> Settings:
    brokers = (await admin.describe_cluster())["brokers"]
    factor = settings.replication_factor
    if factor is None:
        factor = await _default_replication(admin, brokers[0]["node_id"])
    if factor > len(brokers):
        raise ConfigError(f"replication factor {factor} needs {factor} brokers; the cluster has {len(brokers)} "
                          "(set DIPLO_REPLICATION_FACTOR)")
    return settings.with_(replication_factor=factor)


async def _default_replication(admin: AIOKafkaAdminClient, broker_id: int) -> int:
    try:
        responses = await admin.describe_configs([ConfigResource(ConfigResourceType.BROKER, str(broker_id),
                                                                 {"default.replication.factor": None})])
        for resource in responses[0].resources:
            for entry in resource[4]:  # (name, value, read_only, ...)
                if entry[0] == "default.replication.factor" and entry[1]:
                    return int(entry[1])
    except Exception as exc:  # e.g. not authorised to describe broker configs
        raise ConfigError(f"cannot read the cluster's default.replication.factor ({exc}); "
                          "set DIPLO_REPLICATION_FACTOR") from None
    raise ConfigError("the cluster did not report default.replication.factor; set DIPLO_REPLICATION_FACTOR")


async def ensure_topics(bootstrap: str, settings: Settings) -> list[str]:
    """Create the missing topics; returns the names created. Existing topics are left as they are."""
    return await ensure_specs(bootstrap, settings, topic_specs)


async def await_visible(admin: AIOKafkaAdminClient, names: list[str], timeout_s: float = 30.0) -> None:
    """Return once the broker's metadata lists every topic in ``names``. A topic KRaft has just created reaches
    the brokers' metadata a moment after CreateTopics answers: a client started right away could be told it does
    not exist (``diplo subscribe add`` right after ``ensure_topics`` did, in a test)."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not set(names) <= set(await admin.list_topics()):
        if asyncio.get_running_loop().time() > deadline:
            absent = sorted(set(names) - set(await admin.list_topics()))
            raise BrokerError(f"topics created but not visible after {timeout_s:.0f} s: {', '.join(absent)}")
        await asyncio.sleep(0.1)


async def ensure_specs(bootstrap: str, settings: Settings, specs: Callable[[Settings], list[NewTopic]]) -> list[str]:
    """Create the topics ``specs(settings)`` names that are missing (a component's own topics, too).

    ``specs`` is called with the replication factor resolved; a topic the
    cluster refuses (other than one created meanwhile) is an error, not a warning.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **settings.kafka_client_options(AIOKafkaAdminClient))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = specs(settings)
        if all(spec.name in existing for spec in wanted):
            return []
        if settings.replication_factor is None:
            wanted = specs(await _resolve(admin, settings))
        missing = [spec for spec in wanted if spec.name not in existing]
        response = await admin.create_topics(missing)
        created = []
        for name, code, *rest in getattr(response, "topic_errors", []) or []:
            if code == 0:
                created.append(name)
            elif code != TopicAlreadyExistsError.errno:  # another worker created it first
                detail = rest[0] if rest and rest[0] else for_code(code).__name__
                raise BrokerError(f"Kafka refused to create topic {name}: {detail}")
        await await_visible(admin, [spec.name for spec in missing])
        return created or [spec.name for spec in missing]
    finally:
        await admin.close()
