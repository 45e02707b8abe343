"""Synthetic news-like texts (written for the tests) and the shared corpus, when present.

The synthetic texts follow the conventions of real pages -- chrome, headline,
byline, date line, wire dateline, Getty/AP/EFE-style captions with credits and
restrictions, quotes in several quotation styles, Spanish and Portuguese
accents, curly punctuation -- without copying any real article. The fuzz,
encoding and linear-time tests build their inputs from them.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["SYNTHETIC", "corpus_dir", "corpus_texts"]

SYNTHETIC: tuple[str, ...] = (
    """Home | World | Business | Sport
English / Español / Português

Harbour authority approves €2.4bn expansion despite protests

By Maria Okafor and Tomás Ribeiro
Published 14 March 2023, 09:41 GMT

PORTVILLE, March 14 (Reuters) - The harbour authority on Tuesday approved a
€2.4 billion expansion of the container terminal, overruling residents who said
the project would "swallow the old quay whole".

"We have listened to every objection," chairwoman Leila Haddad told reporters.
"But the port cannot stand still while its neighbours grow."

According to the authority's own figures, traffic rose 12% last year.

PORTVILLE, UNKNOWN REGION - MARCH 13: (EDITORIAL USE ONLY - MANDATORY CREDIT -
NO MARKETING NO ADVERTISING CAMPAIGNS) Protesters gather outside the harbour
offices on March 13. (Photo by Jan Novák/Getty Images)

Residents' groups said they would appeal. The appeal court is expected to rule
before the summer, a spokesman for the groups said.

Share this article  Facebook  Twitter  WhatsApp
Read more: Ferry strike ends after three weeks
© 2023 Example Media. All rights reserved.
""",
    """MADRID, 27 abr (EFE).- El Gobierno aprobó este miércoles una reforma que,
según fuentes del ministerio, «cambiará la forma en que se calculan las
pensiones».

La ministra afirmó que la medida «no supone un recorte» y añadió que el diálogo
con los sindicatos seguirá abierto. "Habrá tiempo para negociar", dijo.

Foto: La ministra, durante la rueda de prensa en Madrid. EFE/Juan Pérez

Según el sindicato mayoritario, la reforma llega tarde. Su portavoz declaró a
esta agencia que estudiarán el texto «artículo por artículo».
""",
    """Brasília — O ministro da Economia disse nesta terça-feira que a inflação
deve recuar até o fim do ano, segundo projeções do Banco Central.

"Não há motivo para pânico", afirmou o ministro a jornalistas. De acordo com
ele, o governo não pretende mudar a meta fiscal.

Foto: Ministro durante entrevista em Brasília (Agência Brasil/José Araújo)

Em segundo lugar, a equipe econômica avalia cortes de gastos, disse uma fonte
do ministério que pediu para não ser identificada.
""",
    """WASHINGTON (AP) — Senators on Thursday pressed the agency's director on
delays in the new benefits system.

'We were promised a working portal by January,' said Sen. Dana Whitfield,
R-Okla. 'It is now June.'

The director said the delays were "regrettable but temporary" and that the
portal would open "within weeks," according to a transcript of the hearing.

FILE - In this Jan. 9, 2023 file photo, the agency's headquarters stands in
Washington. (AP Photo/Sam Rivers, File)

Copyright 2023 The Associated Press. All rights reserved. This material may not
be published, broadcast, rewritten or redistributed.
""",
    """Menu  Search  Sign in
Weather warning: storms expected across the north — live updates

Last updated: 2 days ago
Wed 5 Jul 2023 18.02 BST

Forecasters have issued an amber warning for thunderstorms, with up to 40mm of
rain possible in an hour. “Flash flooding is likely in places,” the national
weather service said in a statement.

Image caption, Storm clouds over the estuary on Tuesday evening
Image source, Reuters/Ana Lima

Motorists were advised to avoid unnecessary journeys. A council spokesperson
said: “Crews are on standby tonight.”

Related Topics
More on this story
""",
)
"""Synthetic texts, one per common layout (web page, wire copy, Spanish, Portuguese, live page)."""

_SHARED_CORPUS_ENV = "NEWSDOC_CORPUS"


def corpus_dir() -> Path | None:
    """The shared gold corpus, if any: ``$NEWSDOC_CORPUS``, or ``shared/corpus`` near the repo."""
    configured = os.environ.get(_SHARED_CORPUS_ENV)
    candidates = [Path(configured)] if configured else []
    root = Path(__file__).resolve().parents[1]
    candidates += [root.parent / "shared" / "corpus", root.parents[1] / "shared" / "corpus"]
    return next((c for c in candidates if c.is_dir()), None)


def corpus_texts() -> tuple[str, ...]:
    """Every ``*.txt`` text of the shared corpus, in path order; ``()`` when it is absent."""
    folder = corpus_dir()
    if folder is None:
        return ()
    return tuple(
        path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.txt"), key=str)
    )
