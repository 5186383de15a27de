"""JSON lines and JSON: one article per record (fields text, title, url, date, outlet, byline).

A JSON file may hold one record, a list of records, or an object with a list under
"articles", "items", "data" or "results".  Each record becomes an article or a rejection of
its own, named ``file:line`` (JSON lines) or ``file[index]`` (JSON lists), so one bad record
never costs the others.  Other key names that scrapers use are in resources/json_fields.tsv.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import EmptyInput, MalformedRecord
from ..model import Article, Rejection
from ..settings import Settings
from .base import Draft, RawInput, head_text
from .dates import metadata_date
from .decode import decode_bytes
from .patterns import json_field_names
from .rejections import rejection_from

_LIST_KEYS = ("articles", "items", "data", "results", "records")


class JsonReader:
    name = "json"

    def detect(self, raw: RawInput) -> float:
        head = head_text(raw)
        if head.startswith(("{", "[")):
            return 0.8
        return 0.3 if raw.hint.lower().endswith((".json", ".jsonl", ".ndjson")) else 0.0

    def read(self, raw: RawInput, settings: Settings) -> Iterator[Draft | Rejection]:
        text = decode_bytes(raw.data, raw.name, strict_utf8=True)
        whole = _load_whole(text)
        if whole is not None:
            yield from _records(_as_list(whole), lambda i: f"{raw.name}[{i}]" if isinstance(whole, list) else raw.name)
            return
        lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
        if not lines:  # only separators or blanks (str.strip takes \x1c-\x1f too)
            yield rejection_from(EmptyInput("the input holds no JSON record", source=raw.name), raw.name)
            return
        for number, line in lines:
            name = f"{raw.name}:{number}"
            try:
                yield from _records([json.loads(line)], lambda i, name=name: name)
            except json.JSONDecodeError as exc:
                yield rejection_from(MalformedRecord(f"not JSON: {exc.msg} at column {exc.colno}", source=name), name)


def _load_whole(text: str) -> Any:
    """The document as one JSON value, or None when it is JSON lines (or broken)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, dict):
        for key in _LIST_KEYS:
            if isinstance(value.get(key), list):
                return value[key]
        return [value]
    return value if isinstance(value, list) else [value]


def _records(values: list[Any], name_of) -> Iterator[Draft | Rejection]:
    for index, value in enumerate(values):
        name = name_of(index)
        try:
            yield Draft(article_from_record(value, name))
        except MalformedRecord as error:
            yield rejection_from(error, name)


def _field(record: dict[str, Any], field: str) -> Any:
    for key in json_field_names()[field]:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # authors: ["A", "B"]
        return ", ".join(str(v) for v in value if v)
    if isinstance(value, dict):  # {"name": "..."}
        return str(value.get("name") or value.get("title") or "") or None
    return str(value)


def article_from_record(record: Any, name: str) -> Article:
    """The draft article of one JSON record; MalformedRecord without a text string."""
    if not isinstance(record, dict):
        raise MalformedRecord(f"a record must be a JSON object, not {type(record).__name__}", source=name)
    text = _field(record, "text")
    if not isinstance(text, str):
        raise MalformedRecord("the record has no 'text' string", source=name)
    return Article(
        text=text.replace("\r\n", "\n"),
        title=_as_text(_field(record, "title")),
        byline=_as_text(_field(record, "byline")),
        outlet=_as_text(_field(record, "outlet")),
        url=_as_text(_field(record, "url")),
        language=_as_text(_field(record, "language")),
        date=metadata_date(_field(record, "date")),
        source_name=name,
    )


def make(settings: Settings | None = None) -> JsonReader:
    return JsonReader()
