"""Guards on the project's shape: layering, CLI help, the compose file."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplo.streams.cli import COMMAND_MODULES, COMMANDS, build_parser, named_command

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN = ("faust", "aiokafka", "kafka", "diplo.streams", "mode")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_processors_never_import_kafka_or_streams() -> None:
    offenders = []
    for path in sorted((REPO / "processors").rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(REPO)} imports {name}")
    assert not offenders, offenders


def _subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    action = _subparsers()
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    assert set(action.choices) == set(helps)
    for name in action.choices:
        assert helps[name], f"diplo {name} has no help text"
        assert f"diplo {name}" in readme, f"diplo {name} is not in the README"
    assert len(action.choices) >= len(COMMAND_MODULES)


def test_each_command_is_registered_by_the_module_the_table_names() -> None:
    assert list(_subparsers().choices) == list(COMMANDS)
    for command in COMMANDS:
        only = build_parser(command)
        action = next(a for a in only._actions if a.__class__.__name__ == "_SubParsersAction")
        assert list(action.choices) == [command]


def test_the_command_word_is_found_past_options_and_the_config_file() -> None:
    assert named_command(["extract", "-i", "x.jsonl"]) == "extract"
    assert named_command(["--config", "diplo.toml", "eval", "gold.jsonl"]) == "eval"
    assert named_command(["--config=diplo.toml", "store"]) == "store"
    assert named_command(["--help"]) is None and named_command([]) is None
    assert named_command(["--config", "extract"]) is None  # the file's name, not a command


def test_one_command_imports_no_other_commands_stack() -> None:
    """`diplo extract` starts without the storage, alerting and worker modules (0.2 s of its start-up), nor the
    Kafka client (0.06 s), which it never uses."""
    code = ("import sys; from diplo.streams.cli import build_parser; "
            "build_parser('extract').parse_args(['extract', '-i', 'x']); "
            "print(sorted(m for m in sys.modules if m.startswith(('diplo.streams.storage', 'diplo.streams.alerting', "
            "'diplo.streams.app', 'diplo.streams.cli.')))); "
            "print(sorted(m for m in sys.modules if m.startswith('aiokafka')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split("\n")[:2] == ["['diplo.streams.cli.common', 'diplo.streams.cli.extract']", "[]"]


@pytest.mark.parametrize("error, line", [
    ("KafkaConnectionError", "Error: cannot connect to Kafka at 127.0.0.1:1"),
    ("TopicAuthorizationFailedError", "Error: Kafka: topic authorization failed"),
], ids=["no broker", "another Kafka error"])
def test_a_kafka_error_is_one_line(monkeypatch, capsys, error, line) -> None:
    """The CLI knows aiokafka's errors without importing aiokafka up front."""
    import aiokafka.errors as errors

    from diplo.streams import cli

    def fails(args):
        raise getattr(errors, error)()

    monkeypatch.setattr(cli, "build_parser", lambda command=None: _failing_parser(fails))
    assert cli.main(["extract", "--bootstrap-servers", "127.0.0.1:1"]) == 1
    assert capsys.readouterr().err.strip() == line


def test_an_error_of_no_kind_the_cli_knows_is_raised(monkeypatch) -> None:
    from diplo.streams import cli

    def fails(args):
        raise ZeroDivisionError

    monkeypatch.setattr(cli, "build_parser", lambda command=None: _failing_parser(fails))
    with pytest.raises(ZeroDivisionError):
        cli.main(["extract"])


def _failing_parser(func):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    parser.add_argument("--bootstrap-servers", dest="bootstrap_servers")
    parser.set_defaults(func=func)
    return parser


def test_options_name_their_environment_variable() -> None:
    action = _subparsers()
    for name, sub in action.choices.items():
        for option in sub._actions:
            if option.dest in ("bootstrap_servers", "topic_prefix", "model", "batch_size", "nlp_batch_size"):
                assert "[env: " in (option.help or ""), f"diplo {name} {option.option_strings} names no env var"


def test_compose_file_is_valid() -> None:
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        command = ["docker", "compose"]
    elif shutil.which("docker-compose"):
        command = ["docker-compose"]
    elif os.environ.get("CI"):
        pytest.fail("CI must install docker compose (see .ci/run) to validate docker-compose.yml")
    else:
        pytest.skip("neither `docker compose` nor docker-compose is installed")
    result = subprocess.run([*command, "-f", str(REPO / "docker-compose.yml"), "config", "-q"],
                            capture_output=True, text=True, env={**os.environ, "DIPLO_API_TOKEN": "x"})
    assert result.returncode == 0, result.stderr


def test_every_package_folder_is_packaged() -> None:
    """Regression: diplo.streams.alerting was missing from pyproject, so a wheel lacked it and every command failed."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    declared = set(config["packages"])
    roots = {"processors": "diplo.processors", "streams": "diplo.streams", "schemas": "diplo.schemas",
             "seeds": "diplo.seeds", "diplo": "diplo"}
    found = set()
    for folder, name in roots.items():
        for init in (REPO / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(REPO / folder).parts
            found.add(".".join([name, *parts]))
    assert found == declared, f"missing from pyproject: {found - declared}; stale: {declared - found}"
    data = config["package-data"]
    for pattern_owner, folder in (("diplo.processors", "processors/data"), ("diplo.streams", "streams/resources")):
        assert any(p.startswith(folder.split("/", 1)[1]) for p in data[pattern_owner]), pattern_owner


@pytest.mark.model
@pytest.mark.parametrize("script, path", [
    ("error_kinds.py", "no-such-gold.jsonl"),
    ("miss_stages.py", "no-such-gold.jsonl"),
    ("plv_check.py", "no-such-split.tsv"),
], ids=["error kinds", "miss stages", "plv check"])
def test_a_diagnosis_script_given_a_path_it_cannot_read_says_so_in_one_line(tmp_path, script, path) -> None:
    """(before: a traceback, after the model had loaded)"""
    done = subprocess.run([sys.executable, str(REPO / "bench" / script), str(tmp_path / path)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("Error: cannot read") and path in done.stderr
