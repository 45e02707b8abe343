"""Date words per language: month and weekday names, relative-date words, zones.

Every mapping is keyed by a BCP 47 language code, then by the casefolded word
(without a trailing abbreviation dot). Adding a language is adding an entry.
Month numbers run 1-12; weekday numbers follow :meth:`datetime.date.weekday`
(Monday is 0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "AGO_FORMS",
    "AGO_UNITS",
    "DATE_LABELS",
    "MONTHS",
    "RELATIVE_DAYS",
    "RISKY_MONTH_WORDS",
    "RISKY_WEEKDAY_WORDS",
    "TIME_ZONES",
    "US_ZONES",
    "WEEKDAYS",
    "WEEKDAY_PREFIXES",
    "WEEKDAY_SUFFIXES",
    "YEAR_ONLY_MONTH_WORDS",
]


_T = TypeVar("_T")


def _months(*names: str) -> dict[str, int]:
    """Map each ``|``-separated spelling in the n-th argument to month n."""
    table: dict[str, int] = {}
    for number, spellings in enumerate(names, start=1):
        for spelling in spellings.split("|"):
            table[spelling] = number
    return table


def _spelled(groups: Mapping[_T, str]) -> dict[str, _T]:
    """Map each ``|``-separated spelling of each group to the group's key."""
    return {spelling: key for key, spellings in groups.items() for spelling in spellings.split("|")}


def _weekdays(*names: str) -> dict[str, int]:
    """Map each ``|``-separated spelling in the n-th argument to weekday n (Monday 0)."""
    table: dict[str, int] = {}
    for number, spellings in enumerate(names):
        for spelling in spellings.split("|"):
            table[spelling] = number
    return table


MONTHS: Mapping[str, Mapping[str, int]] = {
    "en": _months(
        "january|jan",
        "february|feb",
        "march|mar",
        "april|apr",
        "may",
        "june|jun",
        "july|jul",
        "august|aug",
        "september|sep|sept",
        "october|oct",
        "november|nov",
        "december|dec",
    ),
    "es": _months(
        "enero|ene",
        "febrero|feb",
        "marzo|mar",
        "abril|abr",
        "mayo|may",
        "junio|jun",
        "julio|jul",
        "agosto|ago",
        "septiembre|setiembre|sep|sept|set",
        "octubre|oct",
        "noviembre|nov",
        "diciembre|dic",
    ),
    "pt": _months(
        "janeiro|jan",
        "fevereiro|fev",
        "março|marco|mar",
        "abril|abr",
        "maio|mai",
        "junho|jun",
        "julho|jul",
        "agosto|ago",
        "setembro|set",
        "outubro|out",
        "novembro|nov",
        "dezembro|dez",
    ),
    "de": _months(
        "januar|jänner|jan|jän",
        "februar|feb",
        "märz|maerz|mär|mrz",
        "april|apr",
        "mai",
        "juni|jun",
        "juli|jul",
        "august|aug",
        "september|sep|sept",
        "oktober|okt",
        "november|nov",
        "dezember|dez",
    ),
    "fr": _months(
        "janvier|janv",
        "février|fevrier|févr|fevr|fév",
        "mars",
        "avril|avr",
        "mai",
        "juin",
        "juillet|juil",
        "août|aout",
        "septembre|sept",
        "octobre|oct",
        "novembre|nov",
        "décembre|decembre|déc",
    ),
    "it": _months(
        "gennaio|gen",
        "febbraio|feb",
        "marzo|mar",
        "aprile|apr",
        "maggio|mag",
        "giugno|giu",
        "luglio|lug",
        "agosto|ago",
        "settembre|set",
        "ottobre|ott",
        "novembre|nov",
        "dicembre|dic",
    ),
    "id": _months(
        "januari|jan",
        "februari|feb",
        "maret|mar",
        "april|apr",
        "mei",
        "juni|jun",
        "juli|jul",
        "agustus|agu|agt",
        "september|sep",
        "oktober|okt",
        "november|nov",
        "desember|des",
    ),
    "nl": _months(
        "januari|jan",
        "februari|feb",
        "maart|mrt",
        "april|apr",
        "mei",
        "juni|jun",
        "juli|jul",
        "augustus|aug",
        "september|sep|sept",
        "oktober|okt",
        "november|nov",
        "december|dec",
    ),
    "ru": _months(
        "января|январь|янв",
        "февраля|февраль|фев",
        "марта|март|мар",
        "апреля|апрель|апр",
        "мая|май",
        "июня|июнь|июн",
        "июля|июль|июл",
        "августа|август|авг",
        "сентября|сентябрь|сен|сент",
        "октября|октябрь|окт",
        "ноября|ноябрь|ноя",
        "декабря|декабрь|дек",
    ),
}
"""Month names and their usual abbreviations, casefolded, without the dot."""

RISKY_MONTH_WORDS: frozenset[str] = frozenset({"mar", "may", "mai", "out", "dec"})
"""Month words that are also everyday words ("may", "out"): when found in running
text without a year, they count as a month only when capitalised."""

YEAR_ONLY_MONTH_WORDS: frozenset[str] = frozenset({"gen", "mag", "des", "set"})
"""Month abbreviations that are also common capitalised words ("Gen", "Mag",
"Set"): in running text they count as a month only when a year follows."""

WEEKDAYS: Mapping[str, Mapping[str, int]] = {
    "en": _weekdays(
        "monday|mon",
        "tuesday|tue|tues",
        "wednesday|wed",
        "thursday|thu|thur|thurs",
        "friday|fri",
        "saturday|sat",
        "sunday|sun",
    ),
    "es": _weekdays(
        "lunes",
        "martes",
        "miércoles|miercoles",
        "jueves",
        "viernes",
        "sábado|sabado",
        "domingo",
    ),
    "pt": _weekdays(
        "segunda-feira|segunda",
        "terça-feira|terca-feira|terça",
        "quarta-feira|quarta",
        "quinta-feira|quinta",
        "sexta-feira|sexta",
        "sábado|sabado",
        "domingo",
    ),
    "de": _weekdays(
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag"
    ),
    "fr": _weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": _weekdays(
        "lunedì|lunedi",
        "martedì|martedi",
        "mercoledì|mercoledi",
        "giovedì|giovedi",
        "venerdì|venerdi",
        "sabato",
        "domenica",
    ),
    "id": _weekdays("senin", "selasa", "rabu", "kamis", "jumat|jum'at", "sabtu", "minggu"),
    "nl": _weekdays("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "ru": _weekdays(
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"
    ),
}
"""Weekday names, casefolded (an optional prefix of a written date, or a relative date)."""

RELATIVE_DAYS: Mapping[str, Mapping[str, int]] = {
    "en": {"today": 0, "yesterday": -1, "tomorrow": 1},
    "es": {"hoy": 0, "ayer": -1, "anteayer": -2},
    "pt": {"hoje": 0, "ontem": -1, "anteontem": -2, "amanhã": 1},
    "de": {"heute": 0, "gestern": -1, "vorgestern": -2},
    "fr": {"aujourd'hui": 0, "avant-hier": -2, "demain": 1},
    "it": {"oggi": 0, "ieri": -1, "domani": 1},
    "id": {"hari ini": 0, "kemarin": -1, "besok": 1},
    "ru": {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1},
}
"""Words naming a day relative to the article's date, with their offset in days.

Words that mean something else as often are left out: "mañana" and "morgen"
(also "morning"), French "hier" (German "here")."""

AGO_UNITS: Mapping[str, Mapping[str, str]] = {
    "en": _spelled(
        {
            "seconds": "second|seconds|sec|secs",
            "minutes": "minute|minutes|min|mins",
            "hours": "hour|hours|hr|hrs|h",
            "days": "day|days|d",
            "weeks": "week|weeks",
        }
    ),
    "es": _spelled(
        {
            "seconds": "segundo|segundos",
            "minutes": "minuto|minutos",
            "hours": "hora|horas",
            "days": "día|días|dia|dias",
            "weeks": "semana|semanas",
        }
    ),
    "pt": _spelled(
        {
            "seconds": "segundo|segundos",
            "minutes": "minuto|minutos",
            "hours": "hora|horas",
            "days": "dia|dias",
            "weeks": "semana|semanas",
        }
    ),
    "de": _spelled(
        {
            "seconds": "sekunde|sekunden",
            "minutes": "minute|minuten",
            "hours": "stunde|stunden",
            "days": "tag|tagen",
            "weeks": "woche|wochen",
        }
    ),
    "fr": _spelled(
        {
            "seconds": "seconde|secondes",
            "minutes": "minute|minutes",
            "hours": "heure|heures",
            "days": "jour|jours",
            "weeks": "semaine|semaines",
        }
    ),
    "it": _spelled(
        {
            "seconds": "secondo|secondi",
            "minutes": "minuto|minuti",
            "hours": "ora|ore",
            "days": "giorno|giorni",
            "weeks": "settimana|settimane",
        }
    ),
    "id": _spelled(
        {"seconds": "detik", "minutes": "menit", "hours": "jam", "days": "hari", "weeks": "minggu"}
    ),
    "ru": _spelled(
        {
            "seconds": "секунду|секунды|секунд",
            "minutes": "минуту|минуты|минут",
            "hours": "час|часа|часов",
            "days": "день|дня|дней",
            "weeks": "неделю|недели|недель",
        }
    ),
}
"""Units of "N units ago" expressions, mapped to :class:`datetime.timedelta` keywords."""

DATE_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": _spelled(
        {
            "published": "published|posted|first published|published on|posted on|date"
            "|original|originally published|created|released",
            "updated": "updated|last updated|updated on|last modified|modified",
        }
    ),
    "es": _spelled(
        {
            "published": "publicado|publicado el|publicada|fecha",
            "updated": "actualizado|actualizado el|actualizada|última actualización",
        }
    ),
    "pt": _spelled(
        {
            "published": "publicado|publicado em|publicada em|data",
            "updated": "atualizado|atualizado em|atualizada em|última atualização",
        }
    ),
    "de": _spelled(
        {
            "published": "veröffentlicht|veröffentlicht am|publiziert am|datum",
            "updated": "aktualisiert|aktualisiert am|zuletzt aktualisiert",
        }
    ),
    "fr": _spelled(
        {"published": "publié|publié le", "updated": "mis à jour|mis à jour le|modifié le"}
    ),
    "it": _spelled(
        {"published": "pubblicato|pubblicato il", "updated": "aggiornato|aggiornato il"}
    ),
    "id": _spelled({"published": "diterbitkan|dipublikasikan|diposting", "updated": "diperbarui"}),
    "ru": _spelled({"published": "опубликовано|дата публикации", "updated": "обновлено"}),
}
"""Labels that introduce a page's publication (or update) date, casefolded."""

TIME_ZONES: Mapping[str, int] = _spelled(
    {
        -600: "hst",
        -540: "akst",
        -480: "pst|akdt",
        -420: "mst|pdt",
        -360: "cst|mdt",
        -300: "est|cdt",
        -240: "edt",
        -180: "brt|art",
        0: "utc|gmt|z|wet",
        60: "bst|cet|met|mez|west",
        120: "cest|mesz|eet",
        180: "eest|msk",
        420: "wib",
        480: "hkt|sgt|wita|awst",
        540: "jst|kst|wit",
        570: "acst",
        600: "aest",
        630: "acdt",
        660: "aedt",
        720: "nzst",
        780: "nzdt",
    }
)
"""Zone abbreviations with a fixed offset from UTC, in minutes."""

US_ZONES: Mapping[str, int] = {"et": -300, "ct": -360, "mt": -420, "pt": -480}
"""US zone names without a season ("ET"): standard offset in minutes; one hour
more while US daylight saving time is in force on the date written."""

RISKY_WEEKDAY_WORDS: frozenset[str] = frozenset(
    {
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "segunda",
        "terça",
        "quarta",
        "quinta",
        "sexta",
        "minggu",
        "domingo",
        "sabato",
        "sábado",
        "sabado",
        "среда",
    }
)
"""Weekday words that are also everyday words or names ("segunda" is "second",
"Sun" a newspaper): they prefix a written date but never stand alone as one."""

AGO_FORMS: tuple[tuple[str, str, str], ...] = (
    ("en", "", "ago"),
    ("es", "hace", ""),
    ("pt", "há|ha|faz", ""),
    ("pt", "", "atrás"),
    ("de", "vor", ""),
    ("fr", "il y a", ""),
    ("it", "", "fa"),
    ("id", "", "yang lalu|lalu"),
    ("ru", "", "назад"),
)
"""How "N units ago" is written: (language, words before the count, words after the unit)."""

WEEKDAY_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": ("late", "early", "on", "last", "this past", "since"),
    "es": ("el pasado", "el", "este", "desde el"),
    "pt": ("na última", "no último", "na", "no", "nesta", "neste", "desde"),
    "de": ("am", "letzten", "seit"),
    "fr": ("le", "depuis"),
    "it": ("lo scorso", "la scorsa", "lo", "la", "da"),
}
"""Words that may open a weekday used as a relative date ("late Tuesday")."""

WEEKDAY_SUFFIXES: Mapping[str, tuple[str, ...]] = {
    "en": ("morning", "afternoon", "evening", "night"),
    "es": ("por la mañana", "por la tarde", "por la noche"),
    "pt": ("de manhã", "à tarde", "à noite"),
    "de": ("morgen", "nachmittag", "abend"),
}
"""Words that may close a weekday used as a relative date ("Tuesday night")."""
