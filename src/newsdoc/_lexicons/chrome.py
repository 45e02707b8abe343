"""Words and phrases of page chrome: what a web page shows around an article.

Navigation, share and follow prompts, sign-in and subscription offers, cookie
and paywall notices, advertisement labels, related-article and comment
headings, footers. Keyed by language code; the parser tries every language, so
a page's chrome is recognised whatever language its article is in.

* :data:`CHROME_PREFIXES` -- a short block that *starts* with one of these is
  chrome ("Share this article", "Read more: ...", "Follow us on Twitter").
* :data:`CHROME_MARKERS` -- a block of moderate length that *contains* one of
  these anywhere is chrome ("All rights reserved", "Sign up for our newsletter").
* :data:`CHROME_HEADINGS` -- a block that is nothing but one of these (give or
  take a count and a word or two: "Top Rated Comments", "[ 12 comments ]")
  heads a section that follows the article: comments, related stories, tags.
* :data:`BYLINE_PREFIXES` -- the word that opens a byline ("By", "Por", "Von").
* :data:`LANGUAGE_NAMES` -- names of languages as language switchers show them.
"""

from __future__ import annotations

__all__ = [
    "BYLINE_PREFIXES",
    "CHROME_HEADINGS",
    "CHROME_MARKERS",
    "CHROME_PREFIXES",
    "LANGUAGE_NAMES",
]

CHROME_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": (
        "about us", "accept", "ad choices", "adchoices", "advertise", "advertisement",
        "advertising", "all rights reserved", "back to top", "bookmark", "click here",
        "close", "comment", "comments", "contact us", "continue reading", "cookie",
        "copy link", "copyright", "don't miss", "download the app", "email", "facebook",
        "filed under", "follow", "get the app", "instagram", "jump to", "leave a comment",
        "leave a reply", "linkedin", "load more", "loading", "log in", "log out", "login",
        "main menu", "menu", "more from", "more on", "more stories", "most popular",
        "most read", "most viewed", "newsletter", "next article", "next post", "next story",
        "pinterest", "popular", "posted in", "previous article", "previous post", "print",
        "privacy", "read more", "read next", "recommended", "register", "related",
        "reprints", "reddit", "search", "see all", "see also", "share", "show comments",
        "sign in", "sign up", "site map", "skip to", "sponsored", "subscribe", "tags",
        "terms of", "terms &", "top stories", "topics", "trending", "tweet", "twitter",
        "up next", "view comments", "watch", "whatsapp", "you may also like", "youtube",
    ),
    "de": (
        "abonnieren", "anmelden", "anzeige", "datenschutz", "impressum", "kommentare",
        "mehr zum thema", "newsletter", "teilen", "weiterlesen", "werbung",
    ),
    "es": (
        "comentarios", "compartir", "leer más", "lee también", "más leídas", "publicidad",
        "relacionad", "suscríbete", "todos los derechos", "ver más",
    ),
    "fr": (
        "abonnez-vous", "commentaires", "lire aussi", "lire la suite", "partager", "publicité",
        "tous droits",
    ),
    "id": (
        "bagikan", "baca juga", "berita terkait", "iklan", "komentar", "selengkapnya",
    ),
    "it": ("commenti", "condividi", "leggi anche", "pubblicità"),
    "ja": ("関連記事", "コメント", "シェア", "ツイート", "広告", "お問い合わせ"),
    "ko": ("관련기사", "댓글", "공유", "광고", "구독"),
    "pt": (
        "assine", "comentários", "compartilhe", "compartilhar", "leia mais", "leia também",
        "publicidade", "veja também",
    ),
    "ru": (
        "реклама", "читайте также", "подписывайтесь", "поделиться", "комментарии",
        "все права защищены", "подробнее",
    ),
}
"""Openings of short chrome blocks, per language (casefolded)."""

CHROME_MARKERS: dict[str, tuple[str, ...]] = {
    "": ("©", "(c) 20", "(c) 19", "http://", "https://", "www."),
    "en": (
        "all rights reserved", "cookie policy", "cookies", "newsletter", "news alerts",
        "opt-in", "your inbox", "unsubscribe",
        "privacy policy", "sign up for", "terms of service", "terms of use",
        "to read the full story", "subscribe to", "you agree to",
    ),
    "de": ("alle rechte vorbehalten", "datenschutzerklärung"),
    "es": ("todos los derechos reservados", "política de privacidad"),
    "fr": ("tous droits réservés",),
    "id": ("hak cipta",),
    "pt": ("todos os direitos reservados", "política de privacidade"),
    "ru": ("все права защищены",),
}
"""Phrases that make a block of moderate length chrome wherever they stand.

The empty key holds language-independent marks (copyright sign, bare URLs).
"""

CHROME_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "about the author", "also on", "comments", "more", "editor's picks", "from around the web",
        "further reading", "latest headlines", "latest news", "latest stories", "leave a comment",
        "leave a reply", "more from", "more in", "more on this", "more stories", "most popular", "most read",
        "most shared", "most viewed", "newsletter", "newsletters", "popular stories",
        "read next", "recommended", "recommended for you", "related", "related articles",
        "related content", "related coverage", "related posts", "related stories", "responses",
        "share", "share this", "share this article", "share this story", "sponsored content",
        "tags", "top stories", "trending", "trending now", "up next", "what to read next",
        "you might also like", "you may also like", "join the conversation",
    ),
    "de": ("kommentare", "mehr zum thema", "das könnte sie auch interessieren", "schlagworte"),
    "es": ("comentarios", "noticias relacionadas", "lo más leído", "etiquetas", "te puede interesar"),
    "fr": ("commentaires", "à lire aussi", "sur le même sujet", "les plus lus"),
    "id": ("berita terkait", "komentar", "terpopuler", "berita lainnya", "artikel terkait"),
    "it": ("commenti", "articoli correlati", "i più letti"),
    "ja": ("関連記事", "コメント", "人気記事", "おすすめ記事", "最新記事"),
    "ko": ("관련기사", "댓글", "많이 본 뉴스", "인기기사"),
    "pt": (
        "comentários", "notícias relacionadas", "mais lidas", "veja também", "leia também",
        "mais notícias",
    ),
    "ru": ("комментарии", "читайте также", "похожие статьи", "популярное", "новости партнеров"),
}
"""Headings of sections that follow an article, per language (casefolded)."""

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

LANGUAGE_NAMES: frozenset[str] = frozenset(
    {
        "english", "spanish", "portuguese", "french", "german", "italian", "russian",
        "arabic", "chinese", "japanese", "korean", "turkish", "indonesian", "dutch",
        "español", "português", "français", "deutsch", "italiano", "русский", "العربية",
        "中文", "日本語", "한국어", "türkçe", "bahasa", "nederlands", "polski", "en", "es",
        "pt", "fr", "de", "it", "ru", "ar", "zh", "ja", "ko", "tr", "id",
    }
)
"""Language names as switchers show them, casefolded."""
