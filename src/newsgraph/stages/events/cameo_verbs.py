"""The CAMEO verb dictionary of PETRARCH-2 (``resources/petrarch2/CAMEO.2.0.txt``) as triggers.

What is read, and how each construct is matched on a dependency parse (resources/README.md
has the user's side of it):

- Synonym sets: ``&NAME`` followed by ``+WORD`` lines (underscores are spaces, a final ``_``
  only stops PETRARCH's plurals).  A pattern naming ``&NAME`` stands for one pattern per member.
- Verb blocks: ``---  NAME  [code]  ---`` and the verbs listed under it, each with its
  irregular forms in ``{}`` (ignored: lemmas are matched) and an optional code of its own.
  ``+CALL_OFF`` is the verb "call" with "off" below it; ``RE_+ARREST`` and ``RE-EXAMINE`` are
  the last word with the first below it.  Compounds on "be" or "have" (``+IS_DETERMINED``) are
  skipped: in a dependency parse the adjective, not the auxiliary, heads them.
- Phrase patterns: ``- SUBJECT * WORDS (PREP WORDS) {NOUN PHRASE}  [code]``.  As in PETRARCH-2
  a block's patterns serve all its verbs, except a pattern whose comment names the verb of the
  block it was found with (``# PUT``): that one is often an idiom of that verb ("put on alert",
  "take part", "press on") and serves that verb only.  The words after ``*`` must hang below
  the verb (the matcher's few steps, not into another clause); words before it must sit in
  the verb's subject or passive "by" phrase.  ``$``, ``+``, ``%`` and ``^`` mark actor and place
  slots and are no words; ``A/B`` is either word; a plural noun also matches its singular.
- Codes: ``[042:043]`` codes the first (the actor's) event; ``[:173]`` codes only the event the
  target does to the subject, which would invert the roles here: skipped.  ``[---]`` codes
  nothing: a verb with it is no trigger, a phrase with it is a frame that is no event
  ("released a report", "seized heroin"), which beats a shorter pattern of the same verb.
- CAMEO codes are typed through ``cameo_plover.tsv``; statements and appeals (roots 01, 02)
  have no PLOVER type and are skipped, as are codes it does not know.

Not read: verb transformations (``~`` lines: they need the coded events of subordinate
clauses), patterns whose only words are prepositions (``- * (TO)``: PETRARCH requires an actor
after it, which a word list cannot say), words that are themselves unparsable (``*_LAWS``).
Every skip is counted (``dictionary_patterns`` returns the counts) so the choices can be audited.

Precision: a verb alone codes the block's default only where the dictionary coded it on
purpose (``bare_default``); the WordNet synonyms gathered in a block ("accord", "lead",
"help") code only in its frames; and ``triggers`` codes a verb alone only when it acts on a
named or pronoun target and governs no clause, as PETRARCH codes only source-target pairs ("the mayor died",
"officials will consider the proposal" are no events).  ``lexicon.load_event_lexicon`` puts these patterns after the
project's table (which wins on the same head and words, keeps its types and keeps verbs it
codes only in frames framed) and ``triggers`` uses them only on verbs of asserted clauses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from typing import Literal

from .lexicon import Coding, Pattern

_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "will", "would"})
_MARKERS = frozenset({"$", "+", "%", "^"})
_WORD = re.compile(r"[^\W_][\w'/.-]*(?<!_)$")  # letters, digits and ' / . - _ inside
_NO_TYPE_ROOTS = frozenset({"01", "02"})  # statements and appeals: no PLOVER type
NULL = "---"
DICTIONARY = "petrarch2/CAMEO.2.0.txt"


@dataclass(frozen=True, slots=True)
class Verb:
    head: str
    others: tuple[str, ...]  # words of a multi-word verb that hang below the head
    code: str | None  # its own code, else the block's


@dataclass(frozen=True, slots=True)
class Frame:
    """One phrase pattern with synonym sets resolved: one alternative per word slot."""

    subject: tuple[tuple[str, ...], ...]
    words: tuple[tuple[str, ...], ...]
    code: str
    noted: frozenset[str] = frozenset()  # the comment's words: it names the verb the frame was written for


@dataclass(slots=True)
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    blocks: tuple[Block, ...]
    skipped: Counter  # reason -> lines or patterns not read


# --- reading -------------------------------------------------------------------------------


def _clean(line: str) -> str:
    return line.split("#", 1)[0].strip()


def read_verb_dictionary(text: str) -> VerbDictionary:
    """Synonym sets, verb blocks and their phrase patterns of a PETRARCH-2 verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    skipped: Counter = Counter()
    section, current = "synsets", None
    for raw in text.splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
        elif raw.startswith("######## TRANSFORMATIONS"):
            section = "transformations"
        line = _clean(raw)
        if not line:
            continue
        if section == "synsets":
            current = _synset_line(line, synsets, current)
        elif section == "transformations":
            skipped["verb transformation"] += 1
        elif line.startswith("---"):
            blocks.append(_block_header(line))
        elif not blocks:
            skipped["line outside a verb block"] += 1
        elif line.startswith("-"):
            frame = _frame(line, raw.partition("#")[2], synsets, skipped)
            if frame is not None:
                blocks[-1].frames.append(frame)
        else:
            verb = _verb(line, skipped)
            if verb is not None:
                blocks[-1].verbs.append(verb)
    return VerbDictionary(tuple(blocks), skipped)


def _synset_line(line: str, synsets: dict[str, list[str]], current: str | None) -> str | None:
    if line.startswith("&"):
        synsets.setdefault(line.split()[0], [])
        return line.split()[0]
    if line.startswith("+") and current is not None:
        synsets[current].append(line[1:].replace("_", " ").strip().lower())
    return current


def _block_header(line: str) -> Block:
    parts = line.strip("- ").split()
    code = next((_code(p) for p in parts if p.startswith("[") and p.endswith("]")), NULL)
    return Block(parts[0] if parts else "", code)


def _code(token: str) -> str:
    """``[042:043]`` -> 042: the actor's own event.  ``[:173]`` (only the event the target does
    to the subject) -> NULL: the roles would be inverted here."""
    code = token.strip("[]").rstrip("!")
    if code.startswith(":"):
        return NULL
    return code.split(":")[0] or NULL


def _verb(line: str, skipped: Counter) -> Verb | None:
    """A verb line: ``GIVE {GAVE GIVEN GIVING } [070]``, ``+CALL_OFF [160]``, ``RE_+ARREST``."""
    words = line.split()
    code = _code(words[-1]) if words[-1].startswith("[") else None
    form = words[0].lower()
    if form.startswith("{") or form.startswith("["):
        skipped["verb line without a verb"] += 1
        return None
    parts = [p for p in form.replace("-", "_").split("_") if p]
    marked = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    parts = [p.lstrip("+") for p in parts]
    head_index = marked if "+" in form else len(parts) - 1
    head = parts[head_index]
    if head in _AUXILIARIES:
        skipped["compound verb on be or have"] += 1
        return None
    return Verb(head, tuple(p for i, p in enumerate(parts) if i != head_index), code)


def _frame(line: str, note: str, synsets: dict[str, list[str]], skipped: Counter) -> Frame | None:
    """A phrase pattern line, or None (counted) when it cannot be matched faithfully."""
    body = line[1:].strip()
    if not body.endswith("]") or "[" not in body:
        skipped["phrase without a code"] += 1
        return None
    body, raw = body[: body.rindex("[")], body[body.rindex("[") :]
    if raw.startswith("[:"):
        skipped["code of the target's event ([:x])"] += 1
        return None
    code = _code(raw)
    sides = body.split("*")
    if len(sides) != 2:
        skipped["no single verb slot"] += 1
        return None
    before, after = _slots(sides[0], synsets), _slots(sides[1], synsets)
    if before is None or after is None:
        skipped["unparsable word or undefined synonym set"] += 1
        return None
    if not before and not _has_content(sides[1]):
        skipped["prepositions only (the slot needs an actor)"] += 1
        return None
    return Frame(before, after, code, frozenset(note.lower().split()))


def _has_content(side: str) -> bool:
    """Any word outside parentheses, or a word after a preposition inside them."""
    depth, first = 0, True
    for token in side.replace("(", " ( ").replace(")", " ) ").split():
        if token == "(":
            depth, first = depth + 1, True
        elif token == ")":
            depth -= 1
        elif token in _MARKERS:
            continue
        elif depth == 0 or not first:
            return True
        else:
            first = False
    return False


def _slots(side: str, synsets: dict[str, list[str]]) -> tuple[tuple[str, ...], ...] | None:
    """The words of one side, each slot with its alternatives; None when one is unusable."""
    slots: list[tuple[str, ...]] = []
    for token in side.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split():
        if token in _MARKERS:
            continue
        if token.startswith("&"):
            members = synsets.get(token)
            if not members:
                return None
            slots.append(tuple(members))
            continue
        if not _WORD.match(token):
            return None
        slots.append(tuple(w.replace("_", " ").lower() for w in token.split("/") if w))
    return tuple(slots)


# --- patterns ------------------------------------------------------------------------------


def singular(word: str) -> str:
    """A plural noun's likely lemma ("rallies" -> "rally", "marches" -> "march"), else the word."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y" if len(word) > 4 else word[:-1]  # "rallies" -> "rally", "ties" -> "tie"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _slot(alternatives: tuple[str, ...]) -> str:
    """One pattern word: alternatives joined by "|", a phrase's words by spaces; a plural noun
    also as its singular lemma."""
    forms: dict[str, None] = {}  # ordered and unique
    for phrase in alternatives:
        words = phrase.replace("-", " ").split()
        if words:
            forms[" ".join(words)] = None
            forms[" ".join((*words[:-1], singular(words[-1])))] = None
    return "|".join(forms)


def _words(slots: tuple[tuple[str, ...], ...], memo: dict[tuple[str, ...], str]) -> tuple[str, ...]:
    """The pattern words of a frame's slots (``memo``: synonym sets recur in many frames)."""
    out = []
    for slot in slots:
        if slot not in memo:
            memo[slot] = _slot(slot)
        out.append(memo[slot])
    return tuple(out)


def _typed(code: str, coding: Callable[[str], Coding | None], skipped: Counter) -> Coding | Literal[False] | None:
    """The PLOVER coding of a code; False for a null (no event) code; None when unusable."""
    if code == NULL:
        return False
    if code[:2] in _NO_TYPE_ROOTS:
        skipped["statement or appeal (CAMEO 01, 02)"] += 1
        return None
    found = coding(code)
    if found is None:
        skipped["code with no PLOVER type"] += 1
    return found


def _pattern(verb: Verb, words: tuple[str, ...], subject: tuple[str, ...], code: str, typed: Coding | Literal[False]) -> Pattern:
    if typed is False:
        return Pattern(verb.head, verb.others + words, "V", NULL, "", None, subject, "cameo")
    return Pattern(verb.head, verb.others + words, "V", code, typed.type, typed.mode, subject, "cameo")


def _written_for(frame: Frame, heads: set[str]) -> frozenset[str]:
    """The verbs of the block a frame's comment names: the verbs it was found with.  Such a frame
    is often an idiom of that verb ("press on", "take part", "set fire") that says nothing of
    the block's other verbs; a frame whose comment names none applies to every verb."""
    return frozenset(frame.noted & heads)


def bare_default(block: Block, verb: Verb, framed: frozenset[str]) -> bool:
    """Whether a verb alone is a trigger.  A verb with a code of its own was coded on purpose,
    and so was the verb a block is named after ("DEMAND", "KILL"); the other verbs of a block
    are synonyms gathered to share its frames ("accord", "lead", "help") and code only in
    them.  Verbs another table codes only in frames ("release prisoner") stay framed here."""
    if verb.head in framed:
        return False
    return verb.code is not None or block.name.lower().replace("_", " ") == " ".join((verb.head, *verb.others))


def dictionary_patterns(dictionary: VerbDictionary, coding: Callable[[str], Coding | None], framed: frozenset[str] = frozenset()) -> tuple[list[Pattern], Counter]:
    """Trigger patterns of every verb of every block; counts of what was left out, and why.
    ``framed``: verbs another table codes only in frames, which the dictionary does not code bare."""
    skipped = Counter(dictionary.skipped)
    patterns: list[Pattern] = []
    memo: dict[tuple[str, ...], str] = {}
    for block in dictionary.blocks:
        heads = {verb.head for verb in block.verbs}
        frames = [(_words(f.words, memo), _words(f.subject, memo), f.code, _typed(f.code, coding, skipped), _written_for(f, heads)) for f in block.frames]
        for verb in block.verbs:
            if bare_default(block, verb, framed):
                typed = _typed(verb.code or block.code, coding, skipped)
                if typed:  # a bare verb that codes nothing is simply no pattern
                    patterns.append(_pattern(verb, (), (), verb.code or block.code, typed))
            for words, subject, code, typed, only in frames:
                if typed is None:
                    continue
                if only and verb.head not in only:
                    skipped["(verb, frame) pair: the frame names another verb of the block"] += 1
                    continue
                patterns.append(_pattern(verb, words, subject, code, typed))
    return patterns, skipped


def dictionary_text() -> str:
    return importlib_resources.files("newsgraph.resources").joinpath(DICTIONARY).read_text(encoding="utf-8")


def load_dictionary_patterns(coding: Callable[[str], Coding | None], framed: frozenset[str] = frozenset()) -> tuple[Pattern, ...]:
    """The shipped dictionary's patterns (the events lexicon caches them with everything else)."""
    patterns, _ = dictionary_patterns(read_verb_dictionary(dictionary_text()), coding, framed)
    return tuple(patterns)
