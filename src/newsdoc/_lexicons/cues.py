"""Attribution cues per language: reporting verbs, according-to phrases and their context.

Everything the attribution stage knows about a language is here, keyed by
language code (``"en"``, ``"es"``, ``"pt"``); adding a language is adding an
entry to each dict. Verb forms are generated from lemmas by the small,
regular conjugation tables below (``_en_forms``, ``_es_forms``, ``_pt_forms``);
irregular verbs list their forms in full.

Verbs come in three kinds. *Speech* verbs ("said", "dijo", "disse") take any
complement: a clause with or without "that", a quotation, a colon.
*Noun-phrase* verbs ("called for", "urged", "destacó", "ressaltou") also take
a noun phrase or an infinitive as content. *Weak* verbs ("found", "shows",
"señala", "aponta") are attributions only when a complementizer ("that",
"que"), a colon or a quotation follows them, or when they close a quotation,
because bare they are ordinary verbs ("police found the car"). English forms
that are more often nouns ("report", "remarks", "states") are left out or
kept weak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "ABBREVIATIONS",
    "ACCORDING_TO",
    "ADDRESSEES",
    "ADDRESSEE_OPENERS",
    "ADVERBS",
    "AUXILIARIES",
    "CLITICS",
    "COMPLEMENTIZERS",
    "CONJUNCTIONS",
    "CUE_EXTENSIONS",
    "FALSE_FRIEND_FOLLOWERS",
    "FALSE_FRIEND_LEADERS",
    "HEADLINE_KICKERS",
    "HEADLINE_LABEL_STOPS",
    "INTRO_WORDS",
    "LANGUAGES",
    "NOUN_PHRASE_VERBS",
    "PRONOUNS",
    "RELATIVES",
    "SENTENCE_INITIAL_ACCORDING",
    "SOURCE_KEEPS_RELATIVE",
    "SOURCE_STOPS",
    "SPEECH_VERBS",
    "SUBJECT_PRONOUNS",
    "TELL_VERBS",
    "TIME_ADVERBIALS",
    "TIME_WORDS",
    "WEAK_VERBS",
]

LANGUAGES = ("en", "es", "pt")
"""The languages with cue data; text in another language is read with all of them."""


def _en_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Inflect regular English verbs: base, -s, -ed, -ing ("note": notes, noted, noting)."""
    out: set[str] = set()
    for lemma in lemmas:
        if " " in lemma:  # phrasal: inflect the first word only
            head, rest = lemma.split(" ", 1)
            out.update(f"{form} {rest}" for form in _en_forms([head]))
            continue
        out.add(lemma)
        if lemma.endswith("e"):
            out.update((lemma + "s", lemma + "d", lemma[:-1] + "ing"))
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            out.update((lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"))
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            out.update((lemma + "es", lemma + "ed", lemma + "ing"))
        else:
            out.update((lemma + "s", lemma + "ed", lemma + "ing"))
    return frozenset(out)


_ES_ENDINGS = {
    "ar": ("ó", "a", "aron", "an", "ando", "ado", "aba", "aban", "amos"),
    "er": ("ió", "e", "ieron", "en", "iendo", "ido", "ía", "ían", "emos"),
    "ir": ("ió", "e", "ieron", "en", "iendo", "ido", "ía", "ían", "imos"),
}
_PT_ENDINGS = {
    "ar": ("ou", "a", "aram", "am", "ando", "ado", "ava", "avam", "amos"),
    "er": ("eu", "e", "eram", "em", "endo", "ido", "ia", "iam", "emos"),
    "ir": ("iu", "e", "iram", "em", "indo", "ido", "ia", "iam", "imos"),
}


def _romance_forms(lemmas: Iterable[str], endings: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Inflect regular -ar/-er/-ir verbs: 3rd person preterite, present, plural, gerund, ..."""
    out: set[str] = set()
    for lemma in lemmas:
        stem, kind = lemma[:-2], lemma[-2:]
        out.update(stem + ending for ending in endings[kind])
    return frozenset(out)


def _es_forms(lemmas: Iterable[str]) -> frozenset[str]:
    return _romance_forms(lemmas, _ES_ENDINGS)


def _pt_forms(lemmas: Iterable[str]) -> frozenset[str]:
    return _romance_forms(lemmas, _PT_ENDINGS)


_EN_IRREGULAR = frozenset(
    {
        "say", "says", "said", "saying",
        "tell", "tells", "told", "telling",
        "write", "writes", "wrote", "writing", "written",
        "tweet", "tweets", "tweeted", "tweeting",
        "put it", "puts it",
        "went on", "goes on",
        "quip", "quips", "quipped", "quipping",
        "admit", "admits", "admitted", "admitting",
        "testify", "testifies", "testified", "testifying",
        "find", "finds", "found",
        "show", "shows", "showed", "shown",
        "predict", "predicts", "predicted",
        "forecast", "forecasts",
    }
)  # fmt: skip

_EN_NOUNLIKE = frozenset(
    {
        "report", "state", "post", "charge", "comment", "counter", "demand", "reply",
        "claim", "estimate", "find", "show", "cite", "point", "project", "signal", "hint",
        "read", "promise", "pledge", "vow", "joke", "boast", "caution", "respond", "remark",
        "mention", "tweet", "quip", "forecast", "repeat", "continue", "stress", "note",
        "maintain",
    }
)  # fmt: skip
"""Base forms that are more often nouns ("a report that ...", "state"): never cues."""

_EN_EVIDENCE = frozenset({"find", "finds", "found", "show", "shows", "showed", "shown"})

_EN_SPEECH = _EN_IRREGULAR - _EN_EVIDENCE | _en_forms(
    (
        "add", "note", "report", "announce", "insist", "claim", "argue", "explain",
        "state", "declare", "warn", "acknowledge", "confirm", "deny", "recall",
        "stress", "emphasize", "emphasise", "contend", "assert", "promise", "pledge",
        "vow", "reply", "respond", "ask", "observe", "concede", "complain", "allege",
        "remark", "comment", "mention", "counter", "retort", "joke", "boast", "caution",
        "reiterate", "repeat", "clarify", "point out",
        "charge", "disclose", "reveal", "recount", "predict", "continue", "urge",
        "suggest", "conclude", "testify", "announce", "lament", "scoff", "marvel",
        "muse", "wonder", "acknowledge", "inform", "assure", "maintain", "posit",
        "speculate", "post", "exclaim", "shout", "yell",
        "whisper", "demand", "accuse", "brag", "sum up",
    )
)  # fmt: skip

_EN_WEAK = frozenset({"find", "finds", "found", "show", "shows", "showed", "shown"}) | _en_forms(
    (
        "indicate", "estimate", "cite", "reveal", "determine", "conclude", "project",
        "signal", "suggest", "hint", "imply", "warn", "predict", "calculate", "read",
        "demonstrate", "highlight", "point", "contend", "propose", "recommend", "agree",
    )
)  # fmt: skip

_ES_IRREGULAR = frozenset(
    {
        "dijo", "dice", "dijeron", "dicen", "diciendo", "dicho", "decía", "decían", "decimos",
        "dije",
        "sostuvo", "sostiene", "sostuvieron", "sostienen", "sosteniendo", "sostenido",
        "advirtió", "advierte", "advirtieron", "advierten", "advirtiendo", "advertido",
        "manifestó", "manifiesta", "manifestaron", "manifiestan", "manifestando", "manifestado",
        "recordó", "recuerda", "recordaron", "recuerdan", "recordando", "recordado",
        "negó", "niega", "negaron", "niegan", "negando", "negado",
        "reconoció", "reconoce", "reconocieron", "reconocen", "reconociendo", "reconocido",
        "expuso", "expone", "expusieron", "exponen",
        "concluyó", "concluye", "concluyeron", "concluyen",
        "contó", "contaron",
        "pidió", "pide", "pidieron", "piden", "pidiendo",
        "desmintió", "desmiente", "desmintieron", "desmienten",
        "insistió", "insiste", "insistieron", "insisten", "insistiendo",
        "añadió", "añade", "añadieron", "añaden", "añadiendo",
        "escribió", "escribe", "escribieron", "escriben", "escrito",
        "respondió", "responde", "respondieron", "responden",
        "admitió", "admite", "admitieron", "admiten",
        "sentenció", "sentencia",
        "aclaró", "aclara",
        "exigió", "exige", "exigieron", "exigen",
        "difundió", "difunde",
        "prometió", "promete", "prometieron",
        "apuntó", "apunta", "apuntaron", "apuntan",
    }
)  # fmt: skip

_ES_SPEECH = _ES_IRREGULAR | _es_forms(
    (
        "afirmar", "asegurar", "explicar", "informar", "declarar", "agregar", "destacar",
        "precisar", "revelar", "denunciar", "comentar", "expresar", "anunciar",
        "subrayar", "enfatizar", "reiterar", "confirmar", "detallar", "puntualizar",
        "lamentar", "alertar", "relatar", "mencionar", "preguntar", "cuestionar",
        "criticar", "reportar", "tuitear", "apostillar", "argumentar", "acusar",
        "garantizar", "remarcar", "resaltar", "zanjar", "narrar",
        "ratificar", "insistir", "solicitar", "reclamar", "advertir", "comunicar",
        "notificar", "aseverar", "recalcar", "matizar", "replicar", "contestar",
        "agradecer", "exhortar", "llamar", "plantear", "opinar", "celebrar",
        "considerar", "valorar", "calificar", "resumir", "publicar",
    )
)  # fmt: skip

_ES_WEAK = _es_forms(
    ("señalar", "indicar", "mostrar", "revelar", "estimar", "concluir", "demostrar",
     "reflejar", "sugerir", "determinar", "establecer", "prever")
) | frozenset({"muestra", "muestran", "sugiere", "sugieren", "prevé", "concluye"})  # fmt: skip

_PT_IRREGULAR = frozenset(
    {
        "disse", "diz", "disseram", "dizem", "dizendo", "dito", "dizia", "diziam", "dissemos",
        "previu", "prevê", "preveem",
        "sugeriu", "sugere", "sugerem", "sugeriram",
        "pediu", "pede", "pedem", "pediram",
        "conclui", "concluiu", "concluem",
        "escreveu", "escreve", "escreveram", "escrevem",
        "respondeu", "responde", "responderam",
        "reconheceu", "reconhece", "reconheceram",
        "esclareceu", "esclarece",
        "garantiu", "garante", "garantiram", "garantem",
        "admitiu", "admite", "admitiram",
        "defendeu", "defende", "defenderam", "defendem",
        "prometeu", "promete",
        "insistiu", "insiste",
        "advertiu", "adverte",
        "frisou", "frisa",
        "falou", "fala", "falaram",
    }
)  # fmt: skip

_PT_SPEECH = _PT_IRREGULAR | _pt_forms(
    (
        "afirmar", "declarar", "explicar", "informar", "destacar", "ressaltar",
        "acrescentar", "completar", "alertar", "anunciar", "revelar", "negar",
        "contar", "pontuar", "comentar", "relatar", "lembrar", "observar",
        "reforçar", "enfatizar", "salientar", "assegurar", "confirmar", "detalhar",
        "argumentar", "sustentar", "reiterar", "solicitar", "alegar", "acusar",
        "divulgar", "mencionar", "perguntar", "questionar", "criticar", "resumir",
        "avisar", "denunciar", "desabafar", "brincar", "comemorar", "celebrar",
        "citar", "classificar", "avaliar", "opinar", "cobrar", "reclamar", "rebater",
        "ponderar", "analisar", "projetar", "publicar", "postar", "escrever",
        "exaltar", "elogiar", "ironizar", "minimizar", "justificar", "indagar",
        "chamar",
    )
)  # fmt: skip

_PT_WEAK = _pt_forms(
    ("apontar", "indicar", "mostrar", "revelar", "estimar", "demonstrar", "sugerir",
     "calcular", "projetar", "constatar", "registrar", "confirmar")
) | frozenset({"aponta", "apontam", "conclui", "concluiu", "prevê"})  # fmt: skip

_EN_NOUNS = frozenset(
    {"comments", "remarks", "projects", "charges", "questions", "challenges", "posts", "tweets",
     "jokes", "signals", "hints", "forecasts", "counters", "mentions", "promises", "pledges",
     "demands", "calls", "thanks", "labels", "brands", "points", "reads", "states", "quips",
     "boasts", "cautions", "vows", "echos", "welcomes", "replies", "reports", "claims"}
)  # fmt: skip
"""Plural nouns that share a spelling with a verb form: never cues unless listed again as weak."""

_EN_DOUBTFUL = frozenset(
    {f for f in _EN_SPEECH if f.endswith("ing") and f != "saying"}
    | {f for f in _en_forms(_EN_NOUNLIKE) if f.endswith("s")} - _EN_NOUNS
    | {"reports", "claims", "replies"}
)
"""Forms that are as often nouns or modifiers ("his remarks", "continuing fire"): weak cues."""

SPEECH_VERBS: Mapping[str, frozenset[str]] = {
    "en": _EN_SPEECH - _EN_NOUNLIKE - _EN_DOUBTFUL - _EN_NOUNS,
    "es": _ES_SPEECH,
    "pt": _PT_SPEECH,
}
"""Verb forms that attribute whatever follows or precedes them."""

WEAK_VERBS: Mapping[str, frozenset[str]] = {
    "en": (_EN_WEAK | _EN_DOUBTFUL) - SPEECH_VERBS["en"] - _EN_NOUNLIKE - _EN_NOUNS
    | {"reports", "claims", "replies"},
    "es": _ES_WEAK - _ES_SPEECH,
    "pt": _PT_WEAK - _PT_SPEECH,
}
"""Verb forms that attribute only before "that"/a colon/a quotation, or after a quotation."""

_EN_NP = frozenset(
    f
    for f in _en_forms(
        ("call", "call for", "call on", "urge", "criticize", "criticise", "condemn", "attack",
         "blast", "describe", "liken", "praise", "slam", "dismiss", "reject", "decry",
         "denounce", "tout", "applaud", "welcome", "blame", "defend", "endorse", "echo",
         "cite", "invoke", "demand", "propose", "promise", "pledge", "announce", "unveil",
         "deny", "question", "challenge", "thank", "hail", "label", "brand", "dub")
    )
    if not f.endswith("ing") or " " in f
) - {"call", "call for", "call on", "attack", "blast", "welcome", "echo", "cite", "demand",
     "promise", "pledge", "question", "challenge", "label", "brand", "dub", "praise", "blame",
     "defend", "endorse", "tout", "hail", "thank", "reject", "dismiss", "deny", "urge",
     "criticize", "criticise", "condemn", "describe", "liken", "slam", "decry", "denounce",
     "applaud", "invoke", "propose", "announce", "unveil", "echoes", "attacks",
     "calls"}  # fmt: skip

NOUN_PHRASE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _EN_NP - _EN_NOUNS,
    "es": _es_forms(
        ("destacar", "reiterar", "subrayar", "enfatizar", "resaltar", "anunciar", "denunciar",
         "reivindicar", "calificar", "exigir", "criticar", "instar", "lamentar", "recalcar")
    ) | frozenset({"defendió", "defiende", "abogó por", "pidió", "llamó"}),
    "pt": _pt_forms(
        ("destacar", "ressaltar", "reiterar", "enfatizar", "anunciar", "denunciar", "chamar",
         "classificar", "criticar", "reforçar", "lamentar", "elogiar", "cobrar")
    ) | frozenset({"defendeu", "defende"}),
}  # fmt: skip
"""Speech-act verbs whose content may be a noun phrase ("called for a ban",
"destacó la urgente necesidad de ...", "ressaltou as dificuldades")."""

TELL_VERBS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"told", "tells", "tell", "telling", "informed", "informs", "assured",
                     "assures", "warned", "warns", "reminded", "reminds", "promised",
                     "urged", "asked", "asks", "briefed"}),
    "es": frozenset(),
    "pt": frozenset(),
}  # fmt: skip
"""Verbs whose object is the addressee ("told reporters that ..."), skipped to reach the content."""

ACCORDING_TO: Mapping[str, tuple[str, ...]] = {
    "en": ("according to", "as reported by", "in the words of"),
    "es": ("según", "de acuerdo con", "de acuerdo a", "a juicio de", "en opinión de",
           "en palabras de", "a decir de", "conforme a"),
    "pt": ("segundo", "de acordo com", "conforme", "na avaliação de", "na opinião de",
           "nas palavras de", "na visão de", "para"),
}  # fmt: skip
"""Prepositional cues that put the source after them: "according to X, ..."."""

SENTENCE_INITIAL_ACCORDING: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "es": frozenset({"para"}),
    "pt": frozenset({"para"}),
}
"""According-to cues that count only opening a sentence and closed by a comma
("Para el ministro, ..."), because elsewhere they are ordinary prepositions."""

FALSE_FRIEND_LEADERS: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "es": frozenset({"el", "la", "los", "las", "su", "un", "una", "del", "al", "cada", "está",
                     "estar", "estoy", "están", "estamos", "estaba", "estaban", "estuvo",
                     "estuvieron", "esté", "estén", "muy", "totalmente", "plenamente", "ponerse",
                     "pusieron", "puso", "poner", "llegar", "llegaron", "llegó", "estaría"}),
    "pt": frozenset(
        {"o", "a", "os", "as", "um", "uma", "no", "na", "do", "da", "pelo", "pela", "ao",
         "seu", "sua", "em", "de", "este", "esse", "deste", "desse", "nesse", "neste",
         "cada", "primeiro", "e", "está", "estar", "estou", "estão", "estamos", "estava",
         "esteve", "muito", "totalmente", "plenamente"}
    ),
}  # fmt: skip
"""Words before "segundo"/"según" that make it an ordinal ("o segundo turno")."""

FALSE_FRIEND_FOLLOWERS: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "es": frozenset(
        {"sea", "sean", "se", "cada", "corresponda", "convenga", "como", "donde", "cuando",
         "qué", "que", "lo", "las", "les", "el caso", "la edad", "su tamaño"}
    ),
    "pt": frozenset(
        {"turno", "tempo", "lugar", "semestre", "trimestre", "mandato", "dia", "ano",
         "mês", "jogo", "gol", "colocado", "colocada", "maior", "menor", "melhor", "pior",
         "filho", "filha", "passo", "plano", "andar", "grau", "round", "set", "quarto",
         "período", "bimestre", "escalão", "time", "vez", "volume", "disco", "álbum",
         "livro", "filme", "episódio", "capítulo", "dose", "lote", "etapa", "fase", "e",
         "mais", "menos", "a", "à", "que", "se"}
    ),
}  # fmt: skip
"""Words after "segundo"/"según" that make it an ordinal or "depending on"."""

COMPLEMENTIZERS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"that"}),
    "es": frozenset({"que"}),
    "pt": frozenset({"que"}),
}
"""Words that introduce reported content after a cue ("said that ...")."""

AUXILIARIES: Mapping[str, frozenset[str]] = {
    "en": frozenset({"didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't",
                     "won’t", "wouldn't", "wouldn’t", "hasn't", "hasn’t", "haven't", "haven’t",
                     "hadn't", "hadn’t", "did not", "does not", "would not", "has not",
                     "continues to", "continued to", "continue to",
                     "has", "have", "had", "will", "would", "did", "does", "do", "is", "was",
                     "are", "were", "'s", "’s", "could", "may", "might", "should", "must",
                     "has been", "had been", "have been"}),
    "es": frozenset({"ha", "han", "había", "habían", "habría", "haya", "hubiera", "ha llegado a",
                     "llegó a", "va a", "volvió a"}),
    "pt": frozenset({"tem", "têm", "tinha", "tinham", "havia", "teria", "vai", "voltou a",
                     "chegou a"}),
}  # fmt: skip
"""Auxiliaries kept in the cue before the verb ("has said", "ha dicho", "tem dito")."""

ADVERBS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"also", "later", "previously", "repeatedly", "recently", "earlier",
                     "then", "once", "further", "often", "again", "publicly", "privately",
                     "already", "reportedly", "just", "still", "flatly", "bluntly", "openly",
                     "frequently", "quickly", "simply", "similarly", "separately", "subsequently",
                     "originally", "first", "long", "has", "had", "have", "not", "never",
                     "always", "even", "only", "explicitly", "directly", "specifically"}),
    "es": frozenset({"también", "además", "ya", "luego", "después", "incluso", "hoy", "ayer",
                     "no", "nunca", "siempre", "públicamente", "finalmente", "recientemente"}),
    "pt": frozenset({"também", "ainda", "já", "depois", "hoje", "ontem", "não", "nunca",
                     "sempre", "publicamente", "finalmente", "recentemente", "inclusive"}),
}  # fmt: skip
"""Adverbs that may stand between a source and its cue ("X also said")."""

CLITICS: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "es": frozenset({"le", "les", "lo", "la", "se", "me", "nos", "te", "os"}),
    "pt": frozenset({"lhe", "lhes", "se", "me", "nos", "te", "o", "a"}),
}
"""Object pronouns standing before a cue that belong to neither source nor cue."""

ADDRESSEES: Mapping[str, frozenset[str]] = {
    "en": frozenset({"reporters", "journalists", "supporters", "lawmakers", "me", "us", "him",
                     "her", "them", "you", "the", "a", "an", "his", "their", "our", "my",
                     "crowd", "audience", "listeners", "viewers", "voters", "members",
                     "senators", "congress", "interviewers", "readers", "host"}),
    "es": frozenset({"a", "al", "ante"}),
    "pt": frozenset({"a", "ao", "à", "aos", "às"}),
}  # fmt: skip
"""Words that open an addressee after a cue ("told reporters", "dijo a la prensa")."""

ADDRESSEE_OPENERS: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "es": frozenset({"a", "al"}),
    "pt": frozenset(),
}
"""Words that open an addressee, never a source, after an inverted cue ("..., pidió a los
jugadores"); Portuguese "a" is left out because it is also the article ("disse a ministra")."""

TIME_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "yesterday", "today", "tonight", "late", "early", "last",
                     "earlier", "later", "this", "on", "in", "at", "during", "week", "month",
                     "year", "morning", "afternoon", "evening", "night", "recently", "again",
                     "once", "previously", "then", "also", "repeatedly", "publicly",
                     "privately", "via", "through", "over", "after", "before", "while",
                     "when", "by", "from", "with", "under", "about", "of", "as", "because",
                     "amid", "outside", "inside", "near", "following", "according"}),
    "es": frozenset({"este", "esta", "el", "la", "lunes", "martes", "miércoles", "jueves",
                     "viernes", "sábado", "domingo", "ayer", "hoy", "en", "durante", "a",
                     "al", "ante", "desde", "tras", "mediante", "por", "con", "través",
                     "también", "además", "luego", "después", "recientemente", "anoche",
                     "mañana", "pasado", "semana"}),
    "pt": frozenset({"nesta", "neste", "nessa", "nesse", "na", "no", "em", "durante", "a",
                     "ao", "à", "segunda-feira", "terça-feira", "quarta-feira",
                     "quinta-feira", "sexta-feira", "sábado", "domingo", "ontem", "hoje",
                     "também", "ainda", "depois", "por", "pelo", "pela", "com", "através",
                     "após", "semana", "passado", "passada"}),
}  # fmt: skip
"""Words that open an adverbial after a cue ("said late Tuesday", "dijo este lunes")."""

_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ES_DAYS = "lunes|martes|miércoles|jueves|viernes|sábado|domingo"
_PT_DAYS = "segunda|terça|quarta|quinta|sexta|sábado|domingo"

TIME_ADVERBIALS: Mapping[str, str] = {
    "en": (
        rf"(?:(?:late|early|on|last|this|earlier|later)\s+)?(?:{_EN_DAYS}|week|month|year|"
        r"morning|afternoon|evening|night|yesterday|today|tonight)(?!['’])"
        r"(?:\s+(?:morning|afternoon|evening|night))?|late|earlier|later|recently|again|once"
    ),
    "es": (
        rf"(?:(?:este|esta|el|ayer|hoy|el\s+pasado|la\s+noche\s+del|la\s+mañana\s+del)\s+)?"
        rf"(?:{_ES_DAYS}|fin\s+de\s+semana|semana|mes|año|noche|tarde|mañana)"
        r"(?:\s+(?:festivo|pasado|por\s+la\s+(?:mañana|tarde|noche)))?|ayer|hoy|anoche|también"
    ),
    "pt": (
        rf"(?:(?:nesta|neste|na|no|nessa|nesse|ontem|hoje)\s+)?(?:{_PT_DAYS})(?:-feira)?"
        r"(?:\s*\(\d{1,2}\))?|ontem|hoje|também|ainda"
    ),
}
"""Time adverbials that may stand between a cue and its content or inverted source,
as patterns ("said late Tuesday", "informó este lunes", "disse nesta sexta-feira (6)")."""

CUE_EXTENSIONS: Mapping[str, str] = {
    "en": (
        r"\s+in\s+(?:an?|his|her|their|a\s+recent)\s+(?:[\w-]+\s+){0,2}?(?:interview|e-?mail)"
        rf"(?:\s+on\s+(?:{_EN_DAYS}))?(?![\w-])"
    ),
    "es": r"(?!)",
    "pt": r"(?!)",
}
"""Words that follow a verb inside its cue, as patterns ("said in a phone interview")."""

INTRO_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"however", "but", "and", "also", "last", "on", "in", "at", "after",
                     "before", "when", "while", "during", "earlier", "later", "meanwhile",
                     "yesterday", "today", "speaking", "asked", "still", "yet", "so",
                     "instead", "now", "then", "since", "as", "for", "from", "under",
                     "with", "without", "despite", "although", "though", "if", "because",
                     "indeed", "moreover", "furthermore", "nonetheless", "nevertheless",
                     "separately", "similarly", "likewise", "again", "back", "this", "that",
                     "writing", "interviewed", "overall", "until", "by", "over", "finally",
                     "first", "second", "third", "ultimately", "monday",
                     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "previously", "recently", "further", "well", "otherwise", "often",
                     "apparently", "clearly", "notably", "specifically", "privately",
                     "publicly", "elsewhere", "there", "here", "thus", "hence", "or", "nor"}),
    "es": frozenset({"sin", "embargo", "además", "pero", "y", "también", "en", "el", "este",
                     "esta", "ayer", "hoy", "tras", "después", "antes", "durante", "por",
                     "asimismo", "mientras", "cuando", "al", "a", "no", "obstante", "desde",
                     "con", "ante", "finalmente", "luego", "entonces", "así", "incluso",
                     "aunque", "si", "como", "sobre", "posteriormente", "previamente",
                     "igualmente", "del", "de", "para", "hasta", "mediante", "e", "o",
                     "consultado", "consultada", "cuestionado", "cuestionada", "entrevistado",
                     "entrevistada", "respecto", "frente", "tanto", "ahora", "allí", "ahí",
                     "aquí", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                     "domingo", "ya", "primero", "segundo"}),
    "pt": frozenset({"porém", "mas", "e", "também", "em", "na", "no", "nesta", "neste", "ontem",
                     "hoje", "após", "depois", "antes", "durante", "por", "além", "disso",
                     "enquanto", "quando", "ao", "à", "a", "desde", "com", "diante",
                     "finalmente", "então", "assim", "inclusive", "embora", "se", "como",
                     "sobre", "entretanto", "contudo", "entanto", "todavia", "agora",
                     "lá", "aqui", "ali", "já", "questionado", "questionada", "perguntado",
                     "perguntada", "entrevistado", "entrevistada", "ainda", "até", "para",
                     "pela", "pelo", "da", "do", "de", "ou", "nessa", "nesse", "dessa",
                     "desse", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                     "sexta-feira", "sábado", "domingo", "logo"}),
}  # fmt: skip
"""First words of a comma-closed opening phrase that is not the source ("Last week, X said")."""

CONJUNCTIONS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"and", "but", "or", "because", "although", "though", "whereas", "that",
                     "which", "what", "whether", "if", "unless"}),
    "es": frozenset({"y", "e", "pero", "o", "aunque", "porque", "pues", "si", "que", "sino"}),
    "pt": frozenset({"e", "mas", "ou", "embora", "porque", "pois", "se", "que", "porém"}),
}  # fmt: skip
"""Words that end a source when scanning back from its cue ("..., and X said")."""

RELATIVES: Mapping[str, frozenset[str]] = {
    "en": frozenset({"who", "which"}),
    "es": frozenset({"quien", "quienes", "que", "cual", "cuales"}),
    "pt": frozenset({"quem", "que", "qual", "quais"}),
}
"""Relative pronouns: "X, who said ..." -- the source is written as the pronoun."""

SOURCE_STOPS: Mapping[str, tuple[str, ...]] = {
    "en": (", who", ", which", ", whose", " in a statement", " in an interview", " in an email",
           " in a phone", " in a tweet", " in an op-ed", " on monday", " on tuesday",
           " on wednesday", " on thursday", " on friday", " on saturday", " on sunday",
           " on twitter", " on facebook", " last week", " last month", " earlier this",
           " this week", " told ", " as he ", " as she ", " as they "),
    "es": (", quien", ", que ", " que ", ", quienes", ", el cual", ", la cual", " este lunes",
           " este martes", " este miércoles", " este jueves", " este viernes", " este sábado",
           " este domingo", " en declaraciones", " en rueda de prensa", " en conferencia",
           " en entrevista", " en un comunicado", " a través de"),
    "pt": (", que ", " que ", ", quem", ", o qual", ", a qual", " em entrevista", " em nota",
           " nesta ", " neste ", " em coletiva", " em comunicado", " em publicação",
           " no twitter", " nas redes", " ao ", " à imprensa", " aos jornalistas"),
}  # fmt: skip
"""Where a source written after its cue ends: "said Ann Lee, who ..." gives "Ann Lee"."""

SOURCE_KEEPS_RELATIVE: Mapping[str, bool] = {"en": True, "es": False, "pt": False}
"""Whether a source written before its cue keeps a relative clause set off by commas
("Ann Lee, who led the inquiry, said"): English reporting practice treats it as part of
the description, Spanish and Portuguese practice leaves it out."""

SUBJECT_PRONOUNS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"he", "she", "they", "we", "i"}),
    "es": frozenset({"él", "ella", "ellos", "ellas", "nosotros"}),
    "pt": frozenset({"ele", "ela", "eles", "elas", "nós"}),
}
"""Subject pronouns: one right before its cue is the whole source ("In 2012, he said")."""

PRONOUNS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"he", "she", "they", "it", "we", "i", "who"}),
    "es": frozenset({"él", "ella", "ellos", "ellas", "quien", "quienes"}),
    "pt": frozenset({"ele", "ela", "eles", "elas", "quem"}),
}
"""Pronoun sources that may be resolved to a name written earlier in the paragraph."""

ABBREVIATIONS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
                     "capt", "st", "jr", "sr", "prof", "rev", "hon", "pres", "u.s", "u.n",
                     "u.k", "d.c", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
                     "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "a.m",
                     "p.m", "e.g", "i.e", "etc", "fig", "vol", "r", "d", "i", "ind", "calif",
                     "fla", "ga", "ill", "mass", "mich", "n.y", "pa", "tex", "va", "wash",
                     "ariz", "colo", "conn", "del", "ky", "la", "md", "minn", "miss", "mo",
                     "mont", "neb", "nev", "n.j", "n.c", "okla", "ore", "tenn", "wis", "wyo",
                     "ala", "ark", "kan", "s.c", "n.h", "vt", "w.va", "supt", "atty", "dept"}),
    "es": frozenset({"sr", "sra", "srta", "dr", "dra", "lic", "ing", "arq", "gral", "gob",
                     "ee.uu", "uu", "núm", "pág", "etc", "ud", "uds", "dto", "av", "sto", "sta"}),
    "pt": frozenset({"sr", "sra", "dr", "dra", "prof", "profa", "gov", "gen", "av", "etc",
                     "pág", "nº", "eng", "dep", "sen", "min", "cel"}),
}  # fmt: skip
"""Words that a period follows without ending the sentence ("Mr.", "Sra.")."""

HEADLINE_LABEL_STOPS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "by",
                     "with", "over", "under", "after", "before", "about", "amid", "as", "and",
                     "or", "but", "vs", "vs.", "versus", "into", "is", "are", "was", "how",
                     "why", "what", "when", "who", "where", "this", "that", "it", "its",
                     "new", "more", "no", "not", "all", "up", "out", "off"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "de", "del", "en", "a", "al",
                     "con", "por", "para", "sin", "sobre", "y", "e", "o", "u", "que", "es",
                     "son", "se", "su", "sus", "no", "cómo", "qué"}),
    "pt": frozenset({"o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em",
                     "no", "na", "nos", "nas", "ao", "à", "com", "por", "pelo", "pela",
                     "para", "sem", "sobre", "e", "ou", "que", "é", "são", "se", "seu", "sua",
                     "não", "como"}),
}  # fmt: skip
"""Words that never stand in a headline speaker label: "Stealth Over Health:" is a title."""

HEADLINE_KICKERS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"analysis", "opinion", "exclusive", "watch", "video", "videos", "photos",
                     "gallery", "live", "live updates", "breaking", "breaking news", "update",
                     "updated", "explainer", "review", "editorial", "commentary", "factbox",
                     "fact check", "timeline", "podcast", "quiz", "poll results", "listen",
                     "read", "recap", "preview", "sponsored", "correction",
                     "obituary", "letters", "interview", "profile", "q&a", "essay", "column",
                     "clarification", "editor's note", "note", "related",
                     "advertisement", "source", "sources", "credit", "photo", "file",
                     "disclosure", "disclaimer", "transcript", "caption", "share", "tags"}),
    "es": frozenset({"análisis", "opinión", "exclusiva", "video", "vídeo", "fotos",
                     "en vivo", "en directo", "última hora", "urgente", "editorial",
                     "entrevista", "crónica", "reportaje", "columna", "galería", "encuesta",
                     "actualización", "infografía", "claves", "perfil", "fe de erratas",
                     "nota", "fuente", "fuentes", "foto", "relacionado", "publicidad"}),
    "pt": frozenset({"análise", "opinião", "exclusivo", "vídeo", "fotos", "ao vivo",
                     "urgente", "editorial", "entrevista", "crônica", "reportagem", "coluna",
                     "galeria", "enquete", "atualização", "infográfico", "perfil", "errata",
                     "nota", "fonte", "fontes", "foto", "leia mais", "leia também",
                     "publicidade"}),
}  # fmt: skip
"""Section labels that open a headline or a paragraph with a colon but name no speaker
("Analysis: ...", "CORRECTION: ...")."""
