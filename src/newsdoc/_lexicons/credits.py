"""Picture-credit words: agencies, credit labels, role words, restriction phrases.

The caption grammar (:mod:`newsdoc._parser.captions`) and the credit recogniser
(:mod:`newsdoc._parser.credits`) compile their patterns from this data. Words
that depend on the language are keyed by BCP 47 language code; the recognisers
use the union of every language, because captions in one language are often
credited in another ("Foto: REUTERS/..." on an English page). Adding a language
is adding entries here.

Entries are plain strings, matched case-insensitively unless noted, with any run
of spaces in an entry matching any run of whitespace in the text.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "AGENCIES",
    "BARE_CREDIT_LABELS",
    "CAPTION_LABELS",
    "CREDIT_BY",
    "CREDIT_LABELS",
    "DESK_MARKERS",
    "NOTICE_LEADS",
    "ORGANISATION_WORDS",
    "PAGE_UI",
    "RESTRICTION_PHRASES",
    "ROLE_WORDS",
    "TERRITORY_CODE",
    "WEAK_CAPTION_LABELS",
]

AGENCIES: tuple[str, ...] = (
    # wire and picture agencies, as they are written in credits
    "AFP",
    "AFP Photo",
    "Agence France-Presse",
    "AP",
    "AP Photo",
    "AP Foto",
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "Thomson Reuters",
    "Getty",
    "Getty Images",
    "WireImage",
    "FilmMagic",
    "Bloomberg",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Agencia EFE",
    "Anadolu",
    "Anadolu Agency",
    "Anadolu Ajansı",
    "AA",
    "AA Photo",
    "Xinhua",
    "China Daily",
    "CNS",
    "Lusa",
    "Agência Brasil",
    "Agencia Brasil",
    "ABr",
    "Agência Estado",
    "Estadão Conteúdo",
    "Folhapress",
    "dpa",
    "dpa-Zentralbild",
    "picture alliance",
    "picture-alliance",
    "imago",
    "imago images",
    "Keystone",
    "KEYSTONE",
    "ANSA",
    "PAP",
    "TASS",
    "RIA Novosti",
    "Sputnik",
    "Kyodo",
    "Yonhap",
    "Jiji Press",
    "PTI",
    "IANS",
    "ANI",
    "Europa Press",
    "NurPhoto",
    "SOPA Images",
    "LightRocket",
    "Sipa",
    "Sipa USA",
    "ZUMA",
    "ZUMA Press",
    "ZUMA Wire",
    "Shutterstock",
    "Rex Features",
    "Alamy",
    "iStock",
    "iStockphoto",
    "BACKGRID",
    "Splash News",
    "UPI",
    "USA TODAY Sports",
    "USA TODAY",
    "Invision",
    "Universal Images Group",
    "Hindustan Times",
    "Los Angeles Times",
    "The New York Times",
    "New York Times",
    "The Washington Post",
    "The Denver Post",
    "The Guardian",
    "The Observer",
    "BBC",
    "PA",
    "PA Images",
    "PA Wire",
    "PA Media",
    "Press Association",
    "NASA",
    "ESA",
    "G1",
    "Ritzau Scanpix",
    "TT",
    "NTB",
    "Belga",
    "ANP",
    "APA",
    "CTK",
    "MTI",
    "Zuma",
)
"""Agencies and publishers that credit pictures. A credit segment that is one
of these (or ends with one of them after "via"/"for") is the agency part."""

ORGANISATION_WORDS: tuple[str, ...] = (
    "Images",
    "Image",
    "Photos",
    "Pictures",
    "Press",
    "News",
    "Agency",
    "Agencia",
    "Agência",
    "Times",
    "Post",
    "Magazine",
    "Media",
    "Wire",
    "Sports",
    "Photo",
    "Foto",
    "Archive",
    "Ministry",
    "Ministerio",
    "Ministério",
    "Ministerium",
    "Office",
    "Department",
    "Service",
    "Services",
    "School",
    "Board",
    "University",
    "Museum",
    "Council",
    "Government",
    "Institute",
    "Library",
    "Company",
    "Inc",
    "Inc.",
    "Ltd",
    "Corp",
    "Corp.",
    "Group",
    "Reader",
    "Studios",
    "Pictures",
    "Network",
    "Channel",
    "TV",
    "Radio",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Observer",
    "Telegraph",
    "Guardian",
    "Courier",
    "Daily",
    "Weekly",
)
"""Words that mark a credit segment as an organisation ("Hindustan Times",
"Guatemalan Ministry of Culture") rather than a person."""

ROLE_WORDS: tuple[str, ...] = (
    "Pool",
    "Handout",
    "HO",
    "File",
    "Files",
    "Uncredited",
    "Staff",
    "Stringer",
    "Archive",
    "Archivo",
    "Arquivo",
    "Archiv",
    "Courtesy",
    "Reprodução",
    "Divulgação",
)
"""Credit segments that say how a picture came, not who took it ("AP Photo/File",
"Photo by Handout/..."); never a photographer."""

CREDIT_LABELS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "Photo",
        "Photos",
        "Photograph",
        "Photographs",
        "Photographer",
        "Photo credit",
        "Picture",
        "Pictures",
        "Pic",
        "Image",
        "Images",
        "Image credit",
        "Image copyright",
        "Image source",
        "Credit",
        "Credits",
        "Copyright",
        "Mandatory Credit",
        "Source",
        "Illustration",
    ),
    "es": ("Foto", "Fotos", "Fotografía", "Imagen", "Crédito", "Fuente", "Ilustración"),
    "pt": ("Foto", "Fotos", "Fotografia", "Imagem", "Crédito", "Créditos", "Fonte"),
    "de": ("Bild", "Bilder", "Foto", "Fotos", "Quelle", "Bildquelle", "Fotograf"),
    "fr": ("Photo", "Crédit", "Crédit photo", "Source"),
    "it": ("Foto", "Fonte"),
    "pl": ("Foto", "Fot.", "Zdjęcie", "Źródło"),
    "sv": ("Foto", "Bild", "Källa"),
    "no": ("Foto", "Bilde"),
    "ru": ("Фото", "Фотография", "Источник"),
    "id": ("Foto", "Sumber"),
}
"""Labels that introduce a credit and end in a colon ("Photo:", "Foto:", "Bild:");
neither they nor the colon are part of the credit."""

BARE_CREDIT_LABELS: tuple[str, ...] = (
    "Image copyright",
    "Image source",
    "Picture copyright",
    "Photo credit",
)
"""Credit labels written without a colon (the BBC's "Image copyright EPA")."""

CREDIT_BY: Mapping[str, tuple[str, ...]] = {
    "en": ("Photo by", "Photos by", "Photograph by", "Photographs by", "Picture by", "Image by"),
    "es": ("Foto de", "Fotos de", "Fotografía de"),
    "pt": ("Foto de", "Fotos de"),
    "de": ("Foto von", "Bild von"),
    "fr": ("Photo de",),
}
"""Credits that start with a "by" phrase; the phrase stays in the credit."""

CAPTION_LABELS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "Image caption",
        "Media caption",
        "Photo caption",
        "Caption:",
        "Cover image:",
        "Cover photo:",
        "Article thumbnail:",
        "Above:",
        "Top:",
        "Main image:",
        "Pictured above:",
        "Video:",
        "Watch:",
        "Pictured:",
    ),
    "es": ("Pie de foto:", "Imagen de archivo:", "Portada:"),
    "pt": ("Legenda:", "Capa -", "Capa:"),
    "de": ("Bildunterschrift:", "Titelbild:"),
}
"""Labels that open a caption and are part of neither its text nor its credit
("Image caption", "Cover image:"). An entry that ends in ":" or "-" needs that
mark after the label; the others stand alone."""

WEAK_CAPTION_LABELS: tuple[str, ...] = (
    "Video:",
    "Watch:",
    "Pictured:",
    "Above:",
    "Top:",
    "Capa -",
    "Capa:",
    "Portada:",
)
"""Caption labels that are dropped from a caption's text but do not by
themselves show that a line is a caption (video titles, teasers)."""

DESK_MARKERS: tuple[str, ...] = (
    r"FILE\s+PHOTOS?\s*[:\-–]",
    r"FILE\s*[-–—:]",
    r"ARCHIV(?:BILD|FOTO)?\s*[-–—:]",
    r"ARCHIVO\s*[-–—:]",
    r"epaselect",
    r"epa\d{5,}",
    r"TPX\s+IMAGES\s+OF\s+THE\s+DAY",
    r"SENSITIVE\s+MATERIAL\.[^.]{0,120}\.",
    r"EDITORS?'?\s+NOTE:[^/]{1,200}/",
    r"ATTENTION\s+EDITORS?\s*[-–:]\s*VISUAL\s+COVERAGE\s+OF\s+SCENES\s+OF\s+INJURY\s+OR\s+DEATH",
    r"\(\s*EDITORS?'?\s+NOTE:[^)]{0,300}\)",
    r"\[[^\]\n]{0,80}\]",
)
"""Picture-desk marks that lead a caption and are not its text ("FILE PHOTO:",
"epaselect epa09440847", "EDITORS NOTE: ... /"); regex sources."""

NOTICE_LEADS: tuple[str, ...] = (r"ATTENTION\s+EDITORS?\s*[-–—:]",)
"""Lead-ins of restriction notices that are dropped (not part of the items)."""

RESTRICTION_PHRASES: tuple[str, ...] = (
    r"(?:FOR\s+)?EDITORIAL\s+USE\s+ONLY",
    r"RESTRICTED\s+TO\s+EDITORIAL\s+USE",
    r"MANDATORY\s+CREDIT",
    r"NO\s+SALES",
    r"NO\s+RESALES?",
    r"NO\s+ARCHIVES?",
    r"NO\s+MARKETING(?:\s+NO\s+ADVERTISING\s+CAMPAIGNS)?",
    r"NO\s+ADVERTISING(?:\s+CAMPAIGNS)?",
    r"NO\s+THIRD\s+PARTY\s+SALES",
    r"NO\s+USE\s+(?:IN|BY)\s+[A-Z]{2,}(?:\s+[A-Z]{2,}\b){0,2}",
    r"NOT\s+FOR\s+SALE\s+FOR\s+MARKETING\s+OR\s+ADVERTISING\s+CAMPAIGNS",
    r"DISTRIBUTED\s+AS\s+A\s+SERVICE\s+TO\s+CLIENTS",
    r"THIS\s+IMAGE\s+HAS\s+BEEN\s+SUPPLIED\s+BY\s+A\s+THIRD\s+PARTY",
    r"THIS\s+PICTURE\s+WAS\s+PROVIDED\s+BY\s+A\s+THIRD\s+PARTY",
    r"THIS\s+MATERIAL\s+IS\s+FOR",
    r"(?:UK|US|USA|EU|AU|CA|NZ|IE|DE|FR|IT|ES|JP|GERMANY|FRANCE|CHINA)\s+OUT(?:\s+FOR\s+\d{1,3}\s+DAYS)?",
    r"BYLINE\s+MUST\s+READ:",
    r"ACHTUNG:",
    r"HANDOUT",
)
"""Regex sources of usage-restriction phrases, upper case as agencies write
them; a restriction block starts with one of these."""

TERRITORY_CODE = r"PUBLICATIONx(?:NOTx)?INx(?:[A-Z]{2,3}x){1,80}ONLY"
"""imago's territorial code ("PUBLICATIONxINxGERxSUIxAUTxONLY")."""

PAGE_UI: tuple[str, ...] = (
    r"more\s*>",
    r"Purchase\s+Licensing\s+Rights,?\s+opens\s+new\s+tab",
    r"Purchase\s+Licensing\s+Rights",
    r"\+\+\+\s*dpa-Bildfunk\s*\+\+\+",
    r"\(\s*Zu\s+dpa\b[^)]{0,300}\)",
    r"(?:Hide|Show|Toggle|hide|show|toggle)\s+caption",
    r"(?:Enlarge|enlarge)\s+(?:this\s+)?image",
    r"Read\s+more",
    r"TPX\s+IMAGES\s+OF\s+THE\s+DAY",
    r"SEARCH\s+\"[^\"]{1,60}\"\s+FOR\s+(?:THIS\s+STORY|ALL\s+(?:IMAGES|STORIES))\.?",
    r"(?:REFILE|CORRECTION|UPDATE)\s*[-–—]\s*CORRECTING[^.]{0,80}\.?",
)
"""Page furniture that trails a caption ("more >", "Purchase Licensing Rights");
regex sources, dropped from the end of a caption."""
