"""Saved web pages: main text and metadata with trafilatura, captions from <figcaption>.

trafilatura drops navigation, adverts and footers; the shared cleaning step then removes any
page furniture left in the text.  The headline, if trafilatura repeats it as the first line,
is taken out of the body (it is in ``title``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml.etree import ParserError

from ..errors import NotAnArticle
from ..model import Article, Rejection
from ..settings import Settings
from .base import Draft, RawInput, head_text
from .dates import metadata_date
from .decode import decode_bytes

_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<meta ", "<article", "<div", "<p>", "<title")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "figcaption", "section", "article")


class HtmlReader:
    name = "html"

    def detect(self, raw: RawInput) -> float:
        head = head_text(raw)
        if head.startswith(("<!doctype html", "<html")):
            return 0.9
        if any(marker in head for marker in _MARKERS):
            return 0.6
        return 0.3 if raw.hint.lower().endswith((".html", ".htm", ".xhtml")) else 0.0

    def read(self, raw: RawInput, settings: Settings) -> Iterator[Draft | Rejection]:
        yield draft_from_html(decode_bytes(raw.data, raw.name), raw.name, raw.url)


def draft_from_html(html: str, source: str, url: str | None = None) -> Draft:
    """The main text and metadata of a page; NotAnArticle when it has no main text."""
    import trafilatura  # heavy import, only when a page is read
    from trafilatura.settings import Document as Extraction

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    # a Document, or None when nothing was found (a dict only when asked for one with as_dict)
    text = (result.text or "") if isinstance(result, Extraction) else ""
    if not isinstance(result, Extraction) or not text.strip():
        raise NotAnArticle("no main text found in the page", source=source)
    title = result.title or None
    return Draft(
        Article(
            text=_drop_repeated_title(text, title),
            title=title,
            byline=result.author or None,
            outlet=result.sitename or None,
            url=result.url or url,
            language=result.language or _declared_language(html),
            date=metadata_date(result.date),
            source_name=source,
        ),
        captions=figure_captions(html),
    )


def _drop_repeated_title(text: str, title: str | None) -> str:
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title.strip() else text


def _parse(html: str):
    try:
        return lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None


def _declared_language(html: str) -> str | None:
    root = _parse(html)
    lang = root.get("lang") if root is not None else None
    return lang.lower() if lang else None


def figure_captions(html: str) -> tuple[tuple[str, str | None], ...]:
    """The text of each <figcaption> (credit split off later by the cleaning step)."""
    root = _parse(html)
    if root is None:
        return ()
    found = (" ".join(node.text_content().split()) for node in root.iter("figcaption"))
    return tuple((text, None) for text in dict.fromkeys(found) if text)


# control characters lxml keeps from a parse but refuses to store back (a NUL in a feed entry)
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (feed entry content), one line per block element."""
    root = _parse(f"<div>{_XML_UNSAFE.sub(' ', fragment)}</div>")
    if root is None:
        return ""
    for node in root.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
    return "\n".join(" ".join(line.split()) for line in root.text_content().split("\n") if line.strip())


def make(settings: Settings | None = None) -> HtmlReader:
    return HtmlReader()
