"""The batched-agent driver and its faust source on a fake stream (no broker): what may be committed, and when."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import pytest
from faust.types.tuples import ConsumerMessage

from diplo.streams.messages import InMessage, OutRecord
from diplo.streams.runtime import BatchedAgent, FaustSource, send_all
from diplo.streams.runtime.faust_events import keep_uncommitted
from tests.unit.streams.fake_stream import FakeStream


class Failed(Exception):
    """What the test's on_failure raises instead of ending the process."""


def _failures() -> tuple[list[tuple[str, str, int]], object]:
    seen: list[tuple[str, str, int]] = []

    def on_failure(name: str, exc: BaseException, count: int) -> None:
        seen.append((name, str(exc), count))

    return seen, on_failure


def _values(messages: list[InMessage]) -> list[bytes]:
    return [m.value for m in messages]


async def _run_until(agent: BatchedAgent, source: FaustSource, done: asyncio.Event, timeout: float = 5.0) -> None:
    """Run the agent until ``done`` is set, then stop it as the worker would (cancel)."""
    task = asyncio.ensure_future(agent.run(source))
    await asyncio.wait_for(done.wait(), timeout)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def test_serial_agent_lets_offsets_go_only_after_publish() -> None:
    stream = FakeStream([[b"a", b"b"], [b"c"]])
    published: list[list[bytes]] = []
    acked_at_publish: list[list[int]] = []
    finished = asyncio.Event()

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        acked_at_publish.append(list(stream.consumer.acked))
        published.append(out)
        if len(published) == 2:
            finished.set()

    agent = BatchedAgent("t", _values, publish)
    asyncio.run(_run_until(agent, FaustSource(stream, 2, 0.0), finished))
    assert published == [[b"a", b"b"], [b"c"]]
    assert acked_at_publish == [[], [0, 1]], "a batch was committable before its outputs were published"
    assert stream.consumer.acked == [0, 1, 2]


def test_a_failed_publish_keeps_its_batch_out_of_every_commit() -> None:
    """faust acks the batch when the generator closes; the driver must have kept it uncommitted first."""
    stream = FakeStream([[b"a"], [b"boom", b"c"]], ends=True)
    failures, on_failure = _failures()

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        if b"boom" in out:
            raise RuntimeError("broker said no")

    agent = BatchedAgent("t", _values, publish, on_failure=on_failure)
    asyncio.run(asyncio.wait_for(agent.run(FaustSource(stream, 2, 0.0)), 5))
    assert failures == [("t", "broker said no", 2)]
    assert stream.consumer.acked == [0], f"committable offsets: {stream.consumer.acked}"


def test_stopping_mid_publish_commits_nothing_of_that_batch() -> None:
    stream = FakeStream([[b"a"], [b"b"]])
    started = asyncio.Event()

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        if out == [b"b"]:
            started.set()
            await asyncio.Event().wait()  # Kafka never answers

    agent = BatchedAgent("t", _values, publish)
    asyncio.run(_run_until(agent, FaustSource(stream, 1, 0.0), started))
    assert stream.consumer.acked == [0]


def test_pipelined_agent_refills_batches_keeps_order_and_parks_nothing_committable() -> None:
    """Small takes while a batch is processed become one full batch; outputs stay in batch order."""
    stream = FakeStream([[b"1"], [b"2"], [b"3"], [b"4"], [b"5"], [b"6"], [b"7"]])
    gate = asyncio.Event()
    published: list[list[bytes]] = []
    finished = asyncio.Event()

    def process(messages: list[InMessage]) -> list[bytes]:
        return _values(messages)

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        if not published:
            await gate.wait()  # the first batch's sends are slow: the rest is taken meanwhile
        published.append(out)
        if sum(map(len, published)) == 7:
            finished.set()

    async def scenario() -> None:
        agent = BatchedAgent("t", process, publish, batch_size=3, pipelined=True)
        task = asyncio.ensure_future(agent.run(FaustSource(stream, 3, 0.0)))
        await asyncio.wait_for(stream.exhausted.wait(), 5)
        assert stream.consumer.acked == [], "parked or in-flight messages became committable"
        gate.set()
        await asyncio.wait_for(finished.wait(), 5)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert [b for batch in published for b in batch] == [b"1", b"2", b"3", b"4", b"5", b"6", b"7"]
    assert len(published[1]) == 3, f"batches after the slow one: {published}"
    assert sorted(stream.consumer.acked) == list(range(7))


def test_pipelined_agent_stopped_while_parking_commits_only_published_batches() -> None:
    stream = FakeStream([[b"1"], [b"2"], [b"3"], [b"4"]])
    first = asyncio.Event()

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        if out != [b"1"]:
            await asyncio.Event().wait()
        first.set()

    async def scenario() -> None:
        agent = BatchedAgent("t", _values, publish, batch_size=1, pipelined=True)
        task = asyncio.ensure_future(agent.run(FaustSource(stream, 1, 0.0)))
        await asyncio.wait_for(first.wait(), 5)
        await asyncio.wait_for(stream.exhausted.wait(), 5)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert stream.consumer.acked == [0]


def test_pipelined_failure_in_process_keeps_the_batch_and_calls_on_failure() -> None:
    stream = FakeStream([[b"ok"], [b"boom"]])
    failures: list[tuple[str, str, int]] = []
    failed = asyncio.Event()

    def on_failure(name: str, exc: BaseException, count: int) -> None:
        failures.append((name, str(exc), count))
        failed.set()

    def process(messages: list[InMessage]) -> list[bytes]:
        if messages[0].value == b"boom":
            raise ValueError("bug")
        return _values(messages)

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        pass

    async def scenario() -> None:
        agent = BatchedAgent("x", process, publish, batch_size=1, offload=True, pipelined=True, on_failure=on_failure)
        task = asyncio.ensure_future(agent.run(FaustSource(stream, 1, 0.0)))
        await asyncio.wait_for(failed.wait(), 5)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert failures == [("x", "bug", 1)]
    assert stream.consumer.acked == [0]


def test_messages_read_back_from_a_gap_come_first_and_need_no_ack() -> None:
    class Gaps:
        async def before(self, topic: str, partition: int, offset: int) -> list[InMessage]:
            return [InMessage(b"skipped", None, topic, partition, offset - 1)] if offset == 5 else []

    stream = FakeStream([[b"five"]], start=5)
    published: list[bytes] = []
    finished = asyncio.Event()

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        published.extend(out)
        finished.set()

    agent = BatchedAgent("t", _values, publish)
    asyncio.run(_run_until(agent, FaustSource(stream, 1, 0.0, Gaps()), finished))
    assert published == [b"skipped", b"five"]
    assert stream.consumer.acked == [5]


def test_faust_source_messages_carry_position_and_timestamp() -> None:
    stream = FakeStream([[b"v"]], topic="articles", start=41)
    seen: list[InMessage] = []
    finished = asyncio.Event()

    async def publish(out: None, messages: list[InMessage]) -> None:
        seen.extend(messages)
        finished.set()

    asyncio.run(_run_until(BatchedAgent("t", lambda ms: None, publish), FaustSource(stream, 1, 0.0), finished))
    assert seen == [InMessage(b"v", b"k41", "articles", 0, 41, 1041.0)]


def test_keep_uncommitted_hides_a_message_from_the_consumer_ack() -> None:
    """Guards the faust internal the source relies on: a kept message is never reported when faust acks it."""

    class Consumer:
        def __init__(self) -> None:
            self.acked: list[int] = []

        def ack(self, message) -> bool:
            self.acked.append(message.offset)
            return True

    class Event:
        def __init__(self, offset: int):
            self.message = ConsumerMessage("articles", 0, offset, 0.0, 0, None, b"k", b"v", None)
            self.message.refcount = 1

    consumer = Consumer()
    done, failed = Event(1), Event(2)
    keep_uncommitted([failed])
    for event in (done, failed):
        event.message.ack(consumer)
    assert consumer.acked == [1], f"offsets reported to the consumer: {consumer.acked}"


def test_send_all_retries_failed_records_until_acknowledged(caplog: pytest.LogCaptureFixture) -> None:
    """A send that fails (raised, or its future failed) is retried; acknowledged ones are not resent."""
    from aiokafka.errors import KafkaTimeoutError, NotLeaderForPartitionError

    attempts: Counter = Counter()

    class Producer:
        async def send(self, topic: str, key: bytes, value: bytes, partition: None, timestamp: float | None,
                       headers: None) -> asyncio.Future:
            attempts[key] += 1
            if key == b"raises" and attempts[key] == 1:
                raise KafkaTimeoutError("no metadata")
            future = asyncio.get_running_loop().create_future()
            if key == b"fails" and attempts[key] < 3:
                future.set_exception(NotLeaderForPartitionError())
            else:
                future.set_result(None)
            return future

    records = [OutRecord("t", key, b"v") for key in (b"ok", b"raises", b"fails")]
    with caplog.at_level(logging.WARNING):
        asyncio.run(asyncio.wait_for(send_all(Producer(), records, backoff=0.01), 10))
    assert attempts == {b"ok": 1, b"raises": 2, b"fails": 3}, f"send attempts per key: {dict(attempts)}"
    assert "records not acknowledged" in caplog.text


def test_an_error_once_the_worker_is_stopping_is_the_stop_not_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: Ctrl-C could end with status 70, when a stage's consumer was closed under it while it read
    ("alert-emit failed on 0 message(s) (ConsumerStoppedError)"). The batch is kept uncommitted either way."""
    from aiokafka.errors import ConsumerStoppedError

    from diplo.streams.runtime import stopping

    exits: list[int] = []
    monkeypatch.setattr(stopping.os, "_exit", exits.append)
    monkeypatch.setattr(stopping.logging, "shutdown", lambda: None)
    monkeypatch.setattr(stopping._Stop, "requested", False)

    class ClosedUnder:
        """A source whose consumer is closed while the stage reads; ``kept`` records what it was told to keep."""

        def __init__(self) -> None:
            self.kept: list[list] = []

        async def takes(self):  # noqa: ANN202 - an async generator
            raise ConsumerStoppedError()
            yield []  # pragma: no cover - makes this an async generator

        def done(self, items) -> None:  # noqa: ANN001
            raise AssertionError("nothing was processed")

        def keep(self, items) -> None:  # noqa: ANN001
            self.kept.append(list(items))

    async def publish(out: list[bytes], messages: list[InMessage]) -> None:
        raise AssertionError("nothing was taken")

    source = ClosedUnder()
    asyncio.run(BatchedAgent("t", _values, publish).run(source))
    assert exits == [stopping.EX_SOFTWARE] and source.kept == [[]]  # not stopping: a failure, status 70
    stopping.request_stop()
    asyncio.run(BatchedAgent("t", _values, publish).run(source))
    assert exits == [stopping.EX_SOFTWARE] and source.kept == [[], []]  # stopping: the agent just ends
