"""The Dask recipe of docs/batch.md, on a local cluster of two worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdoc import from_dict, parse, parse_partition

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def _text(number: int) -> str:
    return (
        f"Harbour {number} closed by the storm\n\n"
        f"By Ana Lima\n\n"
        f"PORTO, Jan. {number % 28 + 1} (Lusa) - The harbour stayed closed, officials said.\n"
    )


def test_dask_bag_over_files_to_json_lines(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for n in range(40):
        (corpus / f"{n:03}.txt").write_text(_text(n), encoding="utf-8")

    def read(path: str) -> tuple[str, str]:
        return path, Path(path).read_text(encoding="utf-8")

    paths = sorted(str(p) for p in corpus.glob("*.txt"))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.wait_for_workers(2, timeout=120)
        assert len(client.scheduler_info()["workers"]) == 2
        bag = (
            db.from_sequence(paths, npartitions=4)
            .map(read)
            .map_partitions(parse_partition)
            .map(json.dumps)
        )
        written = bag.to_textfiles(str(out / "*.jsonl"), name_function="{:04}".format)

    assert len(written) == 4
    records = [
        json.loads(line)
        for part in sorted(out.glob("*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in records] == paths
    for record in records:
        text = Path(record["id"]).read_text(encoding="utf-8")
        assert from_dict(record["article"]) == parse(text)
