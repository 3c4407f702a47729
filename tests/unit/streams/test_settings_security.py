"""Without a broker: SASL/SSL settings reach every Kafka client, secrets stay out of reprs and logs,
input is never evaluated, and faust's exactly_once cannot be switched on behind diplo's back."""

from __future__ import annotations

import ast
import asyncio
import logging
import ssl
from pathlib import Path

import pytest

from diplo.streams.app import broker_credentials, make_app
from diplo.streams.errors import ConfigError
from diplo.streams.settings import Settings

REPO = Path(__file__).resolve().parents[3]
PASSWORD = "pw-6f0c-not-in-logs"
TOKEN = "tok-93a1-not-in-logs"
SASL_ENV = {"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM": "PLAIN",
            "KAFKA_SASL_USERNAME": "diplo", "KAFKA_SASL_PASSWORD": PASSWORD, "DIPLO_API_TOKEN": TOKEN}
# Kafka client classes; constructing one must pass diplo's security options
CLIENTS = {"AIOKafkaProducer", "AIOKafkaConsumer", "AIOKafkaAdminClient", "KafkaProducer", "KafkaConsumer",
           "KafkaAdminClient"}
# the only client allowed without them: the readiness probe of the local PLAINTEXT broker diplo itself starts
PLAINTEXT_ONLY = {("streams/local_kafka.py", "_round_trip")}


def test_secrets_never_appear_in_repr_str_or_format() -> None:
    settings = Settings.from_env(SASL_ENV)
    assert settings.sasl_password == PASSWORD and settings.api_token == TOKEN
    for text in (repr(settings), str(settings), f"{settings}", "%s %r" % (settings, settings)):
        assert PASSWORD not in text and TOKEN not in text, text
    assert "sasl_username='diplo'" in repr(settings)


@pytest.mark.model  # make_app builds the extract agent, which loads spaCy
def test_secrets_never_reach_log_records(caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings.from_env(SASL_ENV)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("diplo.test").info("settings %s / %r", settings, settings)
        make_app(settings, "127.0.0.1:1")
    assert caplog.records, "nothing was logged"
    assert PASSWORD not in caplog.text and TOKEN not in caplog.text


def test_sasl_settings_become_client_options() -> None:
    options = Settings.from_env(SASL_ENV).kafka_client_options()
    assert options == {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "PLAIN",
                       "sasl_plain_username": "diplo", "sasl_plain_password": PASSWORD}
    assert Settings().kafka_client_options() == {"security_protocol": "PLAINTEXT"}


def test_a_ca_file_becomes_an_ssl_context() -> None:
    import certifi

    options = Settings(security_protocol="SSL", ssl_cafile=certifi.where()).kafka_client_options()
    assert options["security_protocol"] == "SSL"
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    assert options["ssl_context"].verify_mode == ssl.CERT_REQUIRED


def test_ssl_without_a_ca_file_uses_the_system_trust_store() -> None:
    from aiokafka import AIOKafkaProducer

    options = Settings(security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_username="u",
                       sasl_password=PASSWORD).kafka_client_options()

    async def build() -> None:
        producer = AIOKafkaProducer(bootstrap_servers="127.0.0.1:1", **options)  # raised ValueError before the fix
        await producer.stop()

    asyncio.run(build())


@pytest.mark.model  # make_app builds the extract agent, which loads spaCy
def test_the_worker_app_gets_the_same_credentials() -> None:
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    settings = Settings.from_env(SASL_ENV)
    auth = credentials_to_aiokafka_auth(broker_credentials(settings))
    assert auth["security_protocol"] == "SASL_PLAINTEXT"
    assert (auth["sasl_mechanism"], auth["sasl_plain_username"], auth["sasl_plain_password"]) == (
        "PLAIN", "diplo", PASSWORD)
    app = make_app(settings, "127.0.0.1:1")
    assert app.conf.broker_credentials is not None
    assert broker_credentials(Settings()) is None


@pytest.mark.model  # make_app builds the extract agent, which loads spaCy
def test_exactly_once_cannot_be_switched_on_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """faust reads PROCESSING_GUARANTEE from the environment over the app's own setting."""
    assert make_app(Settings(), "127.0.0.1:1").conf.processing_guarantee.value == "at_least_once"
    monkeypatch.setenv("PROCESSING_GUARANTEE", "exactly_once")
    with pytest.raises(ConfigError, match="processing guarantee 'exactly_once' is not supported"):
        make_app(Settings(), "127.0.0.1:1")


def _python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (REPO / folder).rglob("*.py"))


def _enclosing_functions(tree: ast.AST) -> dict[ast.AST, str]:
    owner: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for child in ast.walk(node):
                owner.setdefault(child, node.name)
    return owner


def _passes_security_options(call: ast.Call) -> bool:
    return any(k.arg is None and isinstance(k.value, ast.Call) and isinstance(k.value.func, ast.Attribute)
               and k.value.func.attr == "kafka_client_options" for k in call.keywords)


def test_every_kafka_client_in_streams_takes_the_security_options() -> None:
    """A new producer, consumer or admin client that forgets ``**settings.kafka_client_options()`` fails here."""
    found, missing = [], []
    for path in _python_files("streams"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if name in CLIENTS:
                    where = (str(path.relative_to(REPO)), owner.get(node, "<module>"))
                    found.append(where)
                    if where not in PLAINTEXT_ONLY and not _passes_security_options(node):
                        missing.append(f"{where[0]}:{node.lineno} {name} in {where[1]}")
    assert len(found) >= 5, f"expected the CLI, admin and alerting clients, found {found}"
    assert not missing, "Kafka clients without **settings.kafka_client_options():\n" + "\n".join(missing)


def test_input_is_never_evaluated() -> None:
    """No eval/exec/pickle/unsafe yaml/shell in the code that handles articles and records."""
    banned_calls = {"eval", "exec", "compile", "__import__"}
    banned_attrs = {("pickle", "loads"), ("pickle", "load"), ("marshal", "loads"), ("yaml", "load"),
                    ("yaml", "unsafe_load"), ("os", "system"), ("os", "popen")}
    found = []
    for path in _python_files("streams", "processors"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in banned_calls:
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                    (func.value.id, func.attr) in banned_attrs:
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {func.value.id}.{func.attr}()")
            if any(k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value for k in node.keywords):
                found.append(f"{path.relative_to(REPO)}:{node.lineno} shell=True")
    assert not found, "\n".join(found)


def test_article_ids_and_texts_stay_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A path-traversal id and code-like text go through the batch path as plain strings; no file appears."""
    import json

    from diplo.processors.records import ExtractionResult
    from diplo.streams.article_batch import ArticleBatchProcessor
    from diplo.streams.codec import AvroCodec
    from diplo.streams.messages import InMessage

    class Echo:
        def extract_many(self, articles, batch_size=32):
            from diplo.processors.records import ArticleEntities

            return [ExtractionResult(article_id=a.id, entities=ArticleEntities(article_id=a.id, published_at=None,
                                                                               entities=[]), events=[])
                    for a in articles]

    monkeypatch.chdir(tmp_path)
    article = {"id": "../../tmp/evil", "text": "__import__('os').system('touch pwned') {0.__class__}"}
    out = ArticleBatchProcessor(Echo(), AvroCodec(), Settings()).process(
        [InMessage(json.dumps(article).encode(), b"../../tmp/evil")])
    assert not out.dead_letters and [r.key for r in out.records] == [b"../../tmp/evil"]
    assert list(tmp_path.iterdir()) == []

