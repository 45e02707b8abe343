"""The typed document model: immutable values that a parse produces.

Every class here is an ``attrs`` frozen, slotted, keyword-only class; every
sequence is a :class:`tuple`, so all values are hashable and picklable and can
cross process boundaries unchanged. Copies are made with :func:`attrs.evolve`.
A parse makes the small records (spans, blocks, attributions, ...) by the
thousand, so they carry no ``__weakref__`` slot (8 bytes each, an eighth of a
span); an :class:`Article` may be weakly referenced.

Offsets (:class:`Span`) are half-open character offsets into the ``str`` that
was given to :func:`newsdoc.parse`. Text fields hold the source's own
characters, trimmed of surrounding whitespace and brackets, with runs of
whitespace inside collapsed to one space; nothing is rewritten.

Nothing read from the input is dropped: :attr:`Article.blocks` lists every
top-level block of the input (headline, date line, byline, paragraph, caption,
page chrome, ...) in reading order, each with its :class:`BlockRole`, its text
and its span, so every non-whitespace input character belongs to exactly one
block.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 -- cattrs resolves the annotations at runtime
import enum
import operator
from typing import TYPE_CHECKING, Any, Final, SupportsIndex, TypeVar

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "BlockRole",
    "Caption",
    "Credit",
    "Dateline",
    "Diagnostic",
    "Paragraph",
    "Span",
]


def _check_span(instance: Span, _attribute: attrs.Attribute[int], end: int) -> None:
    """Check both offsets of a span at once (one validator call: spans are many).

    The checks and their order are those of one validator per rule: start
    ``>= 0``, then end ``>= 0``, then end ``>= start``.
    """
    start = instance.start
    if start < 0:
        msg = f"start must be >= 0, got {start}"
        raise ValueError(msg)
    if end < 0:
        msg = f"end must be >= 0, got {end}"
        raise ValueError(msg)
    if end < start:
        msg = f"end ({end}) must be >= start ({start})"
        raise ValueError(msg)


# One converter per element type: mypy's attrs plugin types ``__init__`` from
# the converter's argument, and a generic ``tuple`` would leave it unsolved.
def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _paragraphs(items: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(items)


def _captions(items: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(items)


def _attributions(items: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(items)


def _blocks(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


def _diagnostics(items: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(items)


# Pickling. attrs pickles a slotted record as its class and a dict of its fields,
# set back one by one by a Python __setstate__; parse_many ships every article
# between processes that way, ~430 records each. Instead a record pickles as a
# call that rebuilds it from its field values, without __init__ (as unpickling
# always has: no validators run), and a block or paragraph carries its span's
# offsets inline: half the bytes, 2x faster both ways. A subclass, or a block
# whose span is not a Span, pickles the default way.

_R = TypeVar("_R")


def _reduce_ex(self: object, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    cls = type(self)
    values = _VALUES.get(cls)
    if values is None:
        return object.__reduce_ex__(self, protocol)
    return _rebuild, (cls, *values(self))


def _reduce_span(self: Span, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    if type(self) is not Span:
        return object.__reduce_ex__(self, protocol)
    return valid_span, (self.start, self.end)


def _reduce_block(self: Block, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    span = self.span
    if type(self) is not Block or type(span) is not Span:
        return _reduce_ex(self, protocol)
    return _block, (self.role, self.text, span.start, span.end)


def _reduce_paragraph(self: Paragraph, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    span = self.span
    if type(self) is not Paragraph or type(span) is not Span:
        return _reduce_ex(self, protocol)
    return _paragraph, (self.text, span.start, span.end)


def _rebuild(cls: type[_R], *values: object) -> _R:
    """Make a record of *cls* with these field values (in field order), as unpickling does."""
    record: _R = _NEW(cls)
    for set_field, value in zip(_SETTERS[cls], values, strict=True):
        set_field(record, value)
    return record


def valid_span(start: int, end: int) -> Span:
    """Return ``Span(start=start, end=end)`` for offsets known valid (``0 <= start <= end``).

    Built without running the validators again, as unpickling builds records:
    for newsdoc's own parser and readers, which make spans by the hundred from
    offsets they have already checked. Not part of the public API.
    """
    span: Span = _NEW(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def _block(role: BlockRole, text: str, start: int, end: int) -> Block:
    span = valid_span(start, end)
    block: Block = _NEW(Block)
    _SET_ROLE(block, role)
    _SET_BLOCK_TEXT(block, text)
    _SET_BLOCK_SPAN(block, span)
    return block


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    paragraph: Paragraph = _NEW(Paragraph)
    _SET_PARAGRAPH_TEXT(paragraph, text)
    _SET_PARAGRAPH_SPAN(paragraph, valid_span(start, end))
    return paragraph


@attrs.frozen(kw_only=True, weakref_slot=False, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the parsed text.

    ``text[span.start:span.end]`` is the field the span belongs to, up to
    trimming and whitespace collapsing. Spans order by ``(start, end)``.
    """

    start: int
    """Offset of the first character; never negative."""
    end: int = attrs.field(validator=_check_span)
    """Offset one past the last character; never less than :attr:`start`."""

    def slice(self, text: str) -> str:
        """Return the characters of *text* that this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Return whether *other* lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    __reduce_ex__ = _reduce_span


class BlockRole(enum.Enum):
    """What a top-level block of the input is. Values are the wire format."""

    HEADLINE = "headline"
    """The article's title."""
    STANDFIRST = "standfirst"
    """The summary or dek shown under the headline."""
    BYLINE = "byline"
    """The line naming the authors ("By Jane Doe")."""
    DATE = "date"
    """A line that carries the publication date."""
    DATELINE = "dateline"
    """A wire dateline standing on its own line ("WASHINGTON (Reuters) -")."""
    PARAGRAPH = "paragraph"
    """A paragraph of the article body (list items and subheadings included)."""
    CAPTION = "caption"
    """A photo, video or graphic caption, or a credit line on its own."""
    BOILERPLATE = "boilerplate"
    """Page chrome: navigation, share prompts, related links, footers, ads, ..."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Block:
    """One top-level block of the input, in reading order."""

    role: BlockRole
    """What the block is."""
    text: str
    """The block's text, whitespace collapsed."""
    span: Span
    """Where the block stands in the input."""

    __reduce_ex__ = _reduce_block


@attrs.frozen(kw_only=True, weakref_slot=False)
class Paragraph:
    """A paragraph of the article body."""

    text: str
    """The paragraph's text, hard wraps unwrapped and whitespace collapsed."""
    span: Span
    """Where the paragraph stands in the input."""

    __reduce_ex__ = _reduce_paragraph


@attrs.frozen(kw_only=True, weakref_slot=False)
class Credit:
    """The credit line of a picture, as written, and who it names."""

    text: str
    """The credit as written, without enclosing brackets or a leading label
    such as ``Photo:`` ("Photo by Jane Doe/Getty Images", "AP Photo/John Roe")."""
    photographer: str | None = None
    """The person credited, when the credit names one."""
    agency: str | None = None
    """The agency or publisher credited ("Getty Images", "AP", "Anadolu Agency")."""

    __reduce_ex__ = _reduce_ex


@attrs.frozen(kw_only=True, weakref_slot=False)
class Caption:
    """A photo, video or graphic caption.

    Getty-style captions read ``LOCATION - DATE: (RESTRICTIONS) description
    (CREDIT)``; each part is a field here.
    """

    text: str
    """The description only; ``""`` when the caption is only a credit."""
    span: Span
    """Where the whole caption stands in the input."""
    location: str | None = None
    """The place from a leading ``LOCATION - DATE:`` prefix, as written."""
    date: dt.date | None = None
    """The date from that prefix, its year taken from context when not written."""
    restrictions: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Usage restrictions as written ("EDITORIAL USE ONLY", "NO SALES"), one per phrase."""
    credit: Credit | None = None
    """The picture credit, when there is one."""

    __reduce_ex__ = _reduce_ex


@attrs.frozen(kw_only=True, weakref_slot=False)
class Dateline:
    """A wire dateline opening the story: "WASHINGTON, April 27 (Reuters) -"."""

    text: str
    """The dateline as written, including its closing dash."""
    span: Span
    """Where the dateline stands in the input."""
    location: str | None = None
    """The place ("WASHINGTON", "MADRID")."""
    agency: str | None = None
    """The agency named in it ("Reuters", "AA", "EFE")."""
    date: dt.date | None = None
    """The date written in it, with the year taken from context when missing."""

    __reduce_ex__ = _reduce_ex


class AttributionKind(enum.Enum):
    """How content is attributed, after the PARC typology. Values are the wire format."""

    DIRECT = "direct"
    """A verbatim quotation: ``"We will win," she said.``"""
    INDIRECT = "indirect"
    """Reported speech or a paraphrase: ``She said they would win.``"""
    MIXED = "mixed"
    """Reported speech with a quoted part: ``She said they would "surely win".``"""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Attribution:
    """Who said (or reported, or wrote) what: a PARC-style attribution relation."""

    cue: str
    """The attributing words ("said", "according to", "told", "dijo", "segundo")."""
    cue_span: Span
    """Where the cue stands in the input."""
    kind: AttributionKind
    """Direct, indirect or mixed."""
    source: str | None = None
    """Who is attributed, as written (a name, a description, a pronoun), or ``None``."""
    source_span: Span | None = None
    """Where the source stands in the input; ``None`` exactly when :attr:`source` is."""
    content: str | None = None
    """What is attributed, without enclosing quotation marks; its pieces joined by a space."""
    content_spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    """Where each piece of the content stands; a quote broken by its cue has two."""
    resolved_source: str | None = None
    """The named source a pronoun source refers to, when it could be resolved
    within the paragraph; :attr:`source` always keeps what was written."""

    __reduce_ex__ = _reduce_ex


@attrs.frozen(kw_only=True, weakref_slot=False)
class Diagnostic:
    """Something the parser guessed or could not read, and where.

    The tolerant parser's answer to malformed input: a parse never raises;
    instead, what it had to guess is recorded here.
    """

    code: str
    """A stable, machine-readable code, such as ``"date-year-inferred"``."""
    message: str
    """A human-readable explanation."""
    span: Span | None = None
    """Where in the input the problem lies, when it lies somewhere."""

    __reduce_ex__ = _reduce_ex


@attrs.frozen(kw_only=True)
class Article:
    """A news article: what :func:`newsdoc.parse` returns.

    Every field holds a value read from the input; :attr:`blocks` keeps every
    top-level block of the input with its role, so nothing is lost.
    """

    headline: str | None = None
    """The article's title as displayed."""
    published: dt.date | dt.datetime | None = None
    """The publication date; a :class:`~datetime.datetime` when a time is written."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Person names from the byline, as written; agencies and desks are left out."""
    language: str | None = None
    """The BCP 47 language tag of the text ("en", "es", "pt"), or ``None`` when unknown."""
    standfirst: str | None = None
    """The summary or dek under the headline."""
    dateline: Dateline | None = None
    """The wire dateline opening the story."""
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    """The body paragraphs in reading order."""
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions)
    """Every caption in the input, in reading order. Captions are never body."""
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=_attributions)
    """Who said what, in the body and the captions, ordered by cue position."""
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    """Every top-level block of the input, in reading order, with its role."""
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    """What the parser guessed or could not read."""

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        """The page chrome that was set aside (blocks of role ``BOILERPLATE``)."""
        return tuple(b for b in self.blocks if b.role is BlockRole.BOILERPLATE)

    @property
    def body(self) -> str:
        """The body text: the paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    __reduce_ex__ = _reduce_ex


RECORDS: Final = (
    Article,
    Attribution,
    Block,
    Caption,
    Credit,
    Dateline,
    Diagnostic,
    Paragraph,
    Span,
)
"""Every record type of the model (internal: the readers and the pickling hooks walk it)."""
_NEW: Final = object.__new__
_SETTERS: Final[dict[type, tuple[Callable[[Any, Any], None], ...]]] = {
    cls: tuple(getattr(cls, field.name).__set__ for field in attrs.fields(cls)) for cls in RECORDS
}
"""The slot descriptors' setters of each record type, in field order."""
_VALUES: Final[dict[type, Callable[[Any], tuple[Any, ...]]]] = {
    cls: operator.attrgetter(*(field.name for field in attrs.fields(cls))) for cls in RECORDS
}
"""Each record type's field values, in field order (every record has two fields or more)."""
_SET_START, _SET_END = _SETTERS[Span]
_SET_ROLE, _SET_BLOCK_TEXT, _SET_BLOCK_SPAN = _SETTERS[Block]
_SET_PARAGRAPH_TEXT, _SET_PARAGRAPH_SPAN = _SETTERS[Paragraph]
