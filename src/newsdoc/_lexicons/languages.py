"""Language-identification data: frequent function words and writing systems.

:data:`STOP_WORDS` holds, per language written in Latin script, its most frequent
short function words (casefolded). Words shared by several languages ("de",
"que", "a") are listed in each: they count for all of them, so the distinctive
ones decide. :data:`SCRIPTS` maps a Unicode script to the language its text
is taken to be in when that script dominates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["CYRILLIC_MARKERS", "SCRIPTS", "STOP_WORDS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS: Mapping[str, frozenset[str]] = {
    "en": _words(
        "the of and to in is that for it was on with as he she at by this be from "
        "are have has had not but or an they which you his her their were been will "
        "would there what about who said after also more its than when into we our "
        "new could can one all up out over these them"
    ),
    "es": _words(
        "el la los las de del y en que se por con para una un es su sus al lo como más "
        "pero ya este esta fue ha han también sobre entre cuando muy sin hasta hay donde "
        "desde todo nos durante le les ni contra ese eso ante ellos esto antes según "
        "dijo son está están era tras porque mientras aunque cual así uno o"
    ),
    "pt": _words(
        "o a os as de do da dos das e em no na nos nas um uma para com não mais foi pelo "
        "pela ao à às seu sua seus suas ou quando muito também já está isso ele ela eles "
        "são tem como mas que se entre sobre disse até depois pode ser há essa esse este "
        "esta onde pelos pelas era então ainda"
    ),
    "de": _words(
        "der die das und in den von zu mit ist im dem nicht ein eine sich auf für des "
        "auch als an es bei aus wie noch nach einen einer so wird werden hat sind über "
        "oder aber vor zum zur haben wurde dass sie er wir ich um"
    ),
    "fr": _words(
        "le la les de des du et en un une est que qui dans pour pas sur au aux par plus "
        "ce cette il elle ils sont avec se ne son sa ses ont été mais comme ou leur "
        "nous vous tout aussi être a été"
    ),
    "it": _words(
        "il lo la gli le di del della dei delle e è che in un una per con non si da al "
        "alla nel nella sono anche più ma come questo questa ha hanno stato era dalla "
        "degli sul sulla ci perché tra dopo"
    ),
    "id": _words(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada "
        "oleh adalah sudah bisa saat lebih tersebut mereka kami kita atau telah hanya "
        "seperti bahwa menjadi belum kata"
    ),
    "nl": _words(
        "de het een en van in is dat op te zijn voor met niet aan er ook als bij door "
        "maar om dan nog wordt werd naar uit hij zij ze wat deze dit heeft"
    ),
    "ca": _words(
        "el la els les de del dels i que a per amb és un una al als es va van no més com "
        "però seu seva aquest aquesta també ha han són fins quan hi li ho sobre entre"
    ),
    "gl": _words(
        "o a os as de do da dos das e que en no na un unha non tamén polo pola coa dun "
        "dunha ao xa moi cando só máis se como pero sobre entre"
    ),
    "pl": _words(
        "w i na z się nie do to że jest o a jak po co od za przez dla oraz ale tak już "
        "był była są może ich jego jej tym przy który która które"
    ),
    "sv": _words(
        "och att det som en på är av för med till den har de inte om ett var men "
        "från vid kan även sig eller så nu efter"
    ),
    "ro": _words(
        "și în de la a că cu pe din pentru nu un o care este se mai au fost prin "
        "ca sau dar sunt fi lui ei"
    ),
    "tr": _words(
        "ve bir bu da de için ile olarak çok daha gibi en ama ya o ki mi olan sonra "
        "kadar göre veya ancak"
    ),
}
"""Frequent function words of languages written in Latin script (the six after
the first eight are there so that their text is not mistaken for a neighbour's)."""

SCRIPTS: Mapping[str, str] = {
    "Hangul": "ko",
    "Greek": "el",
    "Hebrew": "he",
    "Thai": "th",
    "Devanagari": "hi",
    "Georgian": "ka",
    "Armenian": "hy",
}
"""Scripts used by one main language: text dominated by them is taken to be in it.
Latin, Cyrillic, Arabic, Han and kana are told apart by their own rules."""

CYRILLIC_MARKERS: Mapping[str, str] = {"uk": "іїєґ", "bg": "ъ", "sr": "ђћџљњј"}
"""Letters that mark a Cyrillic text as not Russian (Bulgarian also uses "ъ" most)."""
