"""The ``newsdoc`` command: parse files, folders, stdin or JSON Lines into JSON.

One document (a file, or ``-`` for stdin) prints its article as indented JSON.
Anything more (several files, a folder, ``--jsonl`` input, or ``--lines``)
prints JSON Lines, one ``{"id": NAME, "article": {...}}`` record per document
in input order, where ``NAME`` is the file's path, the JSON record's id field,
or ``FILE:LINE`` for a JSON Lines record without one.

Documents are read, decoded and parsed in worker processes (``--workers``,
default: every CPU), in chunks, and written in input order. A document that
cannot be read (a missing or unreadable file, bad encoding, a JSON line without
its text) is reported on stderr with its name, and the batch goes on; the exit
status is 1 when any document failed, 2 on a usage error, 0 otherwise. A
progress line is drawn on stderr when it is a terminal, and a summary
(documents, failures, seconds, documents per second) ends every batch.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import functools
import json
import os
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

import attrs

from newsdoc._batch import available_cpus, ordered_map
from newsdoc._decode import parse_bytes
from newsdoc._parser import parse
from newsdoc.serialize import to_dict, to_json

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["main"]

_STDIN = "-"
_STDIN_NAME = "<stdin>"
_AUTO = "auto"
"""``--encoding auto``: detect each document's encoding (:func:`newsdoc.parse_bytes`)."""
_MAX_CHUNK = 64
_PROGRESS_INTERVAL = 0.1


# ------------------------------------------------------------------ jobs
@attrs.frozen
class _FileJob:
    """A document stored in a file, read and decoded by the worker."""

    name: str
    path: str


@attrs.frozen
class _BytesJob:
    """A document already read (from stdin), decoded by the worker."""

    name: str
    data: bytes


@attrs.frozen
class _LineJob:
    """One line of JSON Lines input, decoded by the worker."""

    name: str
    line: bytes


@attrs.frozen
class _FailedJob:
    """A document that failed before it could be sent to a worker."""

    name: str
    error: str


_Job = _FileJob | _BytesJob | _LineJob | _FailedJob


@attrs.frozen
class _Options:
    """What every worker needs to know besides the job (picklable)."""

    encoding: str = "utf-8"
    text_field: str = "text"
    id_field: str | None = None
    reference_date: dt.date | None = None
    language: str | None = None
    pretty: bool = False


@attrs.frozen
class _Outcome:
    """A job's result: its JSON output, or why it failed."""

    name: str
    output: str | None = None
    error: str | None = None


class _UnreadableError(Exception):
    """The document cannot be turned into text; the message says why."""


# --------------------------------------------------------------- workers
def _read(job: _Job, options: _Options) -> tuple[Any, str | bytes]:
    """Return the document's id and text, or raise :class:`_UnreadableError`.

    With ``--encoding auto`` the text is the document's bytes, for :func:`parse_bytes`.
    """
    if isinstance(job, _LineJob):
        return _read_record(job, options)
    if isinstance(job, _FailedJob):
        raise _UnreadableError(job.error)
    try:
        data = Path(job.path).read_bytes() if isinstance(job, _FileJob) else job.data
    except OSError as error:
        msg = f"cannot read: {error.strerror or error}"
        raise _UnreadableError(msg) from error
    if options.encoding == _AUTO:
        return job.name, data
    try:
        return job.name, data.decode(options.encoding)
    except UnicodeDecodeError as error:
        msg = f"not valid {options.encoding}: {error}"
        raise _UnreadableError(msg) from error


def _read_record(job: _LineJob, options: _Options) -> tuple[Any, str]:
    """Return the id and text of one JSON Lines record."""
    try:
        record = json.loads(job.line)
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        msg = f"not a JSON line: {error}"
        raise _UnreadableError(msg) from error
    if not isinstance(record, dict):
        msg = "not a JSON object"
        raise _UnreadableError(msg)
    text = record.get(options.text_field)
    if not isinstance(text, str):
        msg = f"no string field {options.text_field!r}"
        raise _UnreadableError(msg)
    key = record.get(options.id_field, job.name) if options.id_field else job.name
    return key, text


def _run_job(job: _Job, options: _Options) -> _Outcome:
    """Read, parse and serialize one document; never raises."""
    try:
        key, text = _read(job, options)
    except _UnreadableError as error:
        return _Outcome(name=job.name, error=str(error))
    read = parse_bytes if isinstance(text, bytes) else parse
    try:
        article = read(text, reference_date=options.reference_date, language=options.language)  # type: ignore[arg-type]
        if options.pretty:
            output = json.dumps(to_dict(article), ensure_ascii=False, indent=2)
        else:
            # What json.dumps({"id": key, "article": to_dict(article)}) writes, at
            # the cost of to_json alone.
            output = (
                f'{{"id": {json.dumps(key, ensure_ascii=False)}, "article": {to_json(article)}}}'
            )
    except Exception as error:  # noqa: BLE001 -- a parser bug on one document must not lose the rest of a corpus; it is reported and fails the exit status
        return _Outcome(name=job.name, error=f"parser failed: {type(error).__name__}: {error}")
    return _Outcome(name=job.name, output=output)


def _run_chunk(jobs: list[_Job], options: _Options) -> list[_Outcome]:
    """Run a chunk of jobs (the unit of work sent to a worker process)."""
    return [_run_job(job, options) for job in jobs]


# ---------------------------------------------------------------- inputs
def _files(arg: str, pattern: str) -> list[Path]:
    """Return the files an argument names: itself, or a folder's matches, sorted."""
    path = Path(arg)
    if path.is_dir():
        return sorted((p for p in path.rglob(pattern) if p.is_file()), key=str)
    return [path]


def _line_jobs(name: str, stream: IO[bytes]) -> Iterator[_Job]:
    """Yield a job per non-blank line of a JSON Lines stream, named ``NAME:LINE``."""
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield _LineJob(name=f"{name}:{number}", line=line)


def _jsonl_jobs(args: argparse.Namespace, stdin: TextIO) -> Iterator[_Job]:
    """Yield a job per record of every JSON Lines input, lazily."""
    for arg in args.inputs:
        if arg == _STDIN:
            yield from _line_jobs(_STDIN_NAME, stdin.buffer)
            continue
        for path in _files(arg, args.glob or "*.jsonl"):
            try:
                stream = path.open("rb")
            except OSError as error:
                yield _FailedJob(name=str(path), error=f"cannot read: {error.strerror or error}")
                continue
            with stream:
                yield from _line_jobs(str(path), stream)


def _document_jobs(args: argparse.Namespace, stdin: TextIO) -> list[_Job]:
    """Return a job per document file (or stdin), in order."""
    jobs: list[_Job] = []
    for arg in args.inputs:
        if arg == _STDIN:
            jobs.append(_BytesJob(name=_STDIN_NAME, data=stdin.buffer.read()))
        else:
            jobs.extend(
                _FileJob(name=str(p), path=str(p)) for p in _files(arg, args.glob or "*.txt")
            )
    return jobs


# -------------------------------------------------------------- progress
class _Progress:
    """A one-line progress display on stderr, redrawn at most ten times a second."""

    def __init__(self, stream: IO[str], total: int | None, *, enabled: bool) -> None:
        self._stream = stream
        self._total = total
        self._enabled = enabled
        self._start = time.perf_counter()
        self._drawn = 0.0

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        """Redraw the line if enough time has passed since the last time."""
        now = time.perf_counter()
        if not self._enabled or (not force and now - self._drawn < _PROGRESS_INTERVAL):
            return
        self._drawn = now
        rate = done / (now - self._start) if now > self._start else 0.0
        count = f"{done}/{self._total}" if self._total is not None else str(done)
        self._stream.write(f"\r\x1b[Knewsdoc: {count} documents, {failed} failed, {rate:.0f}/s")
        self._stream.flush()

    def clear(self) -> None:
        """Erase the line (before another message, or at the end)."""
        if self._enabled and self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


# ------------------------------------------------------------------ main
def _date(value: str) -> dt.date:
    """Parse ``--reference-date`` (ISO 8601)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _positive(value: str) -> int:
    """Parse a count that must be at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"not a positive integer: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _encoding(value: str) -> str:
    """Check an encoding name (or ``auto``)."""
    if value == _AUTO:
        return value
    try:
        return codecs.lookup(value).name
    except LookupError:
        msg = f"unknown encoding: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _build_parser() -> argparse.ArgumentParser:
    """Return the command's argument parser."""
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description=__doc__.split("\n\n", 1)[1].replace("``", "") if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH",
        help="a file, a folder (searched recursively), or - for stdin",
    )
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        help="file pattern in folders (default: *.txt, or *.jsonl with --jsonl)",
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="inputs are JSON Lines, one document per line"
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSON Lines field holding the text (default: text)",
    )
    parser.add_argument(
        "--id-field",
        metavar="NAME",
        help="JSON Lines field holding the document's id (default: FILE:LINE)",
    )
    parser.add_argument(
        "--lines", action="store_true", help="write JSON Lines even for a single document"
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="encoding of text files and stdin, or auto to detect it per document "
        "(BOMs, UTF-16, Windows-1252, mojibake repaired; see newsdoc.parse_bytes) "
        "(default: utf-8)",
    )
    parser.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="date that relative dates resolve against",
    )
    parser.add_argument(
        "--language", metavar="TAG", help="the texts' language, when known (e.g. en)"
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="worker processes (default: every CPU; 1: no pool)",
    )
    parser.add_argument(
        "--chunksize",
        type=_positive,
        metavar="N",
        help="documents per task sent to a worker (default: automatic)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="draw a progress line on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no summary"
    )
    return parser


def _single_document(args: argparse.Namespace) -> bool:
    """Whether the command prints one indented article rather than JSON Lines."""
    if args.jsonl or args.lines or len(args.inputs) != 1:
        return False
    return args.inputs[0] == _STDIN or not Path(args.inputs[0]).is_dir()


def _chunksize(args: argparse.Namespace, total: int | None, workers: int) -> int:
    """Return the chunk size: as given, or small enough to spread a known total."""
    if args.chunksize:
        return int(args.chunksize)
    if total is None:
        return _MAX_CHUNK
    return max(1, min(_MAX_CHUNK, total // (workers * 8)))


def _write(stream: IO[str], text: str) -> None:
    """Write one output record and its newline."""
    stream.write(text)
    stream.write("\n")


def _run(args: argparse.Namespace, stdin: TextIO, stdout: IO[str], stderr: IO[str]) -> int:
    """Run the parsed command line; return the exit status."""
    options = _Options(
        encoding=args.encoding,
        text_field=args.text_field,
        id_field=args.id_field,
        reference_date=args.reference_date,
        language=args.language,
        pretty=_single_document(args),
    )
    jobs: Iterable[_Job]
    if args.jsonl:
        jobs, total = _jsonl_jobs(args, stdin), None
    else:
        jobs = _document_jobs(args, stdin)
        total = len(jobs)
    workers = 1 if options.pretty else (args.workers or available_cpus())
    if total is not None:
        workers = max(1, min(workers, total))
    show = args.progress if args.progress is not None else stderr.isatty()
    progress = _Progress(stderr, total, enabled=bool(show) and not args.quiet)
    done = failed = 0
    start = time.perf_counter()
    work = functools.partial(_run_chunk, options=options)
    for outcome in ordered_map(
        work, jobs, workers=workers, chunksize=_chunksize(args, total, workers)
    ):
        done += 1
        if outcome.output is not None:
            _write(stdout, outcome.output)
        else:
            failed += 1
            progress.clear()
            stderr.write(f"newsdoc: {outcome.name}: {outcome.error}\n")
        progress.update(done, failed)
    stdout.flush()
    progress.clear()
    seconds = time.perf_counter() - start
    if not args.quiet and not (options.pretty and not failed):
        rate = done / seconds if seconds > 0 else 0.0
        stderr.write(
            f"newsdoc: {done} documents, {failed} failed, {seconds:.2f} s, {rate:.1f} docs/s\n"
        )
    return 1 if failed else 0


def _utf8(stream: IO[str]) -> IO[str]:
    """Return *stream*, switched to UTF-8 if it is a text file of another encoding."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsdoc`` command (also ``python -m newsdoc``).

    Args:
        argv: The arguments, without the program name; ``None`` reads
            :data:`sys.argv`.

    Returns:
        The exit status: 0 when every document was parsed, 1 when any failed
        (each failure is reported on stderr), 2 on a usage error.

    .. versionadded:: 0.1.0
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits on --help and on usage errors
        return exit_.code if isinstance(exit_.code, int) else 2
    stdout = _utf8(sys.stdout)
    try:
        return _run(args, sys.stdin, stdout, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``newsdoc corpus/ | head``): stop quietly, and
        # point stdout at devnull so the interpreter's final flush does not fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
