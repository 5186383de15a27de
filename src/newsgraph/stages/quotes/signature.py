"""A quote signed with a dash: “...” ― Ann Lee (collections of readers' voices, epigraphs).

Read on the text, not the parse: the model glues the dash to the closing mark ("”―") and
reads the name as part of the next sentence.  The name is the run of capitalised words after
the dash up to the end of its line; a lower-case word, a digit or a sentence mark ends it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .marks import Quoted

SIGNATURE_DASHES = "―—–"
_SPACES = " \t\u00a0"
_MAX_GAP = 2  # characters between the closing mark and the dash
_MAX_WORDS = 6
_NAME_JOINERS = frozenset({"de", "del", "da", "van", "von", "la", "le", "bin", "al", "y"})


@dataclass(frozen=True, slots=True)
class Signature:
    dash: tuple[int, int]
    name: tuple[int, int]


def dash_signature(text: str, quoted: Quoted) -> Signature | None:
    """The dash and the name signing ``quoted``, when its closing mark is followed by both."""
    at = quoted.close_at + 1
    gap_end = at
    while gap_end < len(text) and text[gap_end] in _SPACES and gap_end - at < _MAX_GAP:
        gap_end += 1
    if gap_end >= len(text) or text[gap_end] not in SIGNATURE_DASHES:
        return None
    dash = (gap_end, gap_end + 1)
    line_end = text.find("\n", dash[1])
    line = text[dash[1] : line_end if line_end >= 0 else len(text)]
    name = _name_in(line)
    if name is None:
        return None
    return Signature(dash, (dash[1] + name[0], dash[1] + name[1]))


def _name_in(line: str) -> tuple[int, int] | None:
    """Offsets of the leading name in ``line`` (capitalised words, initials, joiners)."""
    start = len(line) - len(line.lstrip(_SPACES))
    words = line[start:].replace("\u00a0", " ").split(" ")
    taken: list[str] = []
    for word in words:
        if not word:
            break
        core = word.rstrip(".,")
        if not (core[:1].isupper() or core in _NAME_JOINERS) or any(c.isdigit() for c in core):
            break
        taken.append(word)
        if word != core and not _initial(core):  # "Carla Sanchez." ends the name
            break
    while taken and taken[-1].rstrip(".,") in _NAME_JOINERS:
        taken.pop()
    if not taken or len(taken) > _MAX_WORDS:
        return None
    end = start + len(" ".join(taken).rstrip(".,"))
    return start, end


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()
