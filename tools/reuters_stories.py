"""The stories of a Reuters-21578 collection (``reut2-*.sgm``) as plain articles, for the audit.

The collection holds a thousand stories per SGML file, each with its wire date (``<DATE>``), a
title, a dateline and a body hard-wrapped at about 70 columns, its paragraphs opened by an
indent.  A story becomes the text a user would paste: the title, a blank line, then the body
with the dateline in front and one line per paragraph.

Only stories fit to judge events on are kept: a body of MIN_WORDS words or more (the collection
is mostly tables, price briefs and one-line corrections) and no earnings report (topic
``earn``: result tables).  The id of a story is ``reuters/<NEWID>``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

MIN_WORDS = 150
FOLDER_NAME = "reuters"
_STORY = re.compile(r"<REUTERS(?P<attributes>[^>]*)>(?P<body>.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_CONTROL = re.compile(r"&#\d+;|[\x00-\x08\x0b-\x1f]")


@dataclass(frozen=True, slots=True)
class Story:
    key: str  # "reuters/<NEWID>", as in a verdicts file
    date: str  # YYYY-MM-DD, the wire date
    text: str


def is_collection(folder: Path) -> bool:
    return any(folder.glob("reut2-*.sgm"))


def read_stories(folder: Path) -> list[Story]:
    """Every story of ``folder`` fit to judge, in NEWID order."""
    stories = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        for match in _STORY.finditer(path.read_text(encoding="latin-1")):
            story = _story(match["attributes"], match["body"])
            if story is not None:
                stories.append(story)
    return sorted(stories, key=lambda story: int(story.key.split("/")[1]))


def _story(attributes: str, sgml: str) -> Story | None:
    newid, body = _NEWID.search(attributes), _field(sgml, "BODY")
    if newid is None or not body or len(body.split()) < MIN_WORDS or "<D>earn</D>" in (_field(sgml, "TOPICS") or ""):
        return None
    date = datetime.strptime(_field(sgml, "DATE").split()[0], "%d-%b-%Y").date().isoformat()
    dateline = " ".join(_field(sgml, "DATELINE").split())
    title = " ".join(_field(sgml, "TITLE").split())
    paragraphs = _paragraphs(body)
    paragraphs[0] = f"{dateline} {paragraphs[0]}".strip()
    return Story(f"{FOLDER_NAME}/{newid[1]}", date, "\n\n".join([title, *paragraphs]) + "\n")


def _field(sgml: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", sgml, re.S)
    return html.unescape(_CONTROL.sub("", found[1])) if found else ""


def _paragraphs(body: str) -> list[str]:
    """The body's paragraphs, unwrapped: a new one opens at a line that starts indented."""
    paragraphs: list[list[str]] = [[]]
    for line in body.splitlines():
        if line.startswith((" ", "\t")) and paragraphs[-1]:
            paragraphs.append([])
        if line.strip():
            paragraphs[-1].append(line.strip())
    return [" ".join(lines) for lines in paragraphs if lines]
