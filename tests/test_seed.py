"""The founding example, built by hand in ``examples/build_seed.py``, holds together."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsdoc
from newsdoc import Article, Span

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The team's shared corpus sits beside the repository (or beside its worktrees).
SHARED_SEED = next(
    (
        seed
        for seed in (
            base / "shared" / "corpus" / "seed" for base in (ROOT.parent, ROOT.parent.parent)
        )
        if seed.is_dir()
    ),
    ROOT / "shared-corpus-not-found",
)


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_seed", EXAMPLES / "build_seed.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXAMPLE = load_example()
TEXT = (EXAMPLES / "turkiye-s400.txt").read_text(encoding="utf-8")
build_seed_article: Callable[[str], Article] = EXAMPLE.build_seed_article


@pytest.fixture(scope="module")
def article() -> Article:
    return build_seed_article(TEXT)


def collapse(text: str) -> str:
    return " ".join(text.split())


def test_seed_round_trips_through_json(article: Article) -> None:
    assert newsdoc.from_json(newsdoc.to_json(article)) == article
    assert newsdoc.from_json(newsdoc.to_json(article, indent=2), strict=True) == article
    assert newsdoc.from_dict(json.loads(newsdoc.to_json(article))) == article


def test_seed_fields(article: Article) -> None:
    assert article.headline == "Turkiye could buy 2nd S-400 unit from Russia: Defence Industries"
    assert article.published == dt.date(2022, 4, 27)
    assert article.language == "en"
    assert article.authors == ()
    assert len(article.paragraphs) == 6
    assert len(article.attributions) == 7
    (caption,) = article.captions
    assert caption.location == "UNKNOWN LOCATION, BELARUS"
    assert caption.date == dt.date(2022, 2, 9)
    assert len(caption.restrictions) == 4
    assert caption.credit is not None
    assert caption.credit.photographer == "Belarus Defense Ministruy"
    assert caption.credit.agency == "Anadolu Agency"
    assert caption.credit.text == "Belarus Defense Ministruy - Anadolu Agency"


def test_seed_spans_point_at_their_text(article: Article) -> None:
    for paragraph in article.paragraphs:
        assert collapse(paragraph.span.slice(TEXT)) == paragraph.text
    for block in article.blocks:
        assert collapse(block.span.slice(TEXT)) == block.text
    for attribution in article.attributions:
        assert attribution.cue_span.slice(TEXT) == attribution.cue
        assert attribution.source_span is not None
        assert attribution.source_span.slice(TEXT) == attribution.source
        assert " ".join(s.slice(TEXT) for s in attribution.content_spans) == (
            attribution.content or ""
        )
    (caption,) = article.captions
    assert caption.text in caption.span.slice(TEXT)


def test_seed_attributions_are_ordered_and_near_their_cue(article: Article) -> None:
    cues = [a.cue_span for a in article.attributions]
    assert cues == sorted(cues)
    regions = [p.span for p in article.paragraphs] + [c.span for c in article.captions]
    for attribution in article.attributions:
        spans: list[Span] = [attribution.cue_span, *attribution.content_spans]
        if attribution.source_span is not None:
            spans.append(attribution.source_span)
        assert any(all(r.contains(s) for s in spans) for r in regions)


def test_seed_blocks_account_for_every_character(article: Article) -> None:
    covered = [False] * len(TEXT)
    for block in article.blocks:
        for i in range(block.span.start, block.span.end):
            assert not covered[i], "blocks overlap"
            covered[i] = True
    assert all(covered[i] or TEXT[i].isspace() for i in range(len(TEXT)))
    assert [b.text for b in article.boilerplate] == [
        "date 2022-04-27 Portuguese / Spanish / English"
    ]


def test_example_prints_the_json(capsys: pytest.CaptureFixture[str], article: Article) -> None:
    EXAMPLE.main()
    assert newsdoc.from_json(capsys.readouterr().out) == article


needs_shared = pytest.mark.skipif(
    not SHARED_SEED.is_dir(), reason="the shared corpus is not available"
)


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    """The gold annotation of the seed in the shared corpus."""
    data: dict[str, Any] = json.loads((SHARED_SEED / "turkiye-s400.json").read_text("utf-8"))
    return data


@needs_shared
def test_bundled_text_is_the_seed() -> None:
    assert (SHARED_SEED / "turkiye-s400.txt").read_text(encoding="utf-8") == TEXT


@needs_shared
def test_fields_agree_with_gold(article: Article, gold: dict[str, Any]) -> None:
    assert article.headline == gold["headline"]
    assert article.published is not None
    assert article.published.isoformat() == gold["published"]
    assert list(article.authors) == gold["authors"]
    assert article.language == gold["language"]
    assert article.body == gold["body"]


@needs_shared
def test_captions_agree_with_gold(article: Article, gold: dict[str, Any]) -> None:
    captions = [
        {
            "text": c.text,
            "location": c.location,
            "date": c.date and c.date.isoformat(),
            "restrictions": list(c.restrictions),
            "credit": c.credit and c.credit.text,
        }
        for c in article.captions
    ]
    assert captions == gold["captions"]


@needs_shared
def test_attributions_agree_with_gold(article: Article, gold: dict[str, Any]) -> None:
    (caption,) = article.captions
    found = sorted(
        (a.source, a.cue, a.content, caption.span.contains(a.cue_span))
        for a in article.attributions
    )
    expected = sorted(
        (g["source"], g["cue"], g["content"], g["in_caption"]) for g in gold["attributions"]
    )
    assert found == expected
