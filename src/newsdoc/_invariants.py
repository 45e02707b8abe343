"""The contract every parse keeps, as a checker: used by the fuzz tests and targets.

:func:`violations` lists every way an :class:`~newsdoc.model.Article` breaks
the promises :func:`newsdoc.parse` makes about the text it was parsed from:

- every span lies inside the text, ``0 <= start <= end <= len(text)``;
- the blocks are in reading order and do not overlap, and every character
  outside them is whitespace, so each non-whitespace character belongs to
  exactly one block;
- a block's, paragraph's or dateline's text is its span's text, whitespace
  collapsed; a cue's and a source's text is its span's text up to
  surrounding brackets;
- the article survives the JSON round trip unchanged.

It is cheap (linear in the text) so that fuzzers can call it on every input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdoc._parser._text import collapse
from newsdoc.serialize import from_json, to_json

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsdoc.model import Article, Span

__all__ = ["violations"]

_BRACKETS = "()[]{}"


def _spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span of the article, with the path of the field that holds it."""
    for i, block in enumerate(article.blocks):
        yield f"blocks[{i}]", block.span
    for i, paragraph in enumerate(article.paragraphs):
        yield f"paragraphs[{i}]", paragraph.span
    for i, caption in enumerate(article.captions):
        yield f"captions[{i}]", caption.span
    if article.dateline is not None:
        yield "dateline", article.dateline.span
    for i, attribution in enumerate(article.attributions):
        yield f"attributions[{i}].cue_span", attribution.cue_span
        if attribution.source_span is not None:
            yield f"attributions[{i}].source_span", attribution.source_span
        for j, span in enumerate(attribution.content_spans):
            yield f"attributions[{i}].content_spans[{j}]", span
    for i, diagnostic in enumerate(article.diagnostics):
        if diagnostic.span is not None:
            yield f"diagnostics[{i}]", diagnostic.span


def _bounds(text: str, article: Article) -> list[str]:
    """Spans that reach outside the text."""
    return [
        f"{path}: span {span.start}-{span.end} outside the text (length {len(text)})"
        for path, span in _spans(article)
        if span.end > len(text)
    ]


def _coverage(text: str, article: Article) -> list[str]:
    """Blocks out of order or overlapping, and non-whitespace outside every block."""
    problems: list[str] = []
    position = 0
    for i, block in enumerate(article.blocks):
        if block.span.start < position:
            problems.append(f"blocks[{i}]: starts at {block.span.start}, before {position}")
            continue
        gap = text[position : block.span.start]
        if gap and not gap.isspace():
            problems.append(f"blocks[{i}]: {gap[:40]!r} before it is in no block")
        position = block.span.end
    rest = text[position:]
    if rest and not rest.isspace():
        problems.append(f"$: {rest[:40]!r} at the end is in no block")
    return problems


def _unbracketed(value: str) -> str:
    """*value* collapsed and stripped of surrounding brackets and spaces."""
    return collapse(value).strip(_BRACKETS + " ")


def _texts(text: str, article: Article) -> list[str]:
    """Text fields that are not their span's text."""
    problems: list[str] = []
    exact = [(f"blocks[{i}]", b.text, b.span) for i, b in enumerate(article.blocks)]
    exact += [(f"paragraphs[{i}]", p.text, p.span) for i, p in enumerate(article.paragraphs)]
    if article.dateline is not None:
        exact.append(("dateline", article.dateline.text, article.dateline.span))
    problems.extend(
        f"{path}: text {value[:40]!r} is not its span's {collapse(span.slice(text))[:40]!r}"
        for path, value, span in exact
        if value != collapse(span.slice(text))
    )
    loose: list[tuple[str, str, Span]] = []
    for i, a in enumerate(article.attributions):
        loose.append((f"attributions[{i}].cue", a.cue, a.cue_span))
        if a.source is not None and a.source_span is not None:
            loose.append((f"attributions[{i}].source", a.source, a.source_span))
    problems.extend(
        f"{path}: {value[:40]!r} is not its span's {span.slice(text)[:40]!r}"
        for path, value, span in loose
        if _unbracketed(value) != _unbracketed(span.slice(text))
    )
    return problems


def _round_trip(article: Article) -> list[str]:
    """Whether the article survives ``from_json(to_json(...))``."""
    if from_json(to_json(article)) != article:
        return ["$: the JSON round trip changed the article"]
    return []


def violations(text: str, article: Article) -> list[str]:
    """Every way *article* breaks the parse contract for *text*; ``[]`` when it keeps it.

    Args:
        text: The text given to :func:`newsdoc.parse`.
        article: What it returned.

    Returns:
        One ``"path: problem"`` line per violation.
    """
    problems = _bounds(text, article)
    if problems:
        return problems
    return [*_coverage(text, article), *_texts(text, article), *_round_trip(article)]
