"""The storage unit suites again, on a real PostgreSQL server (DIPLO_TEST_POSTGRES_URL), plus PG-only checks.

One code path serves both engines, so the same tests must pass on both; the
``db`` fixture below replaces the SQLite one for every test imported here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from diplo.streams.storage import MIGRATIONS, Batch, Database, open_store, write_batch
from diplo.streams.storage.postgres_backend import PostgresDatabase
from tests.unit.storage.support import fresh_postgres_database, postgres_server_url, seed_events
from tests.unit.storage.test_exports import (  # noqa: F401  (collected here against PostgreSQL)
    test_avro_export_reads_back_record_for_record,
    test_gdelt_export_one_row_per_cluster,
    test_gdelt_export_respects_filters_and_header,
)
from tests.unit.storage.test_migrations import (  # noqa: F401  (collected here against PostgreSQL)
    test_a_new_migration_is_applied_once,
    test_database_newer_than_the_code_is_refused,
    test_fresh_database_is_at_the_latest_version,
    test_migrating_again_applies_nothing,
)

# every test of these two modules, collected here against PostgreSQL
from tests.unit.storage.test_queries import *  # noqa: F401,F403
from tests.unit.storage.test_writes import *  # noqa: F401,F403

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def postgres_url() -> str:
    return postgres_server_url()


@pytest.fixture
def db_url(postgres_url) -> Iterator[str]:
    with fresh_postgres_database(postgres_url) as url:
        yield url


@pytest.fixture
def db(db_url) -> Iterator[Database]:
    database = open_store(db_url)
    try:
        yield database
    finally:
        database.close()


def test_backend_is_postgres(db):
    assert isinstance(db, PostgresDatabase)


def test_indexes_exist_for_country_root_date_and_article(db):
    names = {r["indexname"] for r in db.query("SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
    assert {"ix_events_source_country", "ix_events_cameo_root", "ix_events_event_day", "ix_events_article"} <= names


def test_concurrent_migrations_and_writers_agree(db_url):
    """Two sinks starting together migrate once and their overlapping batches count each event once."""
    import threading

    events = seed_events()
    errors: list[BaseException] = []

    def sink(batch: list[dict]) -> None:
        try:
            with open_store(db_url) as own:
                for _ in range(3):
                    write_batch(own, Batch(events=batch))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=sink, args=(events[:4],)), threading.Thread(target=sink, args=(events[2:],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    with open_store(db_url) as check:
        assert check.scalar("SELECT COUNT(*) AS n FROM events") == 6
        assert check.scalar("SELECT SUM(num_mentions) AS n FROM event_clusters") == 6
        assert check.scalar("SELECT COUNT(*) AS n FROM diplo_schema_version") == len(MIGRATIONS)


def test_nul_character_is_a_data_error_not_an_outage(db):
    from diplo.streams.storage import StorageDataError

    bad = dict(seed_events()[0], sentence="a\x00b")
    with pytest.raises(StorageDataError):
        write_batch(db, Batch(events=[bad]))
    assert db.scalar("SELECT COUNT(*) AS n FROM events") == 0
