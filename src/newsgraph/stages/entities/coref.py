"""Within-document resolution: which mentions are one entity.

Rules, applied in this order (each documented with its tests in tests/test_entities_coref.py):

1. Same name: names equal when case, hyphens and spaces are ignored ("Kang Sun Nam" =
   "Kang Sun-nam"); a name's type is the most trusted (gazetteer over model), then the most
   frequent among its mentions.
2. Acronym in brackets: "Korean Central News Agency (KCNA)" makes KCNA a name of the entity.
3. Repeated names: another occurrence of a known name that the model did not tag joins it.
4. Partial names: a person's shorter name ("Shoigu", "Kang") joins the one person whose full
   name begins or ends with it; when two people share it, the nearest preceding one wins, and
   the two people are never merged.  A one-word name equal to an inner word of exactly one
   full name ("Lula" of "Luiz Inacio Lula da Silva") joins it too.
5. Role descriptions (see actors.py for titles): "his North Korean counterpart Kang Sun Nam"
   is a mention of the name it stands before; "the minister", "the Russian defense minister"
   without a name refer to the nearest preceding person with that role and a compatible
   country.  "the North Korean capital", "Russia's government" stand for the country.
6. Pronouns: he/him/his, she/her, its refer to the most salient preceding mention of a
   compatible type and gender within a few sentences (resources/pronouns.tsv, gender from
   pronouns already resolved, given names and titles: resources/gender_words.tsv); a pronoun
   of the narrative passes over names inside quotation marks; none found means no entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...model import Analysis, Token
from ...resources import Pronoun, gender_words, org_sectors, person_cues, pronouns, speech_verbs
from .occurrences import whole_word_spans
from .tokens import last_token_in
from .types import TRUST_MODEL, Lexicon, Mention

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
_PERSONAL = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "i", "we", "you"}


def is_name_mention(text: str) -> bool:
    """True for a proper-name mention ("Kang Sun Nam"), false for "the minister", "he"."""
    first = text.split()[0].casefold() if text.split() else ""
    return bool(text[:1].isupper()) and first not in _DETERMINERS and first not in _PERSONAL


@dataclass
class Cluster:
    """One entity under construction."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None

    @property
    def names(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind in ("name", "alias")]

    @property
    def keys(self) -> set[str]:
        return {m.key for m in self.names}

    def first(self) -> int:
        return min(m.start for m in self.mentions)


# --- rules 1-3: names ---------------------------------------------------------------------------


def cluster_names(text: str, mentions: list[Mention]) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, Cluster(mention.type)).mentions.append(mention)
    clusters = list(by_key.values())
    for cluster in clusters:
        cluster.type = _vote_type(cluster.mentions)
        for mention in cluster.mentions:
            mention.type = cluster.type
    _add_bracket_acronyms(text, clusters)
    _add_repeated_names(text, clusters)
    return [c for c in clusters if c.mentions]  # a cluster whose pieces a longer name took is gone


def _vote_type(mentions: list[Mention]) -> str:
    """The most trusted type; among the model's, the most frequent, and ORG over PLACE when
    the model hesitates (a name it also calls an organization is rarely a bare place)."""
    best = max(m.trust for m in mentions)
    votes = Counter(m.type for m in mentions if m.trust == best)
    if votes["ORG"] and votes["PLACE"]:
        votes["ORG"] += votes.pop("PLACE")
    return votes.most_common(1)[0][0]


_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9}?)s?\)")


def initials_of(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in {"of", "the", "and", "for", "de", "&"}]
    return "".join(w[0] for w in words).upper()


def _add_bracket_acronyms(text: str, clusters: list[Cluster]) -> None:
    """ "intercontinental ballistic missiles (ICBMs)": the bracketed initials are an alias."""
    for cluster in clusters:
        for mention in list(cluster.names):
            match = _BRACKETED.match(text, mention.end)
            if match and match.group(1).replace(".", "").upper() == initials_of(mention.name):
                alias = Mention(match.start(1), match.end(1), cluster.type, match.group(1), kind="alias", trust=mention.trust)
                _claim(clusters, cluster, alias)


def _defined_initials(mention: Mention) -> bool:
    return mention.kind == "alias" and len(mention.name) == 2 and mention.name.isupper()


def _claim(clusters: list[Cluster], owner: Cluster, mention: Mention) -> None:
    """Give ``mention`` to ``owner``, taking it from any other cluster that holds that span."""
    for cluster in clusters:
        cluster.mentions = [m for m in cluster.mentions if (m.start, m.end) != (mention.start, mention.end)]
    owner.mentions.append(mention)


def _add_repeated_names(text: str, clusters: list[Cluster]) -> None:
    """Occurrences of a known name (or alias) the model left untagged join the entity."""
    taken = [(m.start, m.end) for c in clusters for m in c.mentions]
    for cluster in clusters:
        if cluster.type == "WEAPON" and not any(m.kind == "alias" for m in cluster.mentions):
            continue  # weapon names come from patterns that already saw every occurrence
        # In order of first mention, not a set's order: the output must not hang on the hash seed.
        # a two-letter name only when the text defined it in brackets: "Palestinian Authority (PA)"
        names = [m.name for m in cluster.names if (len(m.name) > 2 and m.name[:1].isupper()) or _defined_initials(m)]
        for name in dict.fromkeys(names):
            plural = any(m.kind == "alias" for m in cluster.mentions)
            for start, end in whole_word_spans(text, name, plural):
                if _inside_longer_name(text, start, end):
                    continue  # "Explorer" in "Internet Explorer" is another name
                overlapping = [(s, e) for s, e in taken if s < end and start < e]
                if overlapping and _pieces_of(clusters, cluster, name, (start, end), overlapping):
                    # "UK" and "Independence Party" the model split out of "UK Independence Party"
                    _release(clusters, overlapping)
                    taken = [span for span in taken if span not in overlapping]
                    overlapping = []
                if not overlapping:
                    cluster.mentions.append(Mention(start, end, cluster.type, text[start:end], trust=TRUST_MODEL))
                    taken.append((start, end))


def _pieces_of(clusters: list[Cluster], cluster: Cluster, name: str, span: tuple[int, int], overlapping: list[tuple[int, int]]) -> bool:
    """Whether the spans a longer organization name covers are pieces the model split out of
    it: a place and the rest ("UK" and "Independence Party"), none of them a person's."""
    # (``span`` is where the longer name stands, ``overlapping`` the pieces inside it)
    if cluster.type not in ("ORG", "OUTLET") or " " not in name:
        return False
    if not all(span[0] <= s and e <= span[1] and (s, e) != span for s, e in overlapping):
        return False
    kinds = {(m.start, m.end): c.type for c in clusters for m in c.mentions}
    if any(kinds.get(piece) == "PERSON" for piece in overlapping):
        return False
    # a place the name begins with and the rest of it ("UK" + "Independence Party"), tagged
    # or not (an abbreviation left out: "UK" before "Independence Party")
    first = name.split()[0]
    left_out = span[0] < min(s for s, _ in overlapping) and first.isupper() and len(first) <= 3
    return left_out or any(kinds.get(piece) in ("PLACE", "COUNTRY") for piece in overlapping)


def _release(clusters: list[Cluster], spans: list[tuple[int, int]]) -> None:
    """Take the mentions at ``spans`` from whichever clusters hold them."""
    for cluster in clusters:
        cluster.mentions = [m for m in cluster.mentions if (m.start, m.end) not in spans]


_CAPITALIZED_BEFORE = re.compile(r"([A-Z][\w\-]*)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    before = _CAPITALIZED_BEFORE.search(text[max(0, start - 40) : start])
    after = _CAPITAL_AFTER.match(text[end : end + 3])
    return (before is not None and before.group(1) not in _SENTENCE_OPENERS) or bool(after)


_SENTENCE_OPENERS = {"The", "In", "On", "At", "But", "And", "When", "While", "As", "By", "For", "From", "With", "After", "Before"}


# --- rule 4: partial names of people ---------------------------------------------------------------


def merge_partial_names(clusters: list[Cluster], text: str = "") -> list[Cluster]:
    people = [c for c in clusters if c.type == "PERSON"]
    full = [c for c in people if max(len(k.split()) for k in c.keys) > 1]
    # longest names first, so that "Santos Alvite" joins "Fernando Santos Alvite" before "Alvite" looks for its owner
    for cluster in sorted(clusters, key=lambda c: -max((len(k.split()) for k in c.keys), default=0)):
        if not _may_be_partial(cluster) or _given_name_under_title(cluster, text):
            continue
        # a two-word name may itself be part of a longer one ("Santos Alvite" of "Fernando Santos Alvite")
        owners = [o for o in full if o is not cluster and any(_is_part(k, ok) for k in cluster.keys for ok in o.keys)]
        # "Mr Howard" with Michael Howard and Howard Flight in the story: a name alone is a surname
        surnamed = [o for o in owners if any(_is_surname(k, ok) for k in cluster.keys for ok in o.keys)]
        owners = surnamed or owners or _middle_name_owner(cluster, full)
        if not owners:
            continue
        for mention in cluster.mentions:
            _nearest_owner(owners, mention.start, text, mention.name).mentions.append(mention)
            mention.type = "PERSON"
        clusters.remove(cluster)
        if cluster in full:
            full.remove(cluster)
    return clusters


def _given_name_under_title(cluster: Cluster, text: str) -> bool:
    """A one-word name first written after a title that goes with a given name (person_cues.tsv,
    ``given_name``): "King Hussein", "Prince Charles" are no one's surname, nor is the name
    alone said of them later ("his meeting with Hussein was to press the king")."""
    titles = person_cues().get("given_name", frozenset())
    names = cluster.names
    if not names or not titles or any(len(m.name.split()) > 1 for m in names):
        return False
    return _follows_title(text, min(m.start for m in names), titles)


def _follows_title(text: str, start: int, titles: frozenset[str]) -> bool:
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].lower() in titles


def _middle_name_owner(cluster: Cluster, full: list[Cluster]) -> list[Cluster]:
    """ "Lula" for "Luiz Inacio Lula da Silva": a one-word name equal to an inner word (neither
    first nor last) of exactly one full person name; shared by two, it joins neither."""
    words = {k for k in cluster.keys if " " not in k and len(k) > 2}
    owners = [o for o in full if o is not cluster and any(w in k.split()[1:-1] for w in words for k in o.keys)]
    return owners if len(owners) == 1 else []


def add_untagged_surnames(text: str, clusters: list[Cluster]) -> None:
    """A full name's last word found again where the model tagged nothing ("Brandt said")."""
    taken = [(m.start, m.end) for c in clusters for m in c.mentions]
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.type != "PERSON":
            continue
        for mention in cluster.names:
            words = mention.name.split()
            if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
                owners.setdefault(words[-1], []).append(cluster)
    for surname, candidates in owners.items():
        for start, end in whole_word_spans(text, surname):
            if any(s < end and start < e for s, e in taken) or _inside_longer_name(text, start, end):
                continue
            owner = _nearest_owner(candidates, start, text, surname)
            owner.mentions.append(Mention(start, end, "PERSON", surname, trust=TRUST_MODEL))
            taken.append((start, end))


def _may_be_partial(cluster: Cluster) -> bool:
    """A one- or two-word person name, or a model-tagged ORG/PLACE that may be a surname."""
    if cluster.type == "PERSON":
        return True
    # (one written word: "Leigh-Pemberton" is one surname, whatever its key splits it into)
    return cluster.type in ("ORG", "PLACE") and all(m.trust == TRUST_MODEL and len(m.name.split()) == 1 for m in cluster.mentions)


def _is_part(short: str, full: str) -> bool:
    """A name that opens or ends a longer one; a name of two words or more only one a word
    longer ("Santos Alvite" of "Fernando Santos Alvite")."""
    words, whole = short.split(), full.split()
    if len(words) > 1 and len(whole) != len(words) + 1:
        return False
    return len(words) < len(whole) and (whole[: len(words)] == words or whole[-len(words) :] == words)


def _is_surname(short: str, full: str) -> bool:
    words, whole = short.split(), full.split()
    return len(words) < len(whole) and whole[-len(words) :] == words


def _nearest_owner(owners: list[Cluster], position: int, text: str = "", short: str = "") -> Cluster:
    """The owner named most recently before ``position`` (else the first one named after it)
    with the ``short`` name's words, when one was ("Gonzalez" is the Gonzalez named last, not
    the one called "Elian" since); with a title before the short name, the one named with that
    title ("Treasury Secretary Baker" is "Treasury Secretary James Baker", whoever Baker was
    named last)."""
    title = _title_before(text, position) if text and len(owners) > 1 else ""
    if title:
        titled = [o for o in owners if any(_title_before(text, m.start).endswith(title) for m in o.names if " " in m.name)]
        if len(titled) == 1:
            return titled[0]
    words = set(short.split())
    before = [(max((m.start for m in o.names if m.start < position and words <= set(m.name.split())), default=-1), o) for o in owners]
    if words and all(start < 0 for start, _ in before):
        before = [(max((m.start for m in o.names if m.start < position), default=-1), o) for o in owners]
    best = max(before, key=lambda pair: pair[0])
    if best[0] >= 0:
        return best[1]
    return min(owners, key=lambda o: min(m.start for m in o.names))


_TITLE_WORDS = re.compile(r"((?:[A-Z][\w.-]*\s+){1,3})$")


def _title_before(text: str, start: int) -> str:
    """The capitalized words written right before a name ("Treasury Secretary "), unless the
    first of them opens the sentence ("Baker said": its own capital)."""
    match = _TITLE_WORDS.search(text, max(0, start - 60), start)
    if match is None:
        return ""
    opening = match.start(1)
    if opening == 0 or text[:opening].rstrip().endswith((".", '"')) or text[:opening].endswith("\n"):
        return ""
    return " ".join(match.group(1).split())


# --- rule 6: pronouns -------------------------------------------------------------------------------


def name_genders(text: str, clusters: list[Cluster]) -> None:
    """A person's gender from a given name or a title before a name ("Kristen Lee", "Mrs Lee"),
    so that "he" passes her by; names that disagree leave it open."""
    words = gender_words()
    for cluster in clusters:
        if cluster.type != "PERSON":
            continue
        votes = set()
        for mention in cluster.names:
            first = mention.name.split()[0]
            votes.add(words["given"].get(first))
            title = _TITLE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
            votes.add(words["title"].get(title.group(1)) if title else None)
        votes.discard(None)
        if len(votes) == 1:
            cluster.gender = votes.pop()


_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ ]+$")


def resolve_pronouns(analysis: Analysis, clusters: list[Cluster]) -> None:
    table = pronouns()
    quoted = quoted_spans(analysis.text)
    for token in analysis.tokens:
        pronoun = table.get(token.text.casefold())
        if pronoun is None or token.pos not in ("PRON", "DET"):
            continue
        target = _antecedent(analysis, clusters, token, pronoun, quoted)
        if target is not None:
            target.mentions.append(Mention(token.start, token.end, target.type, token.text, kind="pronoun"))
            if pronoun.gender in ("m", "f"):
                target.gender = pronoun.gender


_QUOTED = re.compile(r'"[^"\n]{3,}?"|\u201c[^\u201d\n]{3,}?\u201d')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Stretches between quotation marks within a paragraph: someone's own words."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _antecedent(analysis: Analysis, clusters: list[Cluster], token: Token, pronoun: Pronoun, quoted: list[tuple[int, int]] | None = None) -> Cluster | None:
    """The most salient compatible cluster within the pronoun's window.

    Salience after Lappin and Leass (1994), simplified: a mention weighs by its grammatical
    role (subject over object over the object of a preposition, a head noun over a possessor)
    and halves with each sentence back; a cluster counts its most salient mention, half as much
    again when its gender is known to agree, and a tie goes to the nearest.  So "Gen Lee held talks with
    Ann Roe. He arrived ..." is Lee, where the nearest name would say Roe.  A reflexive is bound
    in its clause: the nearest mention wins; an object pronoun is never the entity that is the
    subject of its own verb, under whichever mention."""
    earliest = max(0, token.sent - pronoun.window + 1)
    reflexive = token.text.casefold().endswith("self")
    narrated = not _inside(quoted or [], token.start)  # the narrative's "he" is someone the narrative names
    if _speech_subject(analysis, token) and not reflexive:
        speaker = _continuing_speaker(analysis, clusters, token, pronoun)
        if speaker is not None:  # "Mr Milburn explained ... he claimed ... he said": the one speaking
            return speaker
    claimant = _claimant(analysis, clusters, token, pronoun)
    if claimant is not None:  # "Mr Brown's insistence he was not gloating": Brown
        return claimant
    best: tuple[float, int, Cluster] | None = None
    for cluster in clusters:
        if cluster.type not in pronoun.types or cluster.gender not in (None, pronoun.gender):
            continue
        if any(_same_clause_subject(analysis, m, token) for m in cluster.mentions):
            continue  # "Lee denied he met him": "him" is not Lee, whoever "he" is
        salience, latest = 0.0, -1
        for mention in cluster.mentions:
            sentence = analysis.sentence_of(mention.start)
            if mention.end > token.start or sentence < earliest:
                continue
            if narrated and _inside(quoted or [], mention.start):
                continue  # "he wrote: 'Blair rather than Howard should govern'. He criticised ...": not Howard
            weight = mention.start if reflexive else _role_weight(analysis, mention) / 2 ** (token.sent - sentence)
            salience, latest = max(salience, weight), max(latest, mention.start)
        salience *= 1.5 if cluster.gender == pronoun.gender else 1
        if latest >= 0 and (best is None or (salience, latest) > best[:2]):
            best = (salience, latest, cluster)
    return best[2] if best else None


_CLAIM_NOUNS = frozenset(
    {"claim", "insistence", "denial", "assertion", "admission", "belief", "argument", "statement", "suggestion", "fear", "hope", "promise", "pledge", "warning", "boast", "complaint", "allegation"}
)


def _claimant(analysis: Analysis, clusters: list[Cluster], token: Token, pronoun: Pronoun) -> Cluster | None:
    """The owner of a claim, denial or insistence whose clause the pronoun is the subject of
    ("Mr Brown's insistence he was not gloating", "Kolb's claim that she had resigned")."""
    if token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
        return None
    clause = analysis.tokens[token.head]
    if clause.head == clause.i or analysis.tokens[clause.head].pos != "NOUN":
        return None
    # the parser hangs "insistence he was" as a relative clause: only nouns of saying take one so
    if clause.dep not in ("acl", "ccomp") and not (clause.dep == "relcl" and analysis.tokens[clause.head].lemma.lower() in _CLAIM_NOUNS):
        return None
    noun = clause.head
    owners = {t.i for t in analysis.tokens if t.head == noun and t.dep == "poss" and t.i != noun and t.pos == "PROPN"}
    agreeing = (c for c in clusters if c.type in pronoun.types and c.gender in (None, pronoun.gender))
    return next((c for c in agreeing if any((head := _mention_head(analysis, m)) is not None and head.i in owners for m in c.mentions)), None)


def _speech_subject(analysis: Analysis, token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of saying ("he said", "he claimed")."""
    return token.dep == "nsubj" and token.head != token.i and analysis.tokens[token.head].lemma.lower() in speech_verbs()


def _continuing_speaker(analysis: Analysis, clusters: list[Cluster], token: Token, pronoun: Pronoun) -> Cluster | None:
    """The person who was last the subject of a verb of saying, within six sentences, when no
    other person of the pronoun's kind has been the subject of a main clause since: "Mr Milburn
    explained ... he claimed ... And Tony Blair would lead the campaign, he said" is Milburn
    throughout (Blair is talked of, inside what is said). Lappin and Leass's parallelism of
    roles, kept across the sentences of one speaker's account."""
    owner: dict[int, Cluster] = {}
    for cluster in clusters:
        if cluster.type in pronoun.types and cluster.gender in (None, pronoun.gender):
            for mention in cluster.mentions:
                head = _mention_head(analysis, mention)
                if head is not None and head.i < token.i:
                    owner[head.i] = cluster
    earliest = max(0, token.sent - 6)
    for candidate in reversed(analysis.tokens[: token.i]):
        if candidate.sent < earliest:
            break
        found = owner.get(candidate.i)
        if found is None:
            if candidate.pos in ("NOUN", "PROPN") and _speech_subject(analysis, candidate):
                return None  # "the spokesman said. He added ...": the last to speak is no one named
            continue
        if candidate.dep == "poss" and _main_subject(analysis, analysis.tokens[candidate.head]) and candidate.sent < token.sent and not _reported(analysis, candidate):
            return None  # "Mr Brown's insistence ... was a rebuttal": he became the subject of the story
        if candidate.dep == "appos" and candidate.head != candidate.i:
            candidate = analysis.tokens[candidate.head]  # "The Attorney General, Lord Goldsmith, has ...": the subject it names
        if candidate.sent == token.sent and not _speech_subject(analysis, candidate) and not _reported(analysis, candidate):
            return None  # "his sister pleaded with him ..., but he replied": the one just named
        if candidate.dep == "ROOT" and candidate.pos in ("NOUN", "PROPN") and candidate.sent < token.sent:
            return None  # a sentence the parse left with a noun at its root ("the head of the union, X, ... renewed"): X leads it
        if candidate.dep != "nsubj":
            continue
        if _speech_subject(analysis, candidate):
            return found
        if candidate.head == candidate.i or analysis.tokens[candidate.head].dep == "ROOT" or analysis.tokens[candidate.head].head == analysis.tokens[candidate.head].i:
            return None  # another person became the subject of the story: salience decides
    return None


def _main_subject(analysis: Analysis, token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main clause."""
    if token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
        return False
    verb = analysis.tokens[token.head]
    return verb.dep == "ROOT" or verb.head == verb.i


def _reported(analysis: Analysis, token: Token) -> bool:
    """Whether ``token`` lies inside what a verb of saying reports ("Blair would lead it, he said")."""
    node = token
    for _ in range(12):
        if node.head == node.i:
            return False
        parent = analysis.tokens[node.head]
        if node.dep in ("ccomp", "parataxis") and parent.lemma.lower() in speech_verbs():
            return True
        node = parent
    return False


def _mention_head(analysis: Analysis, mention: Mention) -> Token | None:
    tokens = analysis.tokens_in(mention.start, mention.end)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head not in inside or t.head == t.i), tokens[-1])


# Lappin and Leass's factors: recency 100, subject 80, direct object 50, indirect object 40,
# not inside an adverbial phrase 50, head noun 80.
# A noun at the root of a sentence (a headline, or a lead the parse left without a verb: "the
# head of the union, Ann Lee, ... renewed demands") is what it is about, as a subject is.
_ROLE_WEIGHTS = {"nsubj": 80, "nsubjpass": 80, "csubj": 80, "ROOT": 80, "expl": 70, "dobj": 50, "attr": 50, "oprd": 50, "dative": 40}
_NOT_HEAD_NOUN = {"poss", "compound", "nmod", "amod"}


def _role_weight(analysis: Analysis, mention: Mention) -> float:
    head = _mention_head(analysis, mention)
    if head is None:
        return 100.0
    while head.dep == "compound" and analysis.tokens[head.head].pos == "PROPN":
        head = analysis.tokens[head.head]  # a name the mention holds only part of ("Wong Yeung" of "Wong Yeung-tat")
    dep = head.dep
    while dep in ("appos", "conj") and head.head != head.i:  # "Ann Roe's father, Ben Lee": the role of what it stands beside
        head = analysis.tokens[head.head]
        dep = head.dep
    weight = 100.0 + _ROLE_WEIGHTS.get(dep, 0)
    weight += 0 if dep == "pobj" else 50
    weight += 0 if dep in _NOT_HEAD_NOUN else 80
    return weight


def _same_clause_subject(analysis: Analysis, mention: Mention, token: Token) -> bool:
    """ "Shoigu thanked him": an object pronoun is not the subject of its own verb."""
    if token.dep not in ("dobj", "iobj") or token.text.casefold().endswith("self"):
        return False
    heads = [t for t in analysis.tokens_in(mention.start, mention.end) if t.dep in ("nsubj", "nsubjpass")]
    return any(t.head == token.head for t in heads)


# --- rule 5 (the part that needs no titles): "the North Korean capital" ----------------------------


def country_descriptions(analysis: Analysis, lexicon: Lexicon) -> list[Mention]:
    """ "the North Korean capital", "Russia's government": descriptions standing for a state."""
    words = {w for w, s in org_sectors().items() if s.stands_for_country}
    found = []
    for chunk in analysis.noun_chunks:
        last = last_token_in(analysis, chunk.start, chunk.end)
        if last is None or last.lemma.casefold() not in words:
            continue  # most noun chunks: told by their last token alone
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        country = _country_in(tokens[:-1], lexicon)
        if (country and tokens[0].text.casefold() == "the") or (country and len(tokens) <= 3):
            found.append(Mention(chunk.start, chunk.end, "COUNTRY", chunk.text, kind="role", country=country))
    return found


def piece_starts(words: list[str], size: int) -> range:
    """Where to look for a ``size``-word nationality or country among ``words``, in order: of
    two side by side the one nearer the noun is the state ("the Greek Cypriot government":
    Cypriot), of a coordination the first ("the Danish and German governments")."""
    starts = range(0, len(words) - size + 1)
    return starts if {"and", "&", ","} & set(words) else starts[::-1]


def _country_in(tokens, lexicon: Lexicon) -> str | None:
    text = " ".join(t.text for t in tokens if t.text not in ("'s", "\u2019s", "the", "The"))
    for size in range(len(text.split()), 0, -1):
        words = text.split()
        for first in piece_starts(words, size):
            piece = " ".join(words[first : first + size])
            found = lexicon.countries.demonym(piece) or lexicon.countries.lookup(piece)
            if found:
                return found.alpha3
    return None


def merge_by_country(clusters: list[Cluster], descriptions: list[Mention], lexicon: Lexicon) -> None:
    """Country descriptions join the COUNTRY entity of their code (made if absent)."""
    for mention in descriptions:
        owner = next((c for c in clusters if c.type == "COUNTRY" and any(m.country == mention.country for m in c.names)), None)
        if owner is None:
            country = lexicon.countries.get(mention.country or "")
            name = Mention(mention.start, mention.end, "COUNTRY", country.name if country else mention.name, kind="role", country=mention.country)
            owner = Cluster("COUNTRY", [])
            owner.mentions.append(name)
            clusters.append(owner)
        else:
            owner.mentions.append(mention)
