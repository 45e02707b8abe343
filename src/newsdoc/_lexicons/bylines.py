"""Words of bylines: what opens one, what ends the names in it, what joins them.

Keyed by language code where the words depend on the language; the parser
reads every language at once, so a byline is read whatever the article's
language.

* :data:`BYLINE_PREFIXES` -- the word that opens a byline ("By", "Por", "Von").
* :data:`BYLINE_STOPS` -- words that end the names in a byline ("By Jane Doe
  Updated ...", "By Jane Doe On 11/13/19"): never part of a person's name.
* :data:`NAME_JOINERS` -- words that join two names ("and", "y", "und").
* :data:`NAME_PARTICLES` -- lowercase words inside names ("de", "van", "bin").
* :data:`DESK_WORDS` -- words that make a byline part an organisation, a desk
  or a job title rather than a person ("Staff", "News", "Correspondent");
  agency names come from :data:`newsdoc._lexicons.credits.AGENCIES`.
* :data:`PLACE_WORDS` -- prepositions that open a place after a name ("Jane
  Doe in Washington").
"""

from __future__ import annotations

__all__ = [
    "BYLINE_PREFIXES",
    "BYLINE_STOPS",
    "DESK_WORDS",
    "NAME_JOINERS",
    "NAME_PARTICLES",
    "PLACE_WORDS",
]

BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("by", "words by", "written by", "reporting by", "story by", "posted by"),
    "de": ("von",),
    "es": ("por",),
    "fr": ("par",),
    "id": ("oleh", "penulis"),
    "pt": ("por",),
    "ru": ("автор", "текст"),
}
"""Words opening a byline, per language (casefolded, without the colon)."""

BYLINE_STOPS: dict[str, tuple[str, ...]] = {
    "en": (
        "on",
        "updated",
        "published",
        "posted",
        "last",
        "at",
        "for",
        "from",
        "with",
        "via",
        "is",
        "the",
        "and",
        "edited",
        "photos",
        "photographs",
        "video",
        "special",
        "senior",
        "contributing",
        "staff",
        "chief",
        "editor",
        "follow",
        "email",
        "more",
        "about",
    ),
    "de": ("am", "aktualisiert", "veröffentlicht", "um", "für"),
    "es": ("el", "actualizado", "publicado", "para", "desde"),
    "fr": ("le", "mis", "publié", "pour"),
    "id": ("pada", "diperbarui", "untuk"),
    "pt": ("em", "atualizado", "publicado", "para"),
    "ru": ("обновлено", "опубликовано"),
}
"""Words that end the names in a byline, per language (casefolded)."""

NAME_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and",),
    "de": ("und",),
    "es": ("y",),
    "fr": ("et",),
    "id": ("dan",),
    "it": ("e",),
    "pt": ("e",),
    "ru": ("и",),
}
"""Words that join two names in a byline, per language (as written, lowercase)."""

NAME_PARTICLES: tuple[str, ...] = (
    "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter",
    "le", "la", "du", "bin", "binti", "al", "el", "ibn", "y", "e",
)  # fmt: skip
"""Lowercase words that may stand inside a person's name ("Juan de la Cruz")."""

DESK_WORDS: tuple[str, ...] = (
    "news", "press", "agency", "agencies", "staff", "desk", "report", "reports", "media",
    "times", "post", "sport", "sports", "business", "politics", "wire", "service",
    "editorial", "editor", "editors", "team", "online", "daily", "magazine", "journal",
    "contributor", "correspondent", "writer", "reporter", "columnist", "admin", "inc", "ltd",
    "llc", "group", "network", "tv", "radio", "world", "international", "national", "local",
    "associated", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "upi", "dpa",
)  # fmt: skip
"""Words (casefolded) that make a byline part an organisation, a desk or a job title."""

PLACE_WORDS: tuple[str, ...] = ("in", "at", "en", "em", "aus", "à", "di", "для")
"""Prepositions that open a place after a name ("Jane Doe in Washington")."""
