"""Tests for the newsdoc command line."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsdoc
from newsdoc import from_dict, parse, to_dict
from newsdoc.cli import main


def _text(number: int) -> str:
    return (
        f"Bridge {number} reopens after repairs\n\n"
        f"LISBON (Reuters) - Bridge {number} reopened on Monday, the city said.\n\n"
        f'"Traffic will be back to normal by Friday," a spokesman told reporters.\n'
    )


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def _set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of 12 text files, three in a subfolder, and one Markdown file."""
    (tmp_path / "sub").mkdir()
    for n in range(12):
        folder = tmp_path / "sub" if n >= 9 else tmp_path
        (folder / f"doc{n:02}.txt").write_text(_text(n), encoding="utf-8")
    (tmp_path / "notes.md").write_text(_text(99), encoding="utf-8")
    return tmp_path


def test_one_file_prints_its_article_as_indented_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(_text(1), encoding="utf-8")
    assert main([str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{\n  ")
    assert from_dict(json.loads(out)) == parse(_text(1))
    assert err == ""


def test_stdin_dash_prints_one_article(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, _text(2).encode())
    assert main(["-"]) == 0
    assert json.loads(capsys.readouterr().out) == to_dict(parse(_text(2)))


def test_options_reach_the_parser(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(_text(3), encoding="utf-8")
    assert main([str(path), "--language", "pt", "--reference-date", "2022-04-27"]) == 0
    expected = parse(_text(3), language="pt", reference_date=dt.date(2022, 4, 27))
    assert from_dict(json.loads(capsys.readouterr().out)) == expected


def test_folder_is_searched_recursively_in_sorted_order(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    expected = sorted(str(p) for p in corpus.rglob("*.txt"))
    assert [r["id"] for r in records] == expected
    for record in records:
        text = Path(record["id"]).read_text(encoding="utf-8")
        assert from_dict(record["article"]) == parse(text)
    assert "12 documents, 0 failed" in err


def test_glob_selects_the_files_of_a_folder(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus), "--glob", "*.md"]) == 0
    [record] = _records(capsys.readouterr().out)
    assert record["id"] == str(corpus / "notes.md")


def test_several_files_and_lines_flag_give_json_lines(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = corpus / "doc00.txt", corpus / "doc01.txt"
    assert main([str(second), str(first)]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == [str(second), str(first)]
    assert main([str(first), "--lines"]) == 0
    [record] = _records(capsys.readouterr().out)
    assert record["id"] == str(first)


def test_workers_keep_the_input_order(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(12, 60):
        (corpus / f"doc{n:02}.txt").write_text(_text(n) * (1 + n % 5), encoding="utf-8")
    assert main([str(corpus), "--workers", "2", "--chunksize", "1"]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["id"] for r in records] == sorted(str(p) for p in corpus.rglob("*.txt"))
    for record in records:
        text = Path(record["id"]).read_text(encoding="utf-8")
        assert from_dict(record["article"]) == parse(text)
    assert "60 documents, 0 failed" in err


def test_unreadable_documents_are_reported_and_the_batch_goes_on(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "doc05.txt").write_bytes(b"Caf\xe9 owners protest\n\nThe owners said no.\n")
    missing = corpus / "missing.txt"
    status = main([str(corpus), str(missing), "--workers", "2", "--chunksize", "2"])
    out, err = capsys.readouterr()
    assert status == 1
    ids = [r["id"] for r in _records(out)]
    assert len(ids) == 11
    assert str(corpus / "doc05.txt") not in ids
    assert ids[-1] == str(corpus / "sub" / "doc11.txt")
    assert f"{corpus / 'doc05.txt'}: not valid utf-8" in err
    assert f"{missing}: cannot read" in err
    assert "13 documents, 2 failed" in err


def test_encoding_option_decodes_other_encodings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Café owners protest\n\nThe owners said no.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    assert main([str(path), "--encoding", "latin-1"]) == 0
    assert from_dict(json.loads(capsys.readouterr().out)) == parse(text)


def test_jsonl_input_keeps_ids_and_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({"key": f"k{n}", "body": _text(n)}) for n in range(5)]
    lines.insert(2, "")  # blank lines are skipped but still counted
    lines.append(json.dumps({"body": _text(5)}))  # no id: named by its position
    _set_stdin(monkeypatch, "\n".join(lines).encode() + b"\n")
    assert main(["-", "--jsonl", "--text-field", "body", "--id-field", "key"]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records] == ["k0", "k1", "k2", "k3", "k4", "<stdin>:7"]
    assert [from_dict(r["article"]) for r in records] == [parse(_text(n)) for n in range(6)]


def test_jsonl_files_and_bad_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"text": _text(1)})
    path.write_text(f'{good}\n{{"text": 3}}\nnot json\n[1]\n{good}\n', encoding="utf-8")
    assert main([str(tmp_path), "--jsonl"]) == 1
    out, err = capsys.readouterr()
    assert [r["id"] for r in _records(out)] == [f"{path}:1", f"{path}:5"]
    assert f"{path}:2: no string field 'text'" in err
    assert f"{path}:3: not a JSON line" in err
    assert f"{path}:4: not a JSON object" in err
    assert "5 documents, 3 failed" in err


def test_progress_is_drawn_only_on_request_or_on_a_terminal(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus), "--workers", "1"]) == 0
    assert "\r" not in capsys.readouterr().err
    assert main([str(corpus), "--workers", "1", "--progress"]) == 0
    assert "\r\x1b[Knewsdoc: 1/12 documents" in capsys.readouterr().err
    assert main([str(corpus), "--quiet", "--progress"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["x.txt", "--workers", "0"],
        ["x.txt", "--reference-date", "27/04/2022"],
        ["x", "--encoding", "nope"],
    ],
)
def test_usage_errors_exit_with_status_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert "usage: newsdoc" in capsys.readouterr().err


def test_python_dash_m_runs_the_command(corpus: Path) -> None:
    source = str(Path(newsdoc.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}
    bad = corpus / "sub" / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = subprocess.run(  # noqa: S603 -- runs this interpreter on our own arguments
        [sys.executable, "-m", "newsdoc", str(corpus), "--workers", "2"],
        capture_output=True,
        check=False,
        env=env,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 12
    assert f"{bad}: not valid utf-8" in result.stderr
    assert "13 documents, 1 failed" in result.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    for n in range(150):  # far more output than a pipe buffers
        (tmp_path / f"{n:03}.txt").write_text(_text(n) * 3, encoding="utf-8")
    source = str(Path(newsdoc.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen(  # noqa: S603 -- runs this interpreter on our own arguments
        [sys.executable, "-m", "newsdoc", str(tmp_path), "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # like `newsdoc folder | head -1`
        errors = process.stderr.read().decode()
        status = process.wait(timeout=120)
    assert json.loads(first)["id"] == str(tmp_path / "000.txt")
    assert status == 1
    assert "Traceback" not in errors


def test_encoding_auto_detects_each_documents_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Café owners protest\n\n“We will not close,” the owners said.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "c.txt").write_bytes(text.encode("utf-8"))
    assert main([str(tmp_path), "--encoding", "auto", "--workers", "1"]) == 0
    records = _records(capsys.readouterr().out)
    assert len(records) == 3
    for record in records:
        article = from_dict(record["article"])
        assert article.blocks == parse(text).blocks
