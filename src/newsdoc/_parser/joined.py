"""A page's blocks joined into one text, so that a sign is looked for once per page.

A page holds a few hundred short blocks; searching each costs a call per block,
searching the page costs one call per sign, each hit then mapped back to its
block. The blocks are joined by line breaks, which no sign looked for holds, so
no hit spans two blocks (block texts hold none either, see :mod:`.blocks`; one
that did would only add hits of signs opening with a line break). A long text
is joined a piece at a time, so that the joined copy stays small.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["JoinedPage", "joined_pieces"]

_JOIN = "\n"
"""What the blocks are joined with."""
_PIECE_CHARS = 1 << 14
"""How many characters of blocks are joined at most into one piece (a block longer joins alone)."""


def joined_pieces(
    texts: Sequence[str], indices: Sequence[int]
) -> Iterator[tuple[JoinedPage, Sequence[int]]]:
    """Join the blocks *indices* of *texts*, in order, a piece of the page at a time.

    Args:
        texts: The texts of a page's blocks.
        indices: Which of them to join.

    Yields:
        Each joined piece, with the indices (into *texts*) of its blocks.
    """
    ends = list(accumulate(len(texts[i]) + 1 for i in indices))
    first = 0
    while first < len(indices):
        before = ends[first - 1] if first else 0
        last = max(first + 1, bisect_right(ends, before + _PIECE_CHARS, first))
        piece = indices[first:last]
        yield JoinedPage([texts[i] for i in piece]), piece
        first = last


class JoinedPage:
    """Some blocks of a page joined into one text, each opening with a line break."""

    __slots__ = ("_starts", "text")

    def __init__(self, texts: Sequence[str]) -> None:
        """Join *texts*, each after a line break.

        Args:
            texts: The blocks' texts (folded, if the signs are).
        """
        self.text = _JOIN.join(["", *texts]) if texts else ""
        """The joined text."""
        # where each block starts in the joined text: at the line break before it
        self._starts = (
            list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0)) if texts else []
        )

    def block_at(self, offset: int) -> int:
        """Return the index of the block at *offset* of :attr:`text` (its line break included).

        Args:
            offset: An offset into :attr:`text`.

        Returns:
            The block's index among the joined texts.
        """
        return bisect_right(self._starts, offset) - 1

    def holding(self, needles: Iterable[str]) -> set[int]:
        """Return the blocks that hold one of *needles* (non-empty strings without line breaks).

        A needle is looked for once per block: after a hit, its search goes on at the next block.

        Args:
            needles: The strings looked for.

        Returns:
            The indices of the blocks holding one.
        """
        found: set[int] = set()
        for needle in needles:
            at = self.text.find(needle)
            while at >= 0:
                at = self._next_block(at, found)
                at = self.text.find(needle, at) if at >= 0 else -1
        return found

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """Return the blocks where a match of *pattern* starts (its line break included).

        A block is searched until its first match: the search goes on at the next block.

        Args:
            pattern: A pattern whose matches never hold a line break but maybe the first.

        Returns:
            The indices of the blocks.
        """
        found: set[int] = set()
        match = pattern.search(self.text)
        while match is not None:
            at = self._next_block(match.start(), found)
            match = pattern.search(self.text, at) if at >= 0 else None
        return found

    def _next_block(self, hit: int, found: set[int]) -> int:
        """Add the block at *hit* to *found*; return where the next block starts (-1: none)."""
        block = bisect_right(self._starts, hit) - 1
        found.add(block)
        return self._starts[block + 1] if block + 1 < len(self._starts) else -1
