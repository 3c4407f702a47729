"""`diplo subscribe add` flags and files without a broker; errors as one `Error:` line."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from diplo.streams.alerting.manage import new_subscription
from diplo.streams.cli import build_parser, main
from diplo.streams.cli.subscribe import subscription_from_args, summarize


def _data(*argv: str) -> dict:
    return subscription_from_args(build_parser().parse_args(["subscribe", "add", *argv]))


def test_flags_build_the_subscription() -> None:
    data = _data("--name", "AZE visits", "--country", "AZE,ARM", "--scope", "all", "--cameo", "042",
                 "--cameo", "043", "--quad", "1", "--min-confidence", "0.5", "--min-events", "3", "--within", "3600",
                 "--hop", "600", "--webhook", "https://example.org/h", "--secret", "0123456789abcdef")
    assert data["filter"] == {"countries": ["AZE", "ARM"], "cameo_prefixes": ["042", "043"], "quad_classes": [1],
                              "min_confidence": 0.5, "country_scope": "ALL"}
    assert data["window"] == {"min_events": 3, "size_seconds": 3600, "step_seconds": 600}
    assert data["delivery"] == {"kind": "WEBHOOK", "url": "https://example.org/h", "secret": "0123456789abcdef"}


def test_flags_override_the_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "sub.yaml"
    path.write_text("id: acc\nname: Accusations against Iran\nfilter:\n  plover_types: [ACCUSE]\n"
                    "  countries: [IRN]\n  country_scope: TARGET\nwindow: {min_events: 5, size_seconds: 3600}\n")
    data = _data("--file", str(path), "--country", "ISR", "--stdout")
    assert data["id"] == "acc" and data["filter"]["plover_types"] == ["ACCUSE"]
    assert data["filter"]["countries"] == ["ISR"] and data["delivery"] == {"kind": "STDOUT"}
    record, secret = asyncio.run(new_subscription(data, allow_private_webhooks=False))
    assert secret is None
    assert summarize(record) == "countries target ISR; PLOVER ACCUSE; >=5 events in 3600s (tumbling); -> stdout"


def test_json_file_works_too(tmp_path: Path) -> None:
    path = tmp_path / "sub.json"
    path.write_text('{"name": "x", "filter": {"roles": ["MIL"]}}')
    assert _data("--file", str(path))["filter"] == {"roles": ["MIL"]}


def test_webhook_without_secret_gets_a_generated_one() -> None:
    data = _data("--name", "h", "--webhook", "https://8.8.8.8/h")
    record, secret = asyncio.run(new_subscription(data, allow_private_webhooks=False))
    assert secret and record["delivery"]["secret"] == secret and len(secret) >= 32


def test_private_webhook_refused_on_creation_naming_the_field() -> None:
    from diplo.processors.alert_validation import SubscriptionError

    data = _data("--name", "h", "--webhook", "http://127.0.0.1:9000/h")
    with pytest.raises(SubscriptionError) as info:
        asyncio.run(new_subscription(data, allow_private_webhooks=False))
    assert info.value.field == "delivery.url"


@pytest.mark.parametrize(("argv", "line"), [
    (["--name", "x", "--cameo", "99"],
     "Error: filter.cameo_prefixes[0]: '99' is not a CAMEO code or code prefix (2-4 digits, roots 01-20)\n"),
    (["--country", "AZE"], "Error: name: is required (--name or name: in the file)\n"),
    (["--name", "x", "--quad", "five"], "Error: filter.quad_classes[0]: 'five' is not a quad class (1-4)\n"),
    (["--name", "x", "--file", "/nonexistent/sub.yaml"],
     "Error: cannot read /nonexistent/sub.yaml: No such file or directory\n"),
])
def test_invalid_input_is_one_error_line_before_any_kafka(argv: list[str], line: str, capsys) -> None:
    assert main(["subscribe", "add", *argv, "--bootstrap-servers", "127.0.0.1:1"]) == 1
    assert capsys.readouterr().err == line


def test_commands_have_help() -> None:
    parser = build_parser()
    for argv in (["subscribe", "add"], ["subscribe", "list"], ["subscribe", "show", "x"], ["subscribe", "remove", "x"],
                 ["alerts"]):
        assert parser.parse_args(argv).func is not None
