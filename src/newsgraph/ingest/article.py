"""The step shared by every reader: a draft becomes a clean article, or a typed refusal.

``prepare_article`` cleans the body (``clean.py``), fills byline, cited sources, captions,
language, a dateline date and the id; it never refuses.  ``check_article`` refuses what the
engine should not analyse (empty, only boilerplate, too short, too long, another language).
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import EmptyInput, InputTooLarge, NotAnArticle, UnsupportedLanguage
from ..model import Article
from ..settings import Settings
from .clean import clean_body
from .dates import read_dateline
from .ids import article_id
from .language import detect_language

ANY_LANGUAGE = frozenset({"*", "all", "any"})


def prepare_article(draft: Article, captions: tuple[tuple[str, str | None], ...] = ()) -> Article:
    """The draft with its body cleaned and the metadata the body holds filled in."""
    cleaned = clean_body(draft.text, captions)
    dateline_date, agency = read_dateline(cleaned.text)
    sources = draft.cited_sources + cleaned.cited_sources + ((agency,) if agency else ())
    return replace(
        draft,
        text=cleaned.text,
        id=draft.id or article_id(cleaned.text),
        title=_clean_field(draft.title),
        byline=_clean_field(draft.byline) or cleaned.byline,
        outlet=_clean_field(draft.outlet),
        language=detect_language(cleaned.text) or _clean_field(draft.language),
        date=draft.date or dateline_date,
        cited_sources=tuple(dict.fromkeys(sources)),
        captions=draft.captions + cleaned.captions,
        removed=draft.removed + cleaned.removed,
    )


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def body_words(article: Article) -> int:
    """Words of the body, captions left out."""
    end = article.captions[0].span.start if article.captions else len(article.text)
    return len(article.text[:end].split())


def check_article(article: Article, settings: Settings) -> Article:
    """The article, or a typed InputError saying why the engine should not analyse it."""
    source = article.source_name
    if not article.text.strip():
        if article.removed:
            raise NotAnArticle(f"only page furniture ({len(article.removed)} lines), no story text", source=source)
        raise EmptyInput("the article has no text", source=source)
    if len(article.text) > settings.max_text_chars:
        raise InputTooLarge(f"{len(article.text)} characters is over the limit of {settings.max_text_chars}", source=source)
    if body_words(article) < settings.min_article_words:
        raise NotAnArticle(f"{body_words(article)} words is too short for an article (min_article_words={settings.min_article_words})", source=source)
    allowed = settings.languages
    if article.language and article.language.split("-")[0] not in allowed and not allowed & ANY_LANGUAGE:
        raise UnsupportedLanguage(f"the article is in {article.language!r}; analysed: {', '.join(sorted(allowed))}", source=source)
    return article
