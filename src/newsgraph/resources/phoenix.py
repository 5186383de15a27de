"""Readers for the PETRARCH-2 / Phoenix actor and agent dictionaries in ``petrarch2/``.

``phoenix_agents()`` answers which role a generic noun phrase names ("riot police" -> COP,
"rebels" -> REB); ``phoenix_actors()`` which CAMEO actor code a proper name carries on a
date ("Recep Tayyip Erdogan" on 2015-03-01 -> TURGOV) and which other names the
dictionaries list for the same actor ("PKK" and "Kurdistan Workers' Party").

Both are read once per process and cached (the files never change while it runs).  Names
are matched case-insensitively with spaces, underscores and hyphens alike and full stops
dropped, so "U.N." is "UN" and "Al-Shabaab" is "al shabaab".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from itertools import chain

AGENTS_FILE = "Phoenix.agents.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
# The project's own additions in the same format, read after the dictionaries (theirs win a name).
PROJECT_ACTOR_FILES = ("international_actors.txt", "political_parties.txt", "national_bodies.txt")
PROJECT_AGENT_FILE = "project_agents.txt"  # group nouns the agent file lacks, read after it
AGENT_CORRECTIONS_FILE = "agent_corrections.txt"  # entries of the agent file corrected, read before it

_CODE = re.compile(r"\[([^\]]*)\]")
_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_MARKER = re.compile(r"!(\w+)!")
_PLURALS = re.compile(r"\{([^}]*)\}")
_PARENTHESIS = re.compile(r"\(([^)]*)\)")
_DETERMINERS = {("the",), ("a",), ("an",)}


def _lines(name: str) -> Iterator[str]:
    yield from _path(name).read_text(encoding="utf-8").splitlines()


def _source_name(file: str) -> str:
    """'Phoenix.Countries.actors.txt' -> 'Countries'; a project file is named by its stem."""
    return file.split(".")[1] if file.startswith("Phoenix.") else file.rsplit(".", 1)[0]


def _path(name: str):
    folder = importlib_resources.files(__package__)
    return folder.joinpath(name) if name in (*PROJECT_ACTOR_FILES, PROJECT_AGENT_FILE, AGENT_CORRECTIONS_FILE) else folder.joinpath("petrarch2", name)


def _uncomment(line: str) -> str:
    return line.split("#", 1)[0] if "#" in line else line


def phrase_key(text: str) -> str:
    """The form dictionary phrases and names are matched in ("U.N._Secretary-General" ->
    "un secretary general")."""
    cleaned = text.replace("\u2019", "'").replace(".", "")
    cleaned = re.sub(r"[_\-\u2010\u2013\s]+", " ", cleaned)
    return cleaned.casefold().strip()


def _american_form(key: str) -> str:
    """The dictionaries' spelling of a name written the British way or with an ampersand
    ("Food & Agriculture Organisation" -> "food and agriculture organization")."""
    return re.sub(r"isation\b", "ization", key.replace(" & ", " and "))


# --- agents -----------------------------------------------------------------------------


def _plural(word: str) -> str:
    """The regular plural PETRARCH adds to every agent noun the file does not mark."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


@dataclass(frozen=True, slots=True)
class PhoenixAgents:
    """Generic agent phrases (as word tuples) to their role codes."""

    codes: dict[tuple[str, ...], str]
    longest: int

    def lookup(self, words: Sequence[str]) -> str | None:
        """The role code of the longest agent phrase at the start of ``words`` (lowercased
        words of the text: "riot police" -> COP), None if none starts there."""
        tokens = tuple(phrase_key(" ".join(words)).split())
        found = self._longest(tokens)
        if found is None and tokens[:1] in _DETERMINERS:
            found = self._longest(tokens[1:])
        return found

    def _longest(self, tokens: tuple[str, ...]) -> str | None:
        for size in range(min(len(tokens), self.longest), 0, -1):
            code = self.codes.get(tokens[:size])
            if code:
                return code
        return None


def _agent_forms(phrase: str, plurals: str | None, substitutions: dict[str, list[str]]) -> Iterator[str]:
    """Every written form of one agent entry: markers expanded, the given plurals or the
    regular plural of the last word (none when the braces are empty)."""
    marker = _MARKER.search(phrase)
    if marker:
        for word in substitutions.get(marker.group(1), []):
            # "!PERSON!" forms carry their own plurals (MAN, MEN), so add none
            yield from _agent_forms(phrase[: marker.start()] + word + phrase[marker.end() :], "", substitutions)
        return
    singular = phrase_key(phrase)
    if not singular:
        return
    yield singular
    if plurals is None:
        words = singular.split()
        yield " ".join([*words[:-1], _plural(words[-1])])
    else:
        for plural in plurals.split():
            key = phrase_key(plural)
            if key:
                yield key


def read_agents(lines: Iterable[str]) -> PhoenixAgents:
    """Agents from the lines of a file in the format of ``Phoenix.agents.txt``."""
    substitutions: dict[str, list[str]] = {}
    codes: dict[tuple[str, ...], str] = {}
    for raw in lines:
        line = _uncomment(raw).strip()
        if not line:
            continue
        sub = _SUBSTITUTION.match(line)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        code = _CODE.search(line)
        if not code:
            continue
        role = code.group(1).replace("~", "").strip()
        head = line[: code.start()]
        braces = _PLURALS.search(head)
        plurals = braces.group(1) if braces else None
        phrase = _PLURALS.sub(" ", head).strip()
        for form in _agent_forms(phrase, plurals, substitutions):
            codes.setdefault(tuple(form.split()), role)
    return PhoenixAgents(codes=codes, longest=max((len(k) for k in codes), default=0))


@lru_cache(maxsize=1)
def phoenix_agents() -> PhoenixAgents:
    return read_agents(chain(_lines(AGENT_CORRECTIONS_FILE), _lines(AGENTS_FILE), _lines(PROJECT_AGENT_FILE)))


# --- actors -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodeSpan:
    """One actor code, in force from ``start`` to ``end`` (ISO dates; None: open)."""

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    names: tuple[str, ...]  # as written in the file, first the main one
    code_texts: tuple[str, ...]  # the bracketed codes as written, read when asked for
    source: str = ""  # the file it comes from ("International", "MilNonState", "Countries")

    @property
    def codes(self) -> tuple[CodeSpan, ...]:
        return tuple(span for span in map(_code_span, self.code_texts) if span)

    def code_on(self, date: str | None) -> str | None:
        codes = self.codes
        if date:
            for span in codes:
                if span.dated and span.covers(date[:10]):
                    return span.code
        default = next((s.code for s in codes if not s.dated), None)
        return default or (codes[-1].code if codes else None)


@dataclass(frozen=True, slots=True)
class PhoenixActors:
    """Named actors of the Countries, International and MilNonState files."""

    actors: tuple[Actor, ...]
    by_key: dict[str, int]

    def actor(self, name: str) -> Actor | None:
        key = phrase_key(name)
        for form in dict.fromkeys((key, _american_form(key))):  # the second only when it differs
            index = self.by_key.get(form)
            if index is None and form.startswith("the "):
                index = self.by_key.get(form[4:])
            if index is not None:
                return self.actors[index]
        return None

    def lookup(self, name: str, date: str | None = None) -> str | None:
        """The actor code of a name as written in text, in force on ``date`` (ISO); the
        actor's default code without a date or when no dated code covers it."""
        found = self.actor(name)
        return found.code_on(date) if found else None

    def aliases(self, name: str) -> tuple[str, ...]:
        """The other names the dictionaries list for the actor of ``name``, in match form
        (lowercase, words separated by single spaces)."""
        found = self.actor(name)
        if found is None:
            return ()
        own = phrase_key(name)
        seen: list[str] = []
        for written in found.names:
            key = phrase_key(written)
            if key and key != own and key not in seen:
                seen.append(key)
        return tuple(seen)


def _date(text: str) -> str | None:
    """An ISO date from the file's YYMMDD (years up to 50 are 20xx) or YYYYMMDD."""
    digits = text.strip()
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        return f"{2000 + year if year <= 50 else 1900 + year}-{digits[2:4]}-{digits[4:6]}"
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None


def _code_span(body: str) -> CodeSpan | None:
    parts = body.split()
    if not parts or not parts[0].strip("-"):
        return None  # "[---]": no code
    code = parts[0]
    if len(parts) == 1:
        return CodeSpan(code)
    when = parts[1]
    if when.startswith(">"):
        start = _date(when[1:])
        return CodeSpan(code, start=start) if start else None
    if when.startswith("<"):
        end = _date(when[1:])
        return CodeSpan(code, end=end) if end else None
    start_text, _, end_text = when.partition("-")
    start, end = _date(start_text), _date(end_text)
    return CodeSpan(code, start, end) if start and end else None


def _written_names(text: str) -> Iterator[str]:
    """A name entry and, when it carries one, its parenthesised short form
    ("ISLAMIC_ARMY_OF_ADEN_(IAA)" -> the full name and "IAA")."""
    inner = _PARENTHESIS.search(text)
    if inner:
        yield _PARENTHESIS.sub(" ", text).strip(" _")
        yield inner.group(1)
    else:
        yield text.strip(" _")


def read_actor_blocks(lines: Iterable[str], source: str = "") -> Iterator[Actor]:
    """Actors from the lines of a file in the format of the ``Phoenix.*.actors.txt`` files:
    a name line starts an actor, "+" lines add names, bracketed codes follow on any line."""
    names: list[str] = []
    codes: list[str] = []
    for raw in lines:
        line = _uncomment(raw)
        if not line.strip():
            continue
        if "[" in line:
            # codes are parsed only when looked up: most of the 27,000 actors never are
            found = [body for body in _CODE.findall(line) if body.strip().strip("-")]
            head = _CODE.sub(" ", line).strip()
        else:
            found, head = [], line.strip()
        if raw[:1].isspace() or not head:
            codes.extend(found)
        elif head.startswith("+"):
            names.extend(_written_names(head[1:]))
            codes.extend(found)
        else:
            if names and codes:
                yield Actor(tuple(names), tuple(codes), source)
            names, codes = list(_written_names(head)), list(found)
    if names and codes:
        yield Actor(tuple(names), tuple(codes), source)


def index_actors(blocks: Iterable[Actor]) -> PhoenixActors:
    """The name index over actors; a name listed twice keeps its first actor."""
    actors: list[Actor] = []
    by_key: dict[str, int] = {}
    for actor in blocks:
        actors.append(actor)
        for written in actor.names:
            by_key.setdefault(phrase_key(written), len(actors) - 1)
    return PhoenixActors(actors=tuple(actors), by_key=by_key)


@lru_cache(maxsize=1)
def phoenix_actors() -> PhoenixActors:
    # built once per machine and kept on disk (built_cache): parsing the files takes seconds
    from .built_cache import built

    files = [_path(name) for name in ACTOR_FILES + PROJECT_ACTOR_FILES]
    return built("phoenix-actors", (importlib_resources.files(__package__).joinpath("phoenix.py"), *files), _build_phoenix_actors)


def _build_phoenix_actors() -> PhoenixActors:
    return index_actors(block for file in ACTOR_FILES + PROJECT_ACTOR_FILES for block in read_actor_blocks(_lines(file), _source_name(file)))
