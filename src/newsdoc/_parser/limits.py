"""The input size limit: how much of a text is parsed, and what becomes of the rest.

:func:`newsdoc.parse` reads at most ``max_chars`` characters (by default
:data:`MAX_CHARS`, a million: a few hundred times a long article). A longer
text is cut at the last line break before the limit (at the last space when
that line break is too far back, at the limit itself when there is none);
the part before the cut is parsed as usual, and the rest is kept, unparsed,
as ONE :attr:`~newsdoc.BlockRole.BOILERPLATE` block, with an
``input-truncated`` diagnostic whose span is that block's. So every
non-whitespace character still belongs to exactly one block, and the time
and memory a parse takes stay bounded by the limit, whatever the input.
"""

from __future__ import annotations

from typing import Final

import attrs

from newsdoc._parser._text import collapse, trim
from newsdoc.model import Block, BlockRole, Diagnostic, Span

__all__ = ["MAX_CHARS", "Cut", "cut_at_limit"]

MAX_CHARS: Final = 1_000_000
"""How many characters :func:`newsdoc.parse` reads by default."""

_LINE_BREAKS: Final = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BACKTRACK: Final = 10_000
"""How far before the limit a line break (or else a space) may stand to cut there."""


@attrs.frozen(kw_only=True)
class Cut:
    """Where a text is cut, and the block and diagnostic that keep the rest."""

    end: int
    """The parsed part is ``text[:end]``."""
    block: Block | None
    """The rest, unparsed, as one boilerplate block; ``None`` when it is blank."""
    diagnostic: Diagnostic
    """The ``input-truncated`` diagnostic."""


def _cut_position(text: str, limit: int) -> int:
    """The last line break before *limit*, else the last space, else *limit* itself.

    Rule: a line break or a space counts only within :data:`_BACKTRACK`
    characters of the limit.
    """
    floor = max(0, limit - _BACKTRACK)
    for chars in (_LINE_BREAKS, " \t"):
        position = max(text.rfind(c, floor, limit) for c in chars)
        if position > 0:
            return position
    return limit


def cut_at_limit(text: str, max_chars: int | None) -> Cut | None:
    """Decide where to cut *text* so that at most *max_chars* characters are parsed.

    Args:
        text: The whole input.
        max_chars: The limit; ``None`` for none.

    Returns:
        ``None`` when the text is within the limit, else the cut.
    """
    if max_chars is None or len(text) <= max_chars:
        return None
    end = _cut_position(text, max(0, max_chars))
    start, stop = trim(text, end, len(text))
    block = None
    if stop > start:
        block = Block(
            role=BlockRole.BOILERPLATE,
            text=collapse(text[start:stop]),
            span=Span(start=start, end=stop),
        )
    message = (
        f"the text has {len(text)} characters, more than the limit of {max_chars}: "
        f"the first {end} were parsed and the rest is kept unparsed as one boilerplate block"
    )
    span = Span(start=start, end=stop) if block else Span(start=end, end=len(text))
    return Cut(
        end=end,
        block=block,
        diagnostic=Diagnostic(code="input-truncated", message=message, span=span),
    )
