# ruff: noqa: INP001 -- an example script, not part of a package
"""Build the founding example by hand, round-trip it through JSON and print it.

The text is ``turkiye-s400.txt`` next to this file: a news page with page
chrome, a headline, a date line, a Getty/Anadolu-style photo caption and six
paragraphs. :func:`build_seed_article` builds, field by field, the
:class:`newsdoc.Article` that a correct parse of it holds, every span found in
the text. Run it with::

    python examples/build_seed.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    BlockRole,
    Caption,
    Credit,
    Diagnostic,
    Paragraph,
    Span,
)

__all__ = ["SEED_TEXT", "build_seed_article", "main"]

SEED_TEXT = Path(__file__).with_name("turkiye-s400.txt")
"""The seed text bundled with the examples."""


class _Finder:
    """Find fragments of the text in reading order, so repeated words get the right span."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, fragment: str, *, after: Span | None = None) -> Span:
        """Return the span of the first *fragment* at or after the end of *after*."""
        start = self.text.index(fragment, 0 if after is None else after.start)
        return Span(start=start, end=start + len(fragment))

    def line(self, fragment: str) -> Span:
        """Return the span of the whole (trimmed) line that starts with *fragment*."""
        start = self.text.index(fragment)
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        return Span(start=start, end=len(self.text[start:end].rstrip()) + start)


def build_seed_article(text: str) -> Article:
    """Build the article of the seed text by hand.

    Args:
        text: The content of ``turkiye-s400.txt``.

    Returns:
        The article a correct parse of *text* holds.
    """
    find = _Finder(text)
    chrome = find.line("date 2022-04-27")
    headline = find.line("Turkiye could buy")
    date_line = find.line("April 27, 2022")
    caption_line = find.line("UNKNOWN LOCATION")
    paragraph_spans = [
        find.line(start)
        for start in (
            "Turkiye could acquire",
            "According to the report",
            "Ankara signed",
            "Last week",
            "In 2002",
            "The US does not agree",
        )
    ]
    paragraphs = [Paragraph(text=s.slice(text), span=s) for s in paragraph_spans]

    description = find.span("S-400 and Pantsir-S", after=caption_line)
    description = Span(
        start=description.start,
        end=find.span("in the exercise.", after=caption_line).end,
    )
    credit_text = "Belarus Defense Ministruy - Anadolu Agency"
    caption = Caption(
        text=description.slice(text),
        span=caption_line,
        location="UNKNOWN LOCATION, BELARUS",
        date=dt.date(2022, 2, 9),
        restrictions=(
            "EDITORIAL USE ONLY",
            'MANDATORY CREDIT - "BELARUS DEFENSE MINISTRY / HANDOUT"',
            "NO MARKETING NO ADVERTISING CAMPAIGNS",
            "DISTRIBUTED AS A SERVICE TO CLIENTS",
        ),
        credit=Credit(
            text=credit_text,
            photographer="Belarus Defense Ministruy",
            agency="Anadolu Agency",
        ),
    )

    def attribution(
        region: Span, source: str, cue: str, content: str | None, *, source_from: str = ""
    ) -> Attribution:
        """Attribute *content* to *source* with *cue*, all found inside *region*.

        The source is looked for from *source_from* on, when the same words come earlier.
        """
        source_span = find.span(source, after=find.span(source_from, after=region))
        cue_span = find.span(cue, after=region)
        return Attribution(
            source=source,
            source_span=source_span,
            cue=cue,
            cue_span=cue_span,
            content=content,
            content_spans=() if content is None else (find.span(content, after=region),),
            kind=AttributionKind.INDIRECT,
        )

    first, second, _, fourth, _, sixth = paragraph_spans
    attributions = (
        attribution(
            description,
            "the Belarusian Ministry of Defense",
            "According to",
            'the joint military exercise "Allied Resolve 2022" will take place from February 10-20',
        ),
        attribution(
            first,
            "the head of the country's top defence body",
            "said",
            "Turkiye could acquire the second part of the S-400 air defence system from Russia",
        ),
        attribution(first, "Turkish national broadcaster, TRT", "reports", None),
        attribution(
            second,
            "the report",
            "According to",
            "Ismail Demir, chairperson of the Presidency of Defence Industries (SSB) said"
            " the purchasing of the second batch of the Russian-made system was on the"
            " table from the very beginning",
        ),
        attribution(
            second,
            "Ismail Demir, chairperson of the Presidency of Defence Industries (SSB)",
            "said",
            "the purchasing of the second batch of the Russian-made system was on the"
            " table from the very beginning",
        ),
        attribution(
            fourth,
            "Turkiye",
            "announced",
            "his country has no plans to abandon the Russian S-400 defence system,"
            " in return for the US- made F-35 programme",
        ),
        attribution(
            sixth,
            "Turkiye",
            "insists",
            "the S-400 would not be integrated into NATO systems and would not pose"
            " a threat to the alliance",
            source_from="However",
        ),
    )

    blocks = (
        Block(role=BlockRole.BOILERPLATE, text=chrome.slice(text), span=chrome),
        Block(role=BlockRole.HEADLINE, text=headline.slice(text), span=headline),
        Block(role=BlockRole.DATE, text=date_line.slice(text), span=date_line),
        Block(role=BlockRole.CAPTION, text=caption_line.slice(text), span=caption_line),
        *(Block(role=BlockRole.PARAGRAPH, text=p.text, span=p.span) for p in paragraphs),
    )
    return Article(
        headline=headline.slice(text),
        published=dt.date(2022, 4, 27),
        language="en",
        paragraphs=paragraphs,
        captions=(caption,),
        attributions=sorted(attributions, key=lambda a: a.cue_span),
        blocks=blocks,
        diagnostics=(
            Diagnostic(
                code="date-year-inferred",
                message="caption date 'FEBRUARY 09' has no year; took 2022 from the article",
                span=find.span("FEBRUARY 09"),
            ),
        ),
    )


def main() -> None:
    """Build the seed article, serialize it, load it back and print its JSON."""
    article = build_seed_article(SEED_TEXT.read_text(encoding="utf-8"))
    document = newsdoc.to_json(article, indent=2)
    if newsdoc.from_json(document) != article:  # pragma: no cover - the round trip is lossless
        msg = "the JSON round trip changed the article"
        raise SystemExit(msg)
    print(document)  # noqa: T201 -- printing the JSON is this script's job


if __name__ == "__main__":
    main()
