"""A page's blocks joined into one text, so that a sign is looked for once per page.

A page holds a few hundred short blocks; searching each costs a call per block,
searching the page costs one call per sign, each hit then mapped back to its
block. The blocks are joined by line breaks: no block text holds one (see
:mod:`.blocks`), and no sign looked for may hold one either, so no hit spans
two blocks.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Sequence

__all__ = ["JoinedPage"]

_JOIN = "\n"
"""What the blocks are joined with."""


class JoinedPage:
    """Some blocks of a page joined into one text, each opening with a line break."""

    __slots__ = ("_starts", "text")

    def __init__(self, texts: Sequence[str]) -> None:
        """Join *texts*, each after a line break.

        Args:
            texts: The blocks' texts (folded, if the signs are).
        """
        self.text = _JOIN + _JOIN.join(texts) if texts else ""
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
        text, starts = self.text, self._starts
        last = len(starts) - 1
        if last < 0:
            return found
        for needle in needles:
            at = text.find(needle)
            while at >= 0:
                block = bisect_right(starts, at) - 1
                found.add(block)
                at = text.find(needle, starts[block + 1]) if block < last else -1
        return found

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """Return the blocks where a match of *pattern* starts (its line break included).

        Args:
            pattern: A pattern whose matches never hold a line break but maybe the first.

        Returns:
            The indices of the blocks.
        """
        return {self.block_at(m.start()) for m in pattern.finditer(self.text)}
