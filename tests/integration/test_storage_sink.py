"""``diplo store`` on a real broker, into SQLite and PostgreSQL: idempotent, dead-lettering, crash- and outage-safe.

Events are built by hand (tests/unit/storage/support.py) and produced with
the tests' own Kafka clients, so these tests do not depend on the NLP extractor.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import KafkaException

from diplo.streams.codec import AvroCodec
from diplo.streams.settings import Settings
from diplo.streams.storage import open_store
from diplo.streams.storage.rows import cluster_id, cluster_key
from diplo.streams.storage.sink import BatchReport, SinkOptions, run_sink
from diplo.streams.topic_admin import ensure_topics
from tests.kafka_helpers import caught_up as group_caught_up
from tests.kafka_helpers import committed, produce, read_all
from tests.unit.storage.support import (
    AZE,
    AZE_DEF,
    IRN,
    RUS,
    RUS_DEF,
    fresh_postgres_database,
    make_alert,
    make_entities,
    make_event,
    postgres_server_url,
    seed_events,
    visit_reports,
)
from tests.workers import wait_until

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- fixtures and helpers

@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request, tmp_path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite")
    else:
        with fresh_postgres_database(postgres_server_url()) as url:
            yield url


@pytest.fixture
def settings(kafka_bootstrap: str, unique: str) -> Settings:
    settings = Settings().with_(topic_prefix=f"t{unique}.", bootstrap_servers=kafka_bootstrap)
    asyncio.run(ensure_topics(kafka_bootstrap, settings))
    return settings


def encode_all(name: str, records: list[dict[str, Any]], key: str) -> list[tuple[bytes, bytes]]:
    codec = AvroCodec()
    return [(r[key].encode() if key != "event" else r["event"]["event_id"].encode(), codec.encode(name, r))
            for r in records]


def count(target: str, table: str) -> int:
    with open_store(target) as db:
        return int(db.scalar(f"SELECT COUNT(*) AS n FROM {table}"))


def _sink_topics(settings: Settings) -> list[str]:
    return [settings.topics.events, settings.topics.entities, settings.topics.alerts]


def committed_total(settings: Settings, group: str) -> int:
    """Sum of the group's committed offsets over the sink's topics (= messages it has marked done)."""
    try:
        offsets = committed(settings.bootstrap_servers, group, _sink_topics(settings))
        return sum(offset or 0 for offset in offsets.values())
    except KafkaException:  # the group coordinator is still starting: nothing known to be committed
        return -1


def caught_up(settings: Settings, group: str) -> bool:
    return group_caught_up(settings.bootstrap_servers, group, _sink_topics(settings))


class SinkThread:
    """``run_sink`` on its own event loop in a thread, stopped through its stop event."""

    def __init__(self, settings: Settings, target: str, options: SinkOptions):
        self.settings, self.target, self.options = settings, target, options
        self.reports: list[BatchReport] = []
        self.totals: BatchReport | None = None
        self.error: BaseException | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        async def main() -> None:
            self.loop = asyncio.get_running_loop()
            self.stop = asyncio.Event()
            self._ready.set()
            self.totals = await run_sink(self.settings, self.settings.bootstrap_servers, self.target, self.options,
                                         self.stop, self.reports.append)
        try:
            asyncio.run(main())
        except BaseException as exc:  # re-raised in close()
            self.error = exc
            self._ready.set()

    def __enter__(self) -> "SinkThread":
        self._thread.start()
        assert self._ready.wait(30), "sink thread did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.error is None:
            self.loop.call_soon_threadsafe(self.stop.set)
        self._thread.join(60)
        assert not self._thread.is_alive(), "sink did not stop within 60s"
        if self.error is not None:
            raise self.error


def fast_options(group: str, **kw: Any) -> SinkOptions:
    return SinkOptions(group_id=group, poll_timeout_ms=100, backoff_initial=0.05, backoff_max=0.5, **kw)


# ---------------------------------------------------------------- tests

def test_seed_events_twice_are_stored_once_and_bad_records_are_dead_lettered(settings, target, unique):
    t = settings.topics
    events = seed_events()
    produce(settings.bootstrap_servers, t.events, encode_all("DiplomaticEvent", events, "event_id"))
    produce(settings.bootstrap_servers, t.events, encode_all("DiplomaticEvent", events, "event_id"))  # again
    produce(settings.bootstrap_servers, t.events, encode_all("DiplomaticEvent", visit_reports(), "event_id"))
    produce(settings.bootstrap_servers, t.entities, encode_all("ArticleEntities", [make_entities("seed", 4)],
                                                               "article_id"))
    produce(settings.bootstrap_servers, t.alerts, encode_all("Alert", [make_alert(events[3])], "alert_id"))
    wrong = AvroCodec().encode("ArticleEntities", make_entities("oops", 1))
    produce(settings.bootstrap_servers, t.events, [(b"junk", b"not avro at all"), (b"wrong", wrong)])
    produce(settings.bootstrap_servers, t.entities, [(b"tomb", None)])
    group = f"g{unique}"
    with SinkThread(settings, target, fast_options(group)) as sink:
        wait_until(lambda: caught_up(settings, group), 90, "the sink to commit every offset")
    assert sink.totals is not None and sink.totals.dead_letters == 3
    assert count(target, "events") == 8  # six seed events + two reports, each once
    assert count(target, "mentions") == 8
    assert count(target, "articles") == 1 and count(target, "entities") == 4
    assert count(target, "alerts") == 1
    with open_store(target) as db:
        visit = db.query("SELECT num_articles, num_mentions FROM event_clusters WHERE cameo_code = ? "
                         "AND event_day = ? AND target_country = ?", ["042", "2019-05-07", "RUS"])
    assert visit == [{"num_articles": 3, "num_mentions": 3}]  # the seed article and the two reports
    dead = read_all(settings.bootstrap_servers, t.store_dlq)
    assert sorted(d["reason_code"] for d in dead) == ["empty_message", "not_avro", "wrong_schema"]
    by_reason = {d["reason_code"]: d for d in dead}
    assert by_reason["not_avro"]["original"] == b"not avro at all"
    assert by_reason["not_avro"]["topic"] == t.events and by_reason["not_avro"]["stage"] == "decode"
    assert by_reason["wrong_schema"]["error_message"] == "expected a DiplomaticEvent record, got ArticleEntities"
    assert by_reason["empty_message"]["topic"] == t.entities


def bulk_events(n: int) -> list[dict[str, Any]]:
    """``n`` distinct events, two per article, spread over dyads, CAMEO codes and days."""
    pairs = [(AZE_DEF, RUS_DEF), (RUS, AZE), (IRN, RUS), (AZE, IRN)]
    codes = ["042", "043", "040", "036", "057"]
    return [
        make_event(f"bulk{i // 2}", i % 2, *pairs[i % 4], codes[(i // 4) % 5], "coded",
                   event_date=f"2019-05-{1 + (i // 20) % 28:02d}")
        for i in range(n)
    ]


def expected_clusters(events: list[dict[str, Any]]) -> dict[int, tuple[int, int]]:
    mentions: Counter[int] = Counter()
    articles: defaultdict[int, set[str]] = defaultdict(set)
    for e in events:
        cid = cluster_id(cluster_key(e))
        mentions[cid] += 1
        articles[cid].add(e["article_id"])
    return {cid: (mentions[cid], len(articles[cid])) for cid in mentions}


def _store_process(settings: Settings, target: str, group: str, home: Path, log: Path) -> subprocess.Popen:
    env = {**os.environ, "DIPLO_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    env.pop("DIPLO_DATABASE_URL", None)
    with log.open("ab") as handle:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "diplo", "store", "--bootstrap-servers", settings.bootstrap_servers,
             "--topic-prefix", settings.topic_prefix, "--database", target, "--group", group, "--max-batch", "10",
             "-q"],
            stdout=handle, stderr=subprocess.STDOUT, env=env, cwd=REPO)


@pytest.mark.faults
def test_sigkill_mid_stream_then_restart_stores_each_event_once(settings, target, unique, tmp_path):
    n = 1500
    events = bulk_events(n)
    messages = encode_all("DiplomaticEvent", events, "event_id")
    produce(settings.bootstrap_servers, settings.topics.events, messages + messages)  # every event twice
    group = f"g{unique}"
    log = tmp_path / "store.log"
    for kill_at in (n // 5, (3 * n) // 5):  # SIGKILL twice while batches are being written and committed
        proc = _store_process(settings, target, group, tmp_path, log)
        try:
            wait_until(lambda p=proc, k=kill_at: p.poll() is not None or _safe_count(target) >= k, 120,
                       f"{kill_at} stored events")
            assert proc.poll() is None, log.read_text()[-3000:]
        finally:
            proc.kill()
            proc.wait(30)
        assert _safe_count(target) < n, "the sink finished before it could be killed; the test proves nothing"
    proc = _store_process(settings, target, group, tmp_path, log)
    try:
        wait_until(lambda: caught_up(settings, group), 180, "the restarted sink to commit every offset")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0, log.read_text()[-3000:]
    assert count(target, "events") == n
    assert count(target, "mentions") == n
    assert count(target, "participants") == 2 * n
    with open_store(target) as db:
        rows = db.query("SELECT cluster_id, num_mentions, num_articles FROM event_clusters")
    assert {int(r["cluster_id"]): (r["num_mentions"], r["num_articles"]) for r in rows} == expected_clusters(events)


def _safe_count(target: str) -> int:
    try:
        return count(target, "events")
    except Exception:  # schema not created yet, or the file is being created
        return 0


class _Retries(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if "storage write failed" in record.getMessage():
            self.messages.append(record.getMessage())


@contextlib.contextmanager
def database_outage(target: str) -> Iterator[None]:
    """SQLite: another connection holds the write lock. PostgreSQL: the database refuses and drops connections."""
    if not target.startswith("postgresql://"):
        blocker = sqlite3.connect(target, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        return
    import psycopg

    base, _, name = target.rpartition("/")
    with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name])
        try:
            yield
        finally:
            admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")


def test_database_outage_blocks_offsets_then_resumes_without_loss(settings, target, unique):
    t = settings.topics
    first, second = bulk_events(40)[:10], bulk_events(40)[10:]
    group = f"g{unique}"
    retries = _Retries()
    logger = logging.getLogger("diplo.streams.storage.sink")
    logger.addHandler(retries)
    try:
        with SinkThread(settings, target, fast_options(group)) as sink:
            produce(settings.bootstrap_servers, t.events, encode_all("DiplomaticEvent", first, "event_id"))
            wait_until(lambda: caught_up(settings, group) and count(target, "events") == 10, 60, "the first wave")
            with database_outage(target):
                produce(settings.bootstrap_servers, t.events, encode_all("DiplomaticEvent", second, "event_id"))
                wait_until(lambda: len(retries.messages) >= 2, 60, "the sink to retry the failed write")
                assert committed_total(settings, group) == 10  # nothing committed meanwhile
            wait_until(lambda: caught_up(settings, group), 60, "the sink to resume after the outage")
    finally:
        logger.removeHandler(retries)
    assert count(target, "events") == 40
    assert sink.totals is not None and sink.totals.retries >= 2 and sink.totals.events == 40


@pytest.mark.faults
@pytest.mark.postgres
def test_sigkill_inside_an_open_database_transaction_commits_nothing_and_loses_nothing(settings, unique, tmp_path):
    """Deterministically mid-batch: the sink is blocked inside its write transaction when it is killed."""
    import psycopg

    with fresh_postgres_database(postgres_server_url()) as target:
        with open_store(target):
            pass  # schema in place, so the lock below has a table to hold
        events = bulk_events(50)
        produce(settings.bootstrap_servers, settings.topics.events, encode_all("DiplomaticEvent", events, "event_id"))
        group = f"g{unique}"
        log = tmp_path / "store.log"
        name = target.rpartition("/")[2]
        with psycopg.connect(target) as locker, psycopg.connect(postgres_server_url(), autocommit=True) as watch:
            locker.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")  # held until this transaction ends
            proc = _store_process(settings, target, group, tmp_path, log)
            try:
                wait_until(lambda: proc.poll() is not None or watch.execute(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                    [name]).fetchone()[0] > 0, 120, "the sink to block inside its write transaction")
                assert proc.poll() is None, log.read_text()[-3000:]
            finally:
                proc.kill()
                proc.wait(30)
            locker.rollback()
        assert committed_total(settings, group) <= 0  # no offset moved
        wait_until(lambda: count(target, "events") == 0, 30, "the killed transaction to be rolled back")
        proc = _store_process(settings, target, group, tmp_path, log)
        try:
            wait_until(lambda: caught_up(settings, group), 120, "the restarted sink to commit every offset")
        finally:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(60) == 0, log.read_text()[-3000:]
        assert count(target, "events") == 50
        with open_store(target) as db:
            rows = db.query("SELECT cluster_id, num_mentions, num_articles FROM event_clusters")
        assert {int(r["cluster_id"]): (r["num_mentions"], r["num_articles"]) for r in rows} == \
            expected_clusters(events)
