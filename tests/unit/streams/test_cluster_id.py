"""The local broker's random KRaft cluster id never starts with "-" (kafka-storage would read it as an option).

Seen in `make test`: 'kafka-storage: error: argument --cluster-id/-t: expected one argument'.
"""

from __future__ import annotations

import uuid

from diplo.streams import local_kafka


def test_a_cluster_id_starting_with_a_dash_is_drawn_again(monkeypatch):
    draws = iter([uuid.UUID(bytes=b"\xf8" + bytes(15)), uuid.UUID(bytes=b"\x01" * 16)])
    monkeypatch.setattr(local_kafka.uuid, "uuid4", lambda: next(draws))
    assert local_kafka._cluster_id() == "AQEBAQEBAQEBAQEBAQEBAQ"
