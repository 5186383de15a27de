"""RSS and Atom feeds (feedparser): one article per entry.

The body is the entry's full content, else its summary.  When a saved copy of the linked page
lies beside the feed file (named like the last part of the link, e.g. ``story-1.html``, or the
link's host and path under the feed's folder), the page's main text is used instead when it is
longer, since feeds often carry only a teaser.  Feed metadata fill what the entry lacks: the
feed title is the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError, MalformedFeed, NotAnArticle
from ..model import Article, Rejection
from ..settings import Settings
from .base import Draft, RawInput, head_text
from .dates import metadata_date
from .decode import decode_bytes
from .html import draft_from_html, fragment_text
from .rejections import rejection_from

_FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")
# parts that cannot take the same characters: linear time on any author field (names are stripped after)
_EMAIL_WITH_NAME = re.compile(r"^\s*[^\s(@]+@[^\s(]+\s*\((?P<name>[^)]+)\)\s*$|^(?P<name2>[^<]+)<[^\s<>@]+@[^\s<>]+>\s*$")


class FeedReader:
    name = "feed"

    def detect(self, raw: RawInput) -> float:
        head = head_text(raw)
        if any(root in head for root in _FEED_ROOTS) and "<html" not in head[:200]:
            return 0.95
        return 0.3 if raw.hint.lower().endswith((".rss", ".atom", ".xml")) else 0.0

    def read(self, raw: RawInput, settings: Settings) -> Iterator[Draft | Rejection]:
        import feedparser

        try:
            parsed = feedparser.parse(raw.data)
        except (UnicodeError, LookupError, ValueError) as exc:  # feedparser 6 on a bogus encoding name (undecodable, unknown, with NUL)
            raise MalformedFeed(f"the feed's encoding cannot be read: {exc}", source=raw.name) from exc
        if not parsed.entries:
            if parsed.bozo:
                raise MalformedFeed(f"the feed cannot be parsed: {parsed.bozo_exception}", source=raw.name)
            raise NotAnArticle("the feed has no entries", source=raw.name)
        outlet = parsed.feed.get("title") or None
        broken = _syntax_error(parsed)
        for number, entry in enumerate(parsed.entries, start=1):
            name = f"{raw.name}#{number}"
            try:
                yield _entry_draft(entry, name, outlet, raw.path)
            except NotAnArticle as error:
                # an empty entry in a feed that does not parse is the feed's fault
                yield rejection_from(MalformedFeed(f"the feed cannot be parsed: {broken}", source=name) if broken else error, name)
            except InputError as error:
                yield rejection_from(error, name)


def _syntax_error(parsed: Any) -> str | None:
    """The XML error feedparser worked around, if any (encoding notices are not errors)."""
    import feedparser

    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if error is None or isinstance(error, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
        return None
    return str(error)


def _author(entry: Any) -> str | None:
    """The author's name ("news@x.example (Amir Khan)" in RSS gives "Amir Khan")."""
    author = entry.get("author") or ""
    match = _EMAIL_WITH_NAME.match(author)
    return ((match["name"] or match["name2"]) if match else author).strip() or None


def _entry_draft(entry: Any, name: str, outlet: str | None, feed_path: Path | None) -> Draft:
    content = entry.get("content") or []
    html = content[0].get("value", "") if content else entry.get("summary", "")
    text = fragment_text(html) if html else ""
    link = entry.get("link")
    page = _local_page(link, feed_path, name)
    if page is not None and len(page.article.text) > len(text):
        body, captions, page_article = page.article.text, page.captions, page.article
    else:
        body, captions, page_article = text, (), None
    if not body.strip():
        raise NotAnArticle("the entry has no content", source=name)
    article = Article(
        text=body,
        title=entry.get("title") or (page_article.title if page_article else None),
        byline=_author(entry) or (page_article.byline if page_article else None),
        outlet=outlet or (page_article.outlet if page_article else None),
        url=link,
        language=(page_article.language if page_article else None),
        date=metadata_date(entry.get("published_parsed") or entry.get("updated_parsed")) or (page_article.date if page_article else None),
        source_name=name,
    )
    return Draft(article, captions)


def local_copy(link: str | None, feed_path: Path | None) -> Path | None:
    """A saved copy of ``link`` beside the feed file, if there is one."""
    if not link or feed_path is None:
        return None
    parts = urlsplit(link)
    folder = feed_path.parent
    tail = Path(parts.path.rstrip("/")).name
    candidates = [folder / (parts.netloc + parts.path)]
    if tail:
        candidates += [folder / tail, folder / f"{tail}.html", folder / f"{tail}.htm"]
    return next((c for c in candidates if c.is_file()), None)


def _local_page(link: str | None, feed_path: Path | None, name: str) -> Draft | None:
    path = local_copy(link, feed_path)
    if path is None:
        return None
    try:
        return draft_from_html(decode_bytes(path.read_bytes(), str(path)), name, link)
    except (InputError, OSError):
        return None  # the feed's own content is still there


def make(settings: Settings | None = None) -> FeedReader:
    return FeedReader()
