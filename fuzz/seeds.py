"""Seed inputs for the fuzzers: the bundled example articles in each input format.

A fuzzer that starts from well-formed inputs reaches the deep code (cleaning, the stages) at
once instead of spending its budget discovering what an HTML tag or a WARC header is.  The
seeds are made here from examples/articles; nothing is stored.
"""

from __future__ import annotations

import io
import json
from html import escape
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def example_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]


def as_html(text: str) -> bytes:
    title, _, body = text.partition("\n")
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n") if p.strip())
    return f"<html lang='en'><head><title>{escape(title)}</title></head><body><nav>Home | World</nav><article><h1>{escape(title)}</h1>{paragraphs}<figure><img src='a.jpg'><figcaption>The harbour at dawn. Photo: Staff</figcaption></figure></article></body></html>".encode()


def as_json_line(text: str) -> bytes:
    title, _, body = text.partition("\n")
    return json.dumps({"title": title, "text": body, "url": "https://news.example/a", "date": "2024-03-14", "outlet": "Example Herald"}).encode()


def as_feed(texts: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{xml_escape(t.partition(chr(10))[0])}</title><link>https://news.example/{n}</link><pubDate>Thu, 14 Mar 2024 09:00:00 GMT</pubDate><description>{xml_escape(t.partition(chr(10))[2])}</description></item>"
        for n, t in enumerate(texts)
    )
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Example Herald</title>{items}</channel></rss>".encode()


def as_warc(pages: list[bytes]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for number, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{number}", "response", payload=io.BytesIO(page), http_headers=headers))
    return out.getvalue()


def seeds(target: str) -> list[bytes]:
    """Well-formed inputs for ``target`` (see fuzz/targets.py), a few hundred bytes to a few KB."""
    texts = example_texts()
    plain = [t.encode() for t in texts]
    made = {
        "html": [as_html(t) for t in texts],
        "json": [as_json_line(t) for t in texts] + [b"\n".join(as_json_line(t) for t in texts[:3])],
        "feed": [as_feed(texts[:2]), as_feed(texts[2:4])],
        "warc": [as_warc([as_html(t)]) for t in texts[:3]] + [as_warc([as_html(t) for t in texts[3:]])],
    }
    return made.get(target, plain)
