"""java_failure: a failed Java tool's exception and message in one line, not the frames of its stack."""

from __future__ import annotations

from diplo.streams.local_kafka import java_failure

STACK = """Exception in thread "main" java.lang.IllegalArgumentException: Invalid cluster.id in meta.properties
\tat kafka.tools.StorageTool$.formatCommand(StorageTool.scala:120)
\tat scala.Option.flatMap(Option.scala:283)
\tat kafka.tools.StorageTool$.execute(StorageTool.scala:79)
Caused by: java.io.IOException: No space left on device
\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)
\t... 4 more
\tat kafka.tools.StorageTool.main(StorageTool.scala)
"""


def test_the_exception_line_and_its_last_cause_not_the_last_frame() -> None:
    assert java_failure(STACK) == ('Exception in thread "main" java.lang.IllegalArgumentException: Invalid '
                                   "cluster.id in meta.properties (Caused by: java.io.IOException: No space left on "
                                   "device)")


def test_a_plain_message_is_kept_and_no_output_is_said() -> None:
    assert java_failure("Error: the cluster id is malformed\n") == "Error: the cluster id is malformed"
    assert java_failure("  \n") == "no output"
    assert java_failure("\tat a.B.c(B.java:1)\n") == "at a.B.c(B.java:1)"
