"""The Spark recipe of docs/batch.md, on a local Spark session.

Starting a JVM takes seconds, so this runs only when NEWSDOC_SPARK_TESTS=1 is
set (the ``spark`` nox session sets it) and Java and pyspark are installed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from newsdoc import from_dict, parse, parse_partition

if not os.environ.get("NEWSDOC_SPARK_TESTS"):
    pytest.skip("set NEWSDOC_SPARK_TESTS=1 (nox -s spark) to run", allow_module_level=True)
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)
sql = pytest.importorskip("pyspark.sql")


def _text(number: int) -> str:
    return (
        f"Wildfire {number} contained\n\n"
        f"By Sam Roe\n\n"
        f"Firefighters contained wildfire {number} on Sunday, the agency said.\n"
    )


def test_spark_map_partitions_over_whole_text_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # workers need newsdoc too
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for n in range(30):
        (corpus / f"{n:03}.txt").write_text(_text(n), encoding="utf-8")

    spark = (
        sql.SparkSession.builder.master("local[2]")
        .appName("newsdoc-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        pairs = spark.sparkContext.wholeTextFiles(str(corpus), minPartitions=3)
        pairs.mapPartitions(parse_partition).map(json.dumps).saveAsTextFile(str(out))
    finally:
        spark.stop()

    records = [
        json.loads(line)
        for part in sorted(out.glob("part-*"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 30
    for record in records:
        path = Path(record["id"].removeprefix("file:"))
        assert from_dict(record["article"]) == parse(path.read_text(encoding="utf-8"))
