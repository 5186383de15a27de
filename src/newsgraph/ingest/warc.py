"""Web archives (WARC, warcio): each HTML response record is a saved page.

Requests, metadata and non-HTML responses (images, scripts) are not articles and are passed
over; an HTML response with an error status becomes a ``not_an_article`` rejection, so an
archive of 404 pages does not look like an empty success.  A record is named
``archive.warc#<n>`` after its place among the archive's records.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from ..errors import InputError, InputTooLarge, MalformedRecord, NotAnArticle, TruncatedArchive
from ..model import Rejection
from ..settings import Settings
from .base import Draft, RawInput
from .decode import decode_bytes
from .html import draft_from_html
from .rejections import rejection_from

_HTML_TYPES = ("text/html", "application/xhtml")


class WarcReader:
    name = "warc"

    def detect(self, raw: RawInput) -> float:
        return 1.0 if raw.data[:8].startswith(b"WARC/") else 0.0

    def read(self, raw: RawInput, settings: Settings) -> Iterator[Draft | Rejection]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        found = 0
        try:
            for number, record in enumerate(_records(ArchiveIterator(io.BytesIO(raw.data)), raw.name), start=1):
                item = _page(record, f"{raw.name}#{number}", settings)
                if item is not None:
                    found += 1
                    yield item
        except ArchiveLoadFailed as exc:
            raise MalformedRecord(f"the archive cannot be read: {exc}", source=raw.name, hint="the file is not a valid WARC") from exc
        except (EOFError, ValueError) as exc:
            raise TruncatedArchive(f"the archive ends early: {exc}", source=raw.name) from exc
        if not found:
            raise NotAnArticle("the archive holds no HTML responses", source=raw.name)


def _records(iterator: Iterator, name: str) -> Iterator:
    """The archive's records; a header block warcio cannot make sense of is a malformed record
    (warcio 1.8 fails with AttributeError on a response record without WARC-Target-URI)."""
    try:
        yield from iterator
    except AttributeError as exc:
        raise MalformedRecord(f"a record's headers cannot be read: {exc}", source=name, hint="the file is not a valid WARC") from exc


def _page(record, name: str, settings: Settings) -> Draft | Rejection | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = record.http_headers.get_statuscode() or ""
    try:
        if not status.startswith("2"):
            raise NotAnArticle(f"HTTP status {status} for {url}", source=name)
        body = record.content_stream().read(settings.max_input_bytes + 1)
        if len(body) > settings.max_input_bytes:
            raise InputTooLarge(f"the page is over the limit of {settings.max_input_bytes} bytes", source=name)
        return draft_from_html(decode_bytes(body, name), name, url)
    except InputError as error:
        return rejection_from(error, name)


def make(settings: Settings | None = None) -> WarcReader:
    return WarcReader()
