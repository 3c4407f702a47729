"""Without a broker: the group session timeout and heartbeat reach faust and every group consumer (issue 13 item 5)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from diplo.streams.app import make_app
from diplo.streams.errors import ConfigError
from diplo.streams.settings import Settings

REPO = Path(__file__).resolve().parents[3]


def test_defaults_take_over_a_dead_workers_partitions_within_15_seconds() -> None:
    settings = Settings()
    assert settings.session_timeout_ms <= 11_000, "the takeover after a SIGKILL is the session timeout + 3-4 s"
    assert settings.heartbeat_interval_ms * 3 <= settings.session_timeout_ms


def test_environment_sets_session_timeout_and_heartbeat() -> None:
    settings = Settings.from_env({"DIPLO_SESSION_TIMEOUT_MS": "20000", "DIPLO_HEARTBEAT_INTERVAL_MS": "4000"})
    assert (settings.session_timeout_ms, settings.heartbeat_interval_ms) == (20_000, 4_000)
    assert settings.group_options() == {"session_timeout_ms": 20_000, "heartbeat_interval_ms": 4_000}


def test_a_heartbeat_over_a_third_of_the_session_is_one_config_error() -> None:
    with pytest.raises(ConfigError, match="heartbeat interval 5000 ms must be positive and at most a third of the "
                                          "session timeout 10000 ms"):
        Settings.from_env({"DIPLO_HEARTBEAT_INTERVAL_MS": "5000"})


def test_the_faust_app_uses_the_settings_not_fausts_60_seconds() -> None:
    """No component installed: the faust settings are the point, not the spaCy model."""
    conf = make_app(Settings(session_timeout_ms=45_000, heartbeat_interval_ms=3_000), "127.0.0.1:1", components=()).conf
    assert (conf.broker_session_timeout, conf.broker_heartbeat_interval) == (45.0, 3.0)
    assert conf.broker_request_timeout >= conf.broker_session_timeout  # faust refuses a session above it
    long_session = make_app(Settings(session_timeout_ms=120_000), "127.0.0.1:1", components=()).conf
    assert long_session.broker_request_timeout >= 120.0


def test_fausts_own_variable_cannot_silently_win(monkeypatch: pytest.MonkeyPatch) -> None:
    """faust reads BROKER_SESSION_TIMEOUT from the environment over the app's own setting."""
    monkeypatch.setenv("BROKER_SESSION_TIMEOUT", "60")
    with pytest.raises(ConfigError, match="BROKER_SESSION_TIMEOUT is set in the environment; set "
                                          "DIPLO_SESSION_TIMEOUT_MS instead"):
        make_app(Settings(), "127.0.0.1:1", components=())


def _passes(call: ast.Call, method: str) -> bool:
    return any(k.arg is None and isinstance(k.value, ast.Call) and isinstance(k.value.func, ast.Attribute)
               and k.value.func.attr == method for k in call.keywords)


def _joins_a_group(call: ast.Call) -> bool:
    group = next((k.value for k in call.keywords if k.arg == "group_id"), None)
    return group is not None and not (isinstance(group, ast.Constant) and group.value is None)


def test_every_group_consumer_in_streams_takes_the_group_timing() -> None:
    """A new AIOKafkaConsumer with a group that forgets ``**settings.group_options()`` fails here."""
    found, missing = [], []
    for path in sorted((REPO / "streams").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "AIOKafkaConsumer" \
                    and _joins_a_group(node):
                where = f"{path.relative_to(REPO)}:{node.lineno}"
                found.append(where)
                if not _passes(node, "group_options"):
                    missing.append(where)
    assert len(found) >= 2, f"expected the alert-emit source and the storage sink, found {found}"
    assert not missing, "group consumers without **settings.group_options():\n" + "\n".join(missing)
