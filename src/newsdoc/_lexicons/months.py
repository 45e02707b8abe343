"""Date words per language: month and weekday names, relative-date words, zones.

Every mapping is keyed by a BCP 47 language code, then by the casefolded word
(without a trailing abbreviation dot). Adding a language is adding an entry.
Month numbers run 1-12; weekday numbers follow :meth:`datetime.date.weekday`
(Monday is 0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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


def _months(*names: str) -> dict[str, int]:
    """Map each ``|``-separated spelling in the n-th argument to month n."""
    table: dict[str, int] = {}
    for number, spellings in enumerate(names, start=1):
        for spelling in spellings.split("|"):
            table[spelling] = number
    return table


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
    "en": {
        "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
        "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
        "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
        "day": "days", "days": "days", "d": "days",
        "week": "weeks", "weeks": "weeks",
    },
    "es": {
        "segundo": "seconds", "segundos": "seconds", "minuto": "minutes", "minutos": "minutes",
        "hora": "hours", "horas": "hours", "día": "days", "días": "days", "dia": "days",
        "dias": "days", "semana": "weeks", "semanas": "weeks",
    },
    "pt": {
        "segundo": "seconds", "segundos": "seconds", "minuto": "minutes", "minutos": "minutes",
        "hora": "hours", "horas": "hours", "dia": "days", "dias": "days",
        "semana": "weeks", "semanas": "weeks",
    },
    "de": {
        "sekunde": "seconds", "sekunden": "seconds", "minute": "minutes", "minuten": "minutes",
        "stunde": "hours", "stunden": "hours", "tag": "days", "tagen": "days",
        "woche": "weeks", "wochen": "weeks",
    },
    "fr": {
        "seconde": "seconds", "secondes": "seconds", "minute": "minutes", "minutes": "minutes",
        "heure": "hours", "heures": "hours", "jour": "days", "jours": "days",
        "semaine": "weeks", "semaines": "weeks",
    },
    "it": {
        "secondo": "seconds", "secondi": "seconds", "minuto": "minutes", "minuti": "minutes",
        "ora": "hours", "ore": "hours", "giorno": "days", "giorni": "days",
        "settimana": "weeks", "settimane": "weeks",
    },
    "id": {
        "detik": "seconds", "menit": "minutes", "jam": "hours", "hari": "days",
        "minggu": "weeks",
    },
    "ru": {
        "секунду": "seconds", "секунды": "seconds", "секунд": "seconds",
        "минуту": "minutes", "минуты": "minutes", "минут": "minutes",
        "час": "hours", "часа": "hours", "часов": "hours",
        "день": "days", "дня": "days", "дней": "days",
        "неделю": "weeks", "недели": "weeks", "недель": "weeks",
    },
}
"""Units of "N units ago" expressions, mapped to :class:`datetime.timedelta` keywords."""

DATE_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "published": "published", "posted": "published", "first published": "published",
        "published on": "published", "posted on": "published", "date": "published",
        "original": "published", "originally published": "published",
        "created": "published", "released": "published",
        "updated": "updated", "last updated": "updated", "updated on": "updated",
        "last modified": "updated", "modified": "updated",
    },
    "es": {
        "publicado": "published", "publicado el": "published", "publicada": "published",
        "fecha": "published", "actualizado": "updated", "actualizado el": "updated",
        "actualizada": "updated", "última actualización": "updated",
    },
    "pt": {
        "publicado": "published", "publicado em": "published", "publicada em": "published",
        "data": "published", "atualizado": "updated", "atualizado em": "updated",
        "atualizada em": "updated", "última atualização": "updated",
    },
    "de": {
        "veröffentlicht": "published", "veröffentlicht am": "published", "datum": "published",
        "aktualisiert": "updated", "aktualisiert am": "updated", "zuletzt aktualisiert": "updated",
    },
    "fr": {
        "publié": "published", "publié le": "published", "mis à jour": "updated",
        "mis à jour le": "updated", "modifié le": "updated",
    },
    "it": {"pubblicato": "published", "pubblicato il": "published", "aggiornato": "updated",
           "aggiornato il": "updated"},
    "id": {"diterbitkan": "published", "dipublikasikan": "published", "diposting": "published",
           "diperbarui": "updated"},
    "ru": {"опубликовано": "published", "дата публикации": "published",
           "обновлено": "updated"},
}
"""Labels that introduce a page's publication (or update) date, casefolded."""

TIME_ZONES: Mapping[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480,
    "hst": -600, "bst": 60, "cet": 60, "cest": 120, "met": 60, "mesz": 120, "mez": 60,
    "eet": 120, "eest": 180, "wet": 0, "west": 60, "msk": 180, "jst": 540, "kst": 540,
    "hkt": 480, "sgt": 480, "wib": 420, "wita": 480, "wit": 540, "aest": 600, "aedt": 660,
    "acst": 570, "acdt": 630, "awst": 480, "nzst": 720, "nzdt": 780, "brt": -180,
    "art": -180,
}
"""Zone abbreviations with a fixed offset from UTC, in minutes."""

US_ZONES: Mapping[str, int] = {"et": -300, "ct": -360, "mt": -420, "pt": -480}
"""US zone names without a season ("ET"): standard offset in minutes; one hour
more while US daylight saving time is in force on the date written."""

RISKY_WEEKDAY_WORDS: frozenset[str] = frozenset(
    {
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "segunda", "terça", "quarta", "quinta", "sexta", "minggu", "domingo", "sabato",
        "sábado", "sabado", "среда",
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
