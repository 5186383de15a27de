"""Actor attributes: titles and role descriptions, countries, PLOVER sectors, capitals.

- Titles before a name ("Russian Defense Minister Sergei Shoigu", "Comrade Minister of
  Defense of the Russian Federation Sergei Shoigu") and appositions after it ("Kang, North
  Korea's defense minister,") give a person roles (resources/titles.tsv) and a country
  (nationality word or country name beside the title).  When the description starts with a
  determiner or possessive ("his North Korean counterpart Kang Sun Nam"), it is also a mention.
- A definite role description with no name ("the minister", "The Russian defense minister")
  refers to the nearest preceding person holding that role, with a compatible country.
- "counterpart" takes the roles of the possessor ("his counterpart" of a defense minister).
- Titles before a name stop at another person's name: in "Brazilian President A and
  Argentine President B", B takes "Argentine" only.
- A capital city that acts ("Pyongyang said", subject of a verb) stands for its country's
  government: that mention joins the COUNTRY entity; the city stays a PLACE elsewhere, and
  the dateline's city never acts.
- A title with no sector of its own ("leader") leads a state (GOV) right after a nationality
  or country; otherwise its kind gives the sector ("union leader" LAB, resources/titles.tsv).
- Sectors: a person's first role's sector, JRN for outlets, GOV for countries, an
  organization's from words in its name (resources/org_sectors.tsv).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from ...model import Analysis, NamedSpan, Token
from ...resources import Title, normalize_name, org_sectors, read_table
from ...resources.phoenix import phoenix_actors, phoenix_agents
from .aliases import bare_name, legal_suffixes
from .coref import Cluster, piece_starts
from .kinds import organization_kinds
from .places import division_country, large_city_country, state_country
from .tokens import first_token_in, last_token_in, sentence_tokens_before, tokens_after
from .types import Lexicon, Mention

_LEAD_WORDS = {"the", "his", "her", "its", "their"}
_RANKS = {"deputy", "vice", "assistant", "junior", "under", "associate"}  # a lower rank of the title after it
_GLUE = {"of", "the", "'s", "\u2019s"}
_STOP = {",", ".", ";", ":", "(", ")", "\u201c", "\u201d", '"'}


# --- titles next to names ----------------------------------------------------------------------------


def attach_titles(analysis: Analysis, clusters: list[Cluster], lexicon: Lexicon) -> None:
    """Roles and countries from the words before and after each person's names."""
    people = [c for c in clusters if c.type == "PERSON"]
    for cluster in people:
        others = [(m.start, m.end) for c in people if c is not cluster for m in c.names]
        for mention in list(cluster.names):
            _title_before(analysis, cluster, mention, lexicon, others)
            _apposition_after(analysis, cluster, mention, lexicon)


def _title_before(analysis: Analysis, cluster: Cluster, mention: Mention, lexicon: Lexicon, others: list[tuple[int, int]]) -> None:
    """The title words before a name, back to a stop: punctuation, a verb, a preposition or a
    subordinating word ("the rebels until President Reagan"), or
    another person's name ("Brazilian President A and Argentine President B": B's title is
    "Argentine President", the first person's nationality is not carried over)."""
    sentence = analysis.sentence_of(mention.start)
    before = sentence_tokens_before(analysis, mention.start, sentence)
    joined = _first_conjunct(analysis, mention)
    stretch: list[Token] = []
    for token in reversed(before):
        word = token.text.casefold()
        # "Undersecretary of State for Economic Affairs X": a capitalized portfolio after "for"
        portfolio = word == "for" and bool(stretch) and stretch[0].text[:1].isupper() and token.i > 0 and analysis.tokens[token.i - 1].text[:1].isupper()
        if token.text in _STOP or (token.pos in ("VERB", "AUX", "ADP", "SCONJ") and word != "of" and not portfolio) or _spaced_dash(analysis, token):
            break
        if joined is not None and token.dep == "cc" and token.head == joined:
            break  # "the prime minister and Mr Brown": two people, the title is the first one's
        # "Chancellor of the Exchequer X": an article inside the title's "of" phrase
        inner_article = word == "the" and token.i > 0 and analysis.tokens[token.i - 1].text.casefold() == "of" and stretch and stretch[0].text[:1].isupper()
        if token.pos in ("DET", "PRON") and word not in _LEAD_WORDS and not inner_article:
            break
        if any(start <= token.start < end for start, end in others):
            break
        stretch.insert(0, token)
        if word in _LEAD_WORDS and token.pos in ("DET", "PRON") and not inner_article:
            break
    _describe(analysis, cluster, mention, stretch, lexicon, before=True)


def _spaced_dash(analysis: Analysis, token: Token) -> bool:
    """A dash between spaces ("in his stead - and Deputy Prime Minister X") ends a title's
    words; a hyphen inside one ("Secretary-General") does not."""
    return token.text in ("-", "\u2013", "\u2014") and token.start > 0 and analysis.text[token.start - 1].isspace()


def _first_conjunct(analysis: Analysis, mention: Mention) -> int | None:
    """The token a name is coordinated with ("minister" in "the prime minister and Mr Brown"),
    when the name is the later conjunct; ``None`` otherwise ("Trade and Industry Secretary Ann
    Lee": the "and" joins words of the title, not people)."""
    inside = analysis.tokens_in(mention.start, mention.end)
    indices = {t.i for t in inside}
    head = next((t for t in inside if t.head not in indices or t.head == t.i), None)
    if head is None or head.dep != "conj" or head.head >= head.i:
        return None
    return head.head


def _apposition_after(analysis: Analysis, cluster: Cluster, mention: Mention, lexicon: Lexicon) -> None:
    after = tokens_after(analysis, mention.end, 8)
    if not after or after[0].text != ",":
        return
    stretch: list[Token] = []
    for token in after[1:]:
        if token.text in _STOP or token.pos in ("VERB", "AUX"):
            break
        stretch.append(token)
    if _subject_of_what_follows(analysis, stretch):
        return  # "Echoing Ann Lee, the prime minister said ...": another person, who speaks
    if (stretch and stretch[0].text.casefold() in _LEAD_WORDS | {"a", "an"} | {"a"}) or (stretch and stretch[0].pos in ("PROPN", "ADJ", "NOUN")):
        _describe(analysis, cluster, mention, stretch, lexicon, before=False)


def _subject_of_what_follows(analysis: Analysis, stretch: list[Token]) -> bool:
    """Whether the words after a name's comma are the subject of the verb that follows them."""
    inside = {t.i for t in stretch}
    tokens = analysis.tokens
    return any(t.dep in ("nsubj", "nsubjpass") and t.head not in inside and tokens[t.head].i > t.i and tokens[t.head].pos in ("VERB", "AUX") for t in stretch)


def _describe(analysis: Analysis, cluster: Cluster, mention: Mention, stretch: list[Token], lexicon: Lexicon, before: bool) -> None:
    roles = find_titles(stretch, lexicon)
    if not any(r.kind in ("title", "role", "relation") for r in roles):
        return
    if before:
        roles = _firm_officer_title(stretch, roles, cluster)
    country = country_of_tokens(stretch, lexicon)
    mention.roles.extend(roles)
    mention.country = mention.country or country
    lead = stretch[0].text.casefold()
    if lead in _LEAD_WORDS or lead.endswith(("'s", "\u2019s")) or (not before and lead in ("a", "an")):
        end = stretch[-1].end
        role = Mention(stretch[0].start, end, "PERSON", analysis.text[stretch[0].start : end], kind="role", country=country)
        role.roles.extend(roles)
        cluster.mentions.append(role)


def countries_of_known_people(clusters: list[Cluster], lexicon: Lexicon) -> None:
    """A person with no country of their own in the text takes the one the Phoenix actor
    dictionaries give their full name ("Recep Tayyip Erdogan" TUR): a known office or
    nationality, the person's own.  Only names of two words or more are looked up."""
    actors = phoenix_actors()
    for cluster in clusters:
        if cluster.type != "PERSON" or any(m.country for m in cluster.mentions):
            continue
        names = sorted({m.name for m in cluster.names if len(m.name.split()) >= 2}, key=len, reverse=True)
        code = next((c for c in (actors.lookup(n) for n in names) if c), None)
        if code is None or len(code) <= 3 or lexicon.countries.countries.get(code[:3]) is None:
            continue  # a bare country code names a place ("Paris" FRA), not a person
        for mention in cluster.names:
            mention.country = code[:3]


def find_titles(tokens: list[Token] | tuple[Token, ...], lexicon: Lexicon) -> list[Title]:
    """Titles in a run of tokens, longest first at each position ("minister of defense");
    a hyphen joins its words, so "Secretary-General" is one title and not a "General"."""
    tokens = [t for t in tokens if normalize_name(t.text)]
    words = [normalize_name(t.text) for t in tokens]
    found: list[Title] = []
    index = 0
    while index < len(words):
        for size in range(min(5, len(words) - index), 0, -1):
            title = lexicon.titles.get(" ".join(words[index : index + size]))
            if title is not None:
                title = _qualified(title, words[index - 1] if index else "")
                title = _state_title(title, tokens[max(0, index - 3) : index], lexicon)
                title = _post_in_a_body(title, _body_of_post(tokens, index, size), lexicon)
                found.append(_corporate_post(title, tokens, index, size))
                index += size
                break
        else:
            index += 1
    return found


_BODY_GLUE = frozenset({"of", "and", "for", "&", "the"})
_GATHERINGS = frozenset({"conference", "summit", "forum", "convention", "talks", "meeting"})
_CIVIL_KINDS = frozenset({"association", "federation", "alliance", "institute", "foundation", "trust", "society", "league", "movement", "charity", "group"})


def _body_of_post(tokens: list[Token], index: int, size: int) -> list[Token]:
    """The capitalized name of the body a title is held in: after "of" ("president of the
    Citrus Growers Association") or right before the title ("Ways and Means Committee
    chairman")."""
    after = index + size
    held_of = after < len(tokens) and tokens[after].text.casefold() == "of"
    run = _capitalized_run(tokens[after + 1 :]) if held_of else list(reversed(_capitalized_run(list(reversed(tokens[:index])))))
    while run and run[0].text.casefold() in _BODY_GLUE:
        run = run[1:]
    return run


_FIRM_RANKS = frozenset({"senior", "executive", "group", "corporate", "regional"})
_NOT_A_FUNCTION = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "life"})


def _corporate_post(title: Title, tokens: list[Token], index: int, size: int) -> Title:
    """A president of a business function ("vice president for strategic planning", "senior
    vice president of marketing", "executive vice president"): an officer of a firm or an
    association, no head of state, so of no sector the title alone can tell. A state's
    president is of a named country or "the country", never of a common noun."""
    if title.sector != "GOV" or not title.words.endswith("president"):
        return title
    before = tokens[index - 1].text.casefold() if index else ""
    after = tokens[index + size : index + size + 2]
    function = len(after) == 2 and after[0].text.casefold() in ("of", "for") and after[1].text[:1].islower() and after[1].text.casefold() not in _NOT_A_FUNCTION
    return replace(title, sector=None) if before in _FIRM_RANKS or function else title


def _firm_officer_title(stretch: list[Token], roles: list[Title], cluster: Cluster) -> list[Title]:
    """'..., president Pierre Peladeau told Reuters': a "president" written in lower case right
    before a name, with no other word of the title, is how wire copy names a firm's officer;
    a head of state's title is capitalized ("President Reagan"), and one the Phoenix
    dictionaries know keeps it whatever the case ("after president Reagan's speech")."""
    last = roles[-1] if roles else None
    if len(stretch) != 1 or last is None or last.sector != "GOV" or stretch[0].text != "president":
        return roles  # "central bank president X", "deposed president X": said of a body or a state
    if any(phoenix_actors().lookup(m.name) for m in cluster.names):
        return roles
    return [*roles[:-1], replace(last, sector=None)]


def _capitalized_run(tokens: list[Token]) -> list[Token]:
    run: list[Token] = []
    for token in tokens:
        if not (token.text[:1].isupper() or (run and token.text.casefold() in _BODY_GLUE) or (not run and token.text.casefold() == "the")):
            break
        run.append(token)
    while run and run[-1].text.casefold() in _BODY_GLUE:
        run.pop()
    return run


def _post_in_a_body(title: Title, body: list[Token], lexicon: Lexicon) -> Title:
    """A president or chairman of a named body other than a state takes the body's sector, as
    its kind word tells it ("chairman of Rexfield Corp" BUS, "Ways and Means Committee
    chairman" LEG), or none ("president of the Citrus Growers Association" heads no
    government)."""
    if title.sector == "MIL" and title.kind == "title" and body:
        # "White House Chief of Staff": a military title held in a civil office of state
        codes = (phoenix_actors().lookup(" ".join(t.text for t in body[first:])) or "" for first in range(len(body)))  # past "Former"
        return replace(title, sector="GOV") if any(code[3:6] == "GOV" for code in codes) else title
    if title.sector not in ("GOV", "BUS") or title.kind not in ("title", "role") or not body:
        return title
    name = " ".join(t.text for t in body)
    if lexicon.countries.lookup(name) or lexicon.countries.demonym(name):
        return title  # "President of Brazil"
    if _state_body(body, lexicon):
        return replace(title, sector="GOV")  # "Bank of Japan Governor", "Fed chairman": the state's own
    words = [normalize_name(t.text) for t in body]
    sectors = org_sectors()
    known = [sectors[w].sector for w in words if w in sectors and sectors[w].in_names]
    if known:
        return replace(title, sector=known[-1])
    if words[-1] in _GATHERINGS:
        return replace(title, sector=None)  # "Conference chairman X of Thailand" chairs a meeting, no firm
    kinds = organization_kinds()
    kind = next((w for w in reversed(words) if w in kinds), None)
    if kind is None:
        return title
    agents = phoenix_agents().lookup([kind])
    if agents:
        return replace(title, sector=agents[:3])
    if kinds[kind] == "business":
        return replace(title, sector="BUS")
    # "chairman of the Council of Economic Advisers" may well be an office of state; an
    # association, an institute or a foundation is a society's, never a government's
    return replace(title, sector=None) if kind in _CIVIL_KINDS else title


def _state_body(body: list[Token], lexicon: Lexicon) -> bool:
    words = [t.text.casefold() for t in body]
    if "central" in words or "reserve" in words or words == ["fed"]:
        return True
    of = words.index("of") if "of" in words else -1
    return of >= 0 and lexicon.countries.lookup(" ".join(t.text for t in body[of + 1 :])) is not None


@lru_cache(maxsize=1)
def title_qualifiers() -> dict[str, str]:
    return {row["word"]: row["shown"] for row in read_table("title_qualifiers.tsv")}


@lru_cache(maxsize=1)
def qualifier_sectors() -> dict[str, str]:
    return {row["word"]: row["sector"] for row in read_table("title_qualifiers.tsv") if row.get("sector")}


def _qualified(title: Title, before: str) -> Title:
    """ "Shadow Chancellor", "former president": another role than the bare title's, so a
    later "the chancellor" does not refer to its holder (resources/title_qualifiers.tsv); a
    qualifier may give the role another sector too (a shadow minister is of the opposition)."""
    shown = title_qualifiers().get(before)
    if shown is None or title.kind not in ("title", "role"):
        return title
    sector = qualifier_sectors().get(before, title.sector) if title.sector else title.sector
    return replace(title, words=f"{before} {title.words}", role=f"{shown} {title.role}", sector=sector)


def _state_title(title: Title, before: list[Token] | tuple[Token, ...], lexicon: Lexicon) -> Title:
    """A title with no sector of its own ("leader") heads a state when a nationality or country
    stands right before it ("Russian leader", "Chile's leader"): GOV.  Otherwise its sector
    comes only from longer titles ("union leader" LAB, "opposition leader" OPP)."""
    if title.sector or title.kind not in ("title", "role") or not before:
        return title
    if before[-1].text.casefold() in _GLUE:
        before = before[:-1]
    if before and (lexicon.countries.demonym(before[-1].text) or (country_of_tokens(before, lexicon) and before[-1].pos == "PROPN")):
        return replace(title, sector="GOV")
    return title


def country_of_tokens(tokens: list[Token] | tuple[Token, ...], lexicon: Lexicon) -> str | None:
    """A nationality word or country name among the tokens ("North Korean", "Russia's")."""
    words = [t.text for t in tokens if t.text.casefold() not in _GLUE]
    for first, piece in _capitalized_pieces(words, 6):
        if _inside_a_new_name(words, first):
            continue
        country = lexicon.countries.demonym(piece) or lexicon.countries.lookup(piece)
        if country is not None:
            return country.alpha3
    # "Texas Railroad Commissioner", "California Governor": a state's own country
    return next((found for _, piece in _capitalized_pieces(words, 3) if (found := state_country(piece))), None)


def _capitalized_pieces(words: list[str], longest: int) -> Iterator[tuple[int, str]]:
    """(start, piece) of the capitalized runs of up to ``longest`` words, longest first, each
    size in the order ``piece_starts`` gives."""
    for size in range(min(longest, len(words)), 0, -1):
        for first in piece_starts(words, size):
            piece = " ".join(words[first : first + size])
            if piece[:1].isupper():
                yield first, piece


def _inside_a_new_name(words: list[str], first: int) -> bool:
    """ "New South Wales", "New Jersey", "New Mexico": a country's name after "New" in one
    capitalized name is part of another place's."""
    start = first
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return start < first and words[start] == "New"


_DESCRIBING = frozenset({"compound", "amod", "npadvmod", "nmod", "punct"})


def _described_by(analysis: Analysis, start: int, end: int) -> list[Token]:
    """The words right before a name that lean on it within its phrase ("Swiss cement firm",
    "UK-based firm"), up to its determiner.  A word of ownership or backing ("German-owned",
    "Russian-backed") says whose it is, not where it is from, and ends the search."""
    names = analysis.tokens_in(start, end)
    inside = {t.i for t in names}
    if names and names[0].i > 0 and any(t.dep == "appos" and t.head == names[0].i - 1 for t in names):
        inside.add(names[0].i - 1)  # "Swiss cement firm Tovar", parsed as a name apposed to "firm"
    words: list[Token] = []
    for token in reversed(analysis.tokens_before(start, 6)):
        if token.i in inside:
            words.insert(0, token)
            continue
        if token.dep not in _DESCRIBING or token.lemma.casefold() in _OWNING or not _leans_on(analysis, token, inside, 3):
            break
        words.insert(0, token)
    while words and words[0].i > 0 and words[0].pos == "PROPN":
        previous = analysis.tokens[words[0].i - 1]
        if previous.pos != "PROPN" or previous.dep != "compound" or previous.head != words[0].i:
            break
        words.insert(0, previous)  # the whole place name: "New Jersey-based", not "Jersey"
    return words


def _country_described(words: list[Token], lexicon: Lexicon) -> str | None:
    """The one country that the capitalized runs among describing words name, whole ("New
    Jersey-based" is no Jersey; "New York-based" is a large city's); two ("US-German") say none."""
    runs: list[list[str]] = [[]]
    for token in words:
        if token.text[:1].isupper() and not (not runs[-1] and token.text.casefold() in _GLUE):
            runs[-1].append(token.text)
        elif runs[-1]:
            runs.append([])
    found = set()
    for run in filter(None, runs):
        alpha3 = next(filter(None, (_country_named(" ".join(run[:size]), lexicon) for size in range(len(run), 0, -1))), None)
        if alpha3:
            found.add(alpha3)  # the longest opening piece of the run: "American IT giant", "New Jersey"
    return found.pop() if len(found) == 1 else None


def _country_apposed(analysis: Analysis, mention: Mention, lexicon: Lexicon) -> str | None:
    """The one country named in the description set beside an organization's name, before its
    noun: its describing words ("the fourth largest U.S. brokerage house") or its owner ("the
    UK's third-biggest bank"), after the name or before it ("Sri Lanka's largest bank, the
    government-owned Bank of Ceylon")."""
    own = analysis.tokens_in(mention.start, mention.end)
    inside = {t.i for t in own}
    after = [t for t in tokens_after(analysis, mention.end, 8) if t.dep == "appos" and t.head in inside and t.pos == "NOUN"]
    before = [analysis.tokens[t.head] for t in own if t.dep == "appos" and t.head not in inside and analysis.tokens[t.head].pos == "NOUN" and analysis.tokens[t.head].start < mention.start]
    for noun in after + before:
        words = _described_by(analysis, noun.start, noun.end)
        owners = [t for t in analysis.tokens_before(noun.start, 6) if t.dep == "poss" and t.head == noun.i]
        found = _country_described(words[:-1] if words and words[-1].i == noun.i else words, lexicon)
        # "Sri Lanka's": the owner with the words of its name
        found = found or next(filter(None, (country_of_tokens([*(t for t in analysis.tokens_before(o.start, 3) if t.head == o.i and t.dep == "compound"), o], lexicon) for o in owners)), None)
        if found:
            return found
    return None


def _division_named(tokens: list[Token] | tuple[Token, ...]) -> str | None:
    """The country of a province or state of two words or more named by the first capitalized
    words ("Vancouver, British Columbia": Canada, not the country "British" names). A name of
    one word says too little: "Manchester" is also a parish of Jamaica."""
    words: list[str] = []
    for token in tokens:
        if not token.text[:1].isupper():
            break
        words.append(token.text)
    return next((found for size in range(len(words), 1, -1) if (found := division_country(" ".join(words[:size])))), None)


def _country_named(piece: str, lexicon: Lexicon) -> str | None:
    country = lexicon.countries.demonym(piece) or lexicon.countries.lookup(piece)
    return country.alpha3 if country is not None else large_city_country(piece) or state_country(piece)


_OWNING = frozenset({"own", "back", "control", "sponsor", "fund", "support", "led", "lead"})


def _leans_on(analysis: Analysis, token: Token, inside: set[int], steps: int) -> bool:
    node = token
    for _ in range(steps):
        if node.head == node.i:
            return False
        node = analysis.tokens[node.head]
        if node.i in inside:
            return True
        if node.dep not in _DESCRIBING:
            return False
    return False


# --- role descriptions without a name ------------------------------------------------------------


def resolve_role_descriptions(analysis: Analysis, clusters: list[Cluster], lexicon: Lexicon) -> None:
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    # "the Lib Dem spokesman": an organization's name may say whose the role is
    organizations = [(m.start, m.end) for c in clusters if c.type == "ORG" for m in c.mentions]
    for chunk in analysis.noun_chunks:
        first = first_token_in(analysis, chunk.start, chunk.end)
        if first is None or first.text.casefold() != "the":
            continue  # most noun chunks: told by their first token alone
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        if any(t.pos == "PROPN" and not _title_word(t, lexicon) and not any(s <= t.start and t.end <= e for s, e in organizations) for t in tokens):
            continue
        head = lexicon.titles.get(normalize_name(tokens[-1].lemma))
        if head is None or head.kind not in ("title", "role") or (chunk.start, chunk.end) in taken:
            continue
        if _named_in_apposition(analysis, tokens[-1]):
            continue  # "the party's shadow home secretary, Ann Lee, said": the name says who
        if tokens[-1].dep == "attr":
            continue  # "he is the only leader invited": says what its subject is, points back to no one
        roles = find_titles(tokens, lexicon)
        country = country_of_tokens(tokens, lexicon)
        target = _role_antecedent(clusters, chunk.start, roles, country)
        if target is not None:
            target.mentions.append(Mention(chunk.start, chunk.end, "PERSON", chunk.text, kind="role", country=country))


def resolve_organization_descriptions(analysis: Analysis, clusters: list[Cluster]) -> None:
    """ "the union", "the company" with no name: the organization named before them that the
    noun describes (resources/org_descriptions.tsv), within a few sentences; "the
    transportation department" one whose name holds both words."""
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    finds = organization_kinds()
    # "the watchdog's chief accountant X": a regulator is also found as an owner
    owners = [p for p in _possessor_phrases(analysis) if finds.get(analysis.tokens_in(p.start, p.end)[-1].lemma.casefold()) == "regulator"]
    for chunk in [*analysis.noun_chunks, *owners]:
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        if len(tokens) not in (2, 3) or tokens[0].text.casefold() != "the" or (chunk.start, chunk.end) in taken:
            continue  # "the union" alone: "the union leader", "the union's plans" are others
        head = tokens[-1]
        how = finds.get(head.lemma.casefold())
        if how is None or head.pos != "NOUN" or head.tag != "NN":
            continue
        # "the transportation department": a word before the noun must be in the name too
        also = tokens[1].lemma.casefold() if len(tokens) == 3 and tokens[1].dep in ("compound", "amod") else None
        if len(tokens) == 3 and also is None:
            continue
        target = _speaking_business(analysis, clusters, chunk.start, head) if how == "business" and also is None else None
        target = target or _described_organization(analysis, clusters, chunk.start, head.lemma.casefold(), "name" if also else how, also)
        if target is None and also is not None and how == "business" and _trade_word(tokens[1]):
            # "the computer giant", "the drinks group": a business by its trade, whatever its name
            target = _described_organization(analysis, clusters, chunk.start, head.lemma.casefold(), how)
        if target is not None:
            target.mentions.append(Mention(chunk.start, chunk.end, target.type, chunk.text, kind="role"))


def _speaking_business(analysis: Analysis, clusters: list[Cluster], position: int, head: Token) -> Cluster | None:
    """ "Municipal Development Corp said it signed an agreement to buy land from Quail Hollow
    Properties Inc ... The company said ...": "the company" that speaks is the business that
    spoke last before it within three sentences, not the last named (a wire story quotes its
    subject firm throughout)."""
    if not _speaks(analysis, head):
        return None
    sentence = analysis.sentence_of(position)
    best: tuple[int, Cluster] | None = None
    for cluster in clusters:
        if cluster.type != "ORG" or _no_business(cluster):
            continue
        spoken = [
            m.start
            for m in cluster.names
            if m.name[:1].isupper() and m.end <= position and sentence - analysis.sentence_of(m.start) <= 3 and _speaks(analysis, last_token_in(analysis, m.start, m.end))
        ]
        if spoken and (best is None or max(spoken) > best[0]):
            best = (max(spoken), cluster)
    return best[1] if best else None


def _speaks(analysis: Analysis, token: Token | None) -> bool:
    """The subject of "said" or "reported"."""
    if token is None or token.dep != "nsubj":
        return False
    verb = analysis.token(token.head)
    return verb is not None and verb.lemma.casefold() in _SPEAKING


_SPEAKING = frozenset({"say", "report", "announce", "state"})


def _no_business(cluster: Cluster) -> bool:
    """A body of the state, of workers or of members by a word of its name ("Commission",
    "Ministry", "Union", "Association")."""
    return any(word in _NO_BUSINESS_WORDS for m in cluster.names for word in normalize_name(m.name).split())


_NO_BUSINESS_WORDS = frozenset(
    {"commission", "ministry", "department", "government", "agency", "authority", "board", "office", "council", "court", "union", "unions", "association", "federation", "party"}
)


# Nouns before a business word that say how it stands to another, not what it trades in
_RELATION_NOUNS = frozenset({"parent", "holding", "target", "rival", "subsidiary", "unit", "sister", "shell", "partner", "member", "state", "family", "joint", "venture", "takeover", "bid"})


def _trade_word(token: Token) -> bool:
    """'computer' of "the computer giant", 'drinks' of "the drinks group": a common noun set
    before a business word, naming what it trades in."""
    return token.pos == "NOUN" and token.dep == "compound" and token.lemma.casefold() not in _RELATION_NOUNS


def resolve_national_descriptions(analysis: Analysis, clusters: list[Cluster], lexicon: Lexicon) -> None:
    """ "Fiat ended its alliance with General Motors. The US firm agreed to pay": "the <country>
    firm" ("the Russian oil firm") is the one business named in the three sentences before that no other country is
    known to own, named last before it, and it is of that country. Where two could be meant,
    neither is taken."""
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    finds = organization_kinds()
    owned_by = _owned_elsewhere(analysis, lexicon)
    for chunk in [*analysis.noun_chunks, *_possessor_phrases(analysis)]:
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        if len(tokens) < 3 or tokens[0].text.casefold() != "the" or (chunk.start, chunk.end) in taken:
            continue
        head = tokens[-1]
        if finds.get(head.lemma.casefold()) != "business" or head.pos != "NOUN" or head.tag != "NN":
            continue
        country, national = _national_word(tokens, lexicon)
        if country is None:
            continue
        if any(t.dep not in ("compound", "amod") or t.pos == "PROPN" for t in tokens[national + 1 : -1]) or len(tokens) - national > 3:
            continue  # "the Russian oil firm"; not "the US Airways firm"
        sentence = analysis.sentence_of(chunk.start)
        # who could be meant: no country, outlet, body of another kind ("the Commission") or
        # side of another country; and no other name may stand between ("SAIC is concerned ... a
        # source close to the Chinese firm", SAIC mistyped a person)
        could = [c for c in clusters if c.type not in ("COUNTRY", "OUTLET") and not any(finds.get(word) == "name" for word in _name_heads(c)) and not owned_by(c, country)]
        near = [
            c
            for c in could
            if (c.type == "ORG" or _bare_one_word_person(c)) and any(m.end <= chunk.start and m.name[:1].isupper() and 0 <= sentence - analysis.sentence_of(m.start) <= 3 for m in c.names)
        ]
        named = [(m.start, c) for c in could for m in c.names if m.end <= chunk.start and m.name[:1].isupper()]
        if len(near) == 1 and max(named, key=lambda pair: pair[0])[1] is near[0]:
            firm = near[0]
            if firm.type != "ORG":  # "Yukos has said ... The Russian oil firm": no person
                firm.type = "ORG"
                for mention in firm.mentions:
                    mention.type = "ORG"
            firm.mentions.append(_firm_description(chunk, head, country))


def _national_word(tokens: list[Token] | tuple[Token, ...], lexicon: Lexicon) -> tuple[str | None, int]:
    """The country of the nationality word after "the" and before the head, and its place,
    past a describing word or two ("the scandal-hit Italian dairy company"); none where a name
    or a word of some other kind comes first."""
    for index in range(1, min(len(tokens) - 1, 5)):
        country = country_of_tokens(tokens[index : index + 1], lexicon)
        if country is not None:
            return country, index
        if tokens[index].pos == "PROPN" or tokens[index].dep not in ("amod", "compound", "punct", "npadvmod", "advmod"):
            return None, 0
    return None, 0


# Nouns that stand for a state told before ("the country", "the island nation"); "state" only
# with a word before it: "the state" alone is as often the public sector or a US state
_STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "state", "emirate"})
_NOT_BACK = frozenset({"other", "same", "whole", "entire", "host", "home", "member", "next", "first", "last", "only", "poor", "rich", "developing", "third"})


def resolve_country_references(analysis: Analysis, clusters: list[Cluster]) -> None:
    """ "Sri Lanka faces a $1.3bn bill ... The island state is asking the IMF for $320m": "the
    country", "the nation", "the island state" as the subject or object of a clause is the one
    country named in that sentence before it or in the two sentences before; where two
    countries are named there, neither is taken."""
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    states = [c for c in clusters if c.type == "COUNTRY"]
    for chunk in analysis.noun_chunks:
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        if len(tokens) not in (2, 3) or tokens[0].text.casefold() != "the" or (chunk.start, chunk.end) in taken:
            continue
        head = tokens[-1]
        if head.lemma.casefold() not in _STATE_NOUNS or head.tag != "NN" or head.dep not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        if len(tokens) == 2 and head.lemma.casefold() == "state":
            continue
        if len(tokens) == 3 and (tokens[1].dep not in ("amod", "compound") or tokens[1].text.casefold() in _NOT_BACK):
            continue
        sentence = analysis.sentence_of(chunk.start)
        near = [c for c in states if any(m.end <= chunk.start and 0 <= sentence - analysis.sentence_of(m.start) <= 2 for m in c.mentions)]
        if len(near) == 1:
            near[0].mentions.append(Mention(chunk.start, chunk.end, "COUNTRY", chunk.text, kind="role", country=near[0].names[0].country if near[0].names else None))


def _possessor_phrases(analysis: Analysis) -> list[NamedSpan]:
    """The possessor phrases a noun chunk holds ("the Italian firm" of "the Italian firm's
    loss-making auto group"), which the chunks do not give on their own."""
    found = []
    for token in analysis.tokens:
        if token.dep != "poss" or token.pos != "NOUN":
            continue
        words = [t for t in analysis.tokens[max(0, token.i - 3) : token.i + 1] if t.head == token.i or t.i == token.i]
        if not words or words[0].text.casefold() != "the" or words[-1].i - words[0].i + 1 != len(words):
            continue
        text = analysis.text[words[0].start : token.end]
        found.append(NamedSpan(words[0].start, token.end, "NP", text, words[0].i, token.i + 1))
    return found


def _bare_one_word_person(cluster: Cluster) -> bool:
    """A "person" known only by one word, with no title, role or gender: the model may have
    mistyped a firm ("Yukos")."""
    return cluster.type == "PERSON" and cluster.gender is None and all(len(m.name.split()) == 1 and not m.roles and m.kind in ("name", "alias") for m in cluster.mentions)


def resolve_introducing_descriptions(analysis: Analysis, clusters: list[Cluster], lexicon: Lexicon) -> None:
    """ "A US bank has said it will donate $8m ... Riggs Bank will put money in a fund": "a
    <country> bank" that opens a sentence as its subject is the organization the next sentence
    names first, when it is of that kind (a business; a bank whose name says bank) and no other
    country is known to own it; it is of that country."""
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    finds = organization_kinds()
    owned_by = _owned_elsewhere(analysis, lexicon)
    for chunk in analysis.noun_chunks:
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        if len(tokens) != 3 or tokens[0].text.casefold() not in ("a", "an") or (chunk.start, chunk.end) in taken:
            continue
        head = tokens[-1]
        how = finds.get(head.lemma.casefold())
        if how in (None, "regulator") or head.pos != "NOUN" or head.tag != "NN" or head.dep not in ("nsubj", "nsubjpass"):
            continue  # (a public body is named with its country: no firm description to lend)
        country = country_of_tokens(tokens[1:2], lexicon)
        if country is None:
            continue
        named = [(start, c) for start, c in _names_in_next_sentence(analysis, clusters, chunk.start) if c.type not in ("COUNTRY", "OUTLET")]
        if not named:
            continue
        first = named[0][1]
        if first.type != "ORG" or owned_by(first, country) or any(m.start < chunk.start for m in first.mentions):
            continue  # (an "a" brings in a newcomer: "Nashua said that a Dutch company ..." is no Nashua)
        heads = _name_heads(first)
        fits = head.lemma.casefold() in heads if how == "name" else not any(finds.get(word) == "name" for word in heads)
        if fits:
            first.mentions.append(_firm_description(chunk, head, country))


# Words a wire lead describes an official by before the next sentence names him
_OFFICIAL_WORDS = frozenset({"official", "minister", "diplomat", "spokesman", "spokeswoman", "aide", "negotiator", "envoy", "delegate"})


def resolve_introducing_officials(analysis: Analysis, clusters: list[Cluster], lexicon: Lexicon) -> None:
    """ "A senior British official said protectionist bills could trigger retaliation. Paul
    Channon, secretary for trade and industry, said ...": "a <country> official" that opens a
    story's sentence as its subject is the person the next sentence names first, when nothing
    else gives that person a country; he is of that country."""
    taken = {(m.start, m.end) for c in clusters for m in c.mentions}
    for chunk in analysis.noun_chunks:
        tokens = analysis.tokens_in(chunk.start, chunk.end)
        if len(tokens) < 3 or tokens[0].text.casefold() not in ("a", "an") or (chunk.start, chunk.end) in taken:
            continue
        head = tokens[-1]
        if head.lemma.casefold() not in _OFFICIAL_WORDS or head.tag != "NN" or head.dep != "nsubj":
            continue
        # a nationality word of its own, not the first word of a firm's name ("an American Medical spokesman")
        if any(t.text[:1].isupper() and not lexicon.countries.demonym(t.text) for t in tokens[1:-1]):
            continue
        countries = {found.alpha3 for t in tokens[1:-1] if (found := lexicon.countries.demonym(t.text)) is not None}
        if len(countries) != 1:
            continue
        named = _names_in_next_sentence(analysis, clusters, chunk.start)
        if named and named[0][1].type == "PERSON" and person_country(named[0][1]) is None:
            word = head.lemma.casefold()  # an official of a state: its government's
            official = Title(word, word, "GOV", "kind")
            named[0][1].mentions.append(Mention(chunk.start, chunk.end, "PERSON", chunk.text, kind="role", country=countries.pop(), roles=[official]))


def _names_in_next_sentence(analysis: Analysis, clusters: list[Cluster], position: int) -> list[tuple[int, Cluster]]:
    """The capitalized names of the sentence after the one at ``position``, in text order, each
    with its cluster: what a wire lead's description ("a US bank", "a senior British
    official") introduces."""
    following = analysis.sentence_of(position) + 1
    named = ((m.start, c) for c in clusters for m in c.names if analysis.sentence_of(m.start) == following and m.name[:1].isupper())
    return sorted(named, key=lambda pair: pair[0])


def _owned_elsewhere(analysis: Analysis, lexicon: Lexicon) -> Callable[[Cluster, str], bool]:
    """A test of whether a cluster is known to be of another country than the one given; each
    cluster's country is worked out once."""
    known: dict[int, str | None] = {}

    def owned_by(cluster: Cluster, country: str) -> bool:
        if id(cluster) not in known:
            known[id(cluster)] = country_from_context(analysis, cluster, lexicon) or person_country(cluster)
        return known[id(cluster)] not in (None, country)

    return owned_by


def _firm_description(chunk: NamedSpan, head: Token, country: str) -> Mention:
    """The mention "the US firm" adds to the business it describes: its country, and a kind
    that makes it a business whatever else its name says."""
    word = head.lemma.casefold()
    return Mention(chunk.start, chunk.end, "ORG", chunk.text, kind="role", country=country, roles=[Title(word, word, "BUS", "kind")])


def _described_organization(analysis: Analysis, clusters: list[Cluster], position: int, word: str, how: str, also: str | None = None) -> Cluster | None:
    sentence = analysis.sentence_of(position)
    best: tuple[int, Cluster] | None = None
    introduced: tuple[int, Cluster] | None = None  # one the very word stood before ("brewer Fosters ... the brewer")
    for cluster in clusters:
        if cluster.type != "ORG":
            continue
        # a description with two words of the name ("the transportation department") is
        # specific enough to reach back further than a bare "the department"
        earlier = [m for m in cluster.names if m.end <= position]
        if how == "business" and _introduced_as(analysis, earlier, word):
            # the very word's own introduction is specific enough to reach back past three sentences
            last = max(m.start for m in earlier)
            introduced = introduced if introduced is not None and introduced[0] > last else (last, cluster)
        before = [m for m in earlier if also is not None or sentence - analysis.sentence_of(m.start) <= 3]
        if not before or not _describes(analysis, cluster, word, how) or (also is not None and not _describes(analysis, cluster, also, "word")):
            continue
        last = max(m.start for m in before)
        if best is None or last > best[0]:
            best = (last, cluster)
    best = introduced or best
    if best is None and how == "business":
        return _only_plain_organization(analysis, clusters, position)
    return best[1] if best else None


def _introduced_as(analysis: Analysis, mentions: list[Mention], word: str) -> bool:
    """Whether the word stood right before one of these names ("Australian brewer Fosters")."""
    for mention in mentions:
        before = sentence_tokens_before(analysis, mention.start, analysis.sentence_of(mention.start))[-3:]
        if any(t.lemma.casefold() == word for t in before):
            return True
    return False


def _only_plain_organization(analysis: Analysis, clusters: list[Cluster], position: int) -> Cluster | None:
    """ "Building products group James Hardie ... In 2001, the company set up a fund": with no
    name known for a business, the one organization the article has named so far, named in
    the sentences just before, whose name says no other kind of body (no "Union",
    "Commission", "Bank of").  Where two or more are named, the bare noun may be any."""
    named = [c for c in clusters if c.type == "ORG" and any(m.end <= position and m.name[:1].isupper() for m in c.names)]
    if len(named) != 1:
        return None
    only = named[0]
    sentence = analysis.sentence_of(position)
    near = any(m.end <= position and sentence - analysis.sentence_of(m.start) <= 3 for m in only.names)
    return only if near and not any(organization_kinds().get(head) == "name" for head in _name_heads(only)) else None


def _describes(analysis: Analysis, cluster: Cluster, word: str, how: str) -> bool:
    """Whether the organization is what "the <word>" describes: its name holds the word
    ("the union": the Farmers Union); for a business, its name ends in a legal form ("Tovar
    Holdings Ltd") or a word for a business stood before its name ("airport operator BAA",
    "engineering group Jarvis")."""
    if how == "name":
        return word in _name_heads(cluster)
    if how == "regulator":  # "the watchdog": the Securities and Exchange Commission, the Financial Services Authority
        return bool(_name_heads(cluster) & _OVERSEEING_BODIES)
    words = [w for m in cluster.names for w in normalize_name(m.name).split()]
    if how == "word":  # the qualifier of "the transportation department" may stand anywhere in the name
        return word in words
    if any(w.rstrip(".") in legal_suffixes() or w.casefold() in legal_suffixes() for w in words):
        return True
    if any(_known_firm(m.name) for m in cluster.names):
        return True  # "Microsoft" (MNCUSA in the Phoenix dictionary) is a business however it is named
    business = _business_words()
    for mention in cluster.names:
        before = sentence_tokens_before(analysis, mention.start, analysis.sentence_of(mention.start))[-3:]
        if any(t.lemma.casefold() in business for t in before):
            return True
        if len(before) >= 2 and before[-1].lemma.casefold() == "group" and before[-2].pos == "NOUN" and before[-2].text.islower():
            return True  # "engineering group Jarvis", "media group X": a group of a trade is a business
    return False


_OVERSEEING_BODIES = frozenset({"commission", "authority", "board", "office", "agency", "inspectorate", "regulator", "ombudsman"})


def _name_heads(cluster: Cluster) -> set[str]:
    """The words a name is a kind of: its last (before a legal form) and the one before its
    "of" ("Bank of Kelvo"). "The exchange" is the Kelvo Stock Exchange, never the Securities and
    Exchange Commission; "the union" a farmers' union, not Union Pacific."""
    heads = set()
    for mention in cluster.names:
        words = bare_name(normalize_name(mention.name)).split()
        if words:
            heads.add(words[-1])
        if "of" in words[1:]:
            heads.add(words[words.index("of", 1) - 1])
    return heads


@lru_cache(maxsize=1)
def _business_words() -> frozenset[str]:
    return frozenset(w for w, kind in organization_kinds().items() if kind == "business")


def _named_in_apposition(analysis: Analysis, head: Token) -> bool:
    following = analysis.tokens[head.i + 1 : head.i + 4]
    return any(t.dep == "appos" and t.head == head.i and t.pos == "PROPN" for t in following)


def _title_word(token: Token, lexicon: Lexicon) -> bool:
    word = normalize_name(token.text)
    return word in lexicon.words_of_titles or lexicon.countries.demonym(token.text) is not None or bool(lexicon.countries.lookup(token.text)) or token.text in ("North", "South")


def _role_antecedent(clusters: list[Cluster], position: int, roles: list[Title], country: str | None) -> Cluster | None:
    wanted = {w for r in roles for w in r.words.split()}
    # "the shadow foreign secretary" answers only a holder of that qualified role, never the
    # foreign secretary
    qualified = {r.words for r in roles if r.words.split()[0] in title_qualifiers()}
    best: tuple[int, Cluster] | None = None
    for cluster in clusters:
        if cluster.type != "PERSON":
            continue
        if qualified and not any(r.words in qualified for m in cluster.mentions for r in m.roles):
            continue
        # a qualified role ("shadow chancellor") answers only a description qualified alike
        # and a deputy's role ("Deputy Prime Minister") answers no description of the bare one
        held = [r for m in cluster.mentions for r in m.roles if (r.words.split()[0] not in title_qualifiers() and r.words.split()[0] not in _RANKS) or r.words.split()[0] in wanted]
        # every word of the description's role in one role held: "the minister" answers a
        # foreign minister, "the prime minister" does not
        if not any(_role_words(r) <= _role_words(h) for r in roles for h in held) or (country and person_country(cluster) not in (None, country)):
            continue
        last = max((m.start for m in cluster.mentions if m.end <= position), default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, cluster)
    return best[1] if best else None


def _role_words(title: Title) -> set[str]:
    return set((title.role or title.words).casefold().split())


def inherit_counterpart_roles(clusters: list[Cluster]) -> None:
    """ "his counterpart": the counterpart holds the possessor's (non-relational) roles."""
    for cluster in clusters:
        for mention in cluster.mentions:
            if not any(r.kind == "relation" for r in mention.roles):
                continue
            possessor = next((c for c in clusters if c is not cluster and any(m.kind == "pronoun" and m.start == mention.start for m in c.mentions)), None)
            if possessor is None:
                continue
            inherited = [r for m in possessor.mentions for r in m.roles if r.kind == "title"]
            mention.roles.extend(r for r in inherited if r not in mention.roles)


# --- capitals standing for governments ------------------------------------------------------------


def capitals_as_governments(analysis: Analysis, clusters: list[Cluster], lexicon: Lexicon) -> None:
    for cluster in [c for c in clusters if c.type == "PLACE"]:
        for mention in list(cluster.names):
            country = lexicon.countries.capital(mention.name)
            if country is None or mention.dateline or not _acts(analysis, mention):
                continue
            owner = next((c for c in clusters if c.type == "COUNTRY" and person_country(c) == country.alpha3), None)
            if owner is None:
                owner = Cluster("COUNTRY", [])
                clusters.append(owner)
            cluster.mentions.remove(mention)
            owner.mentions.append(Mention(mention.start, mention.end, "COUNTRY", mention.name, kind="role", country=country.alpha3))
    clusters[:] = [c for c in clusters if c.mentions]


def _acts(analysis: Analysis, mention: Mention) -> bool:
    """A subject, a passive's "by" agent, or the side a stance comes from ("despite opposition
    from Madrid and Lisbon", "pressure from Washington"), first conjunct or later."""
    for token in analysis.tokens_in(mention.start, mention.end):
        if token.dep in ("nsubj", "nsubjpass"):
            return True
        head = token
        while head.dep == "conj" and (first := analysis.token(head.head)) is not None and first.i != head.i:
            head = first
        prep = analysis.token(head.head) if head.dep == "pobj" else None
        if prep is None:
            continue
        if prep.dep == "agent":
            return True
        owner = analysis.token(prep.head)
        if prep.text.lower() == "from" and owner is not None and owner.pos == "NOUN" and owner.lemma.lower() in _STANCES_FROM:
            return True
    return False


# Stances and pressures a side voices: "opposition from Madrid" is the Spanish government's.
_STANCES_FROM = frozenset({"opposition", "pressure", "criticism", "objection", "protest", "request", "demand", "call", "warning", "support", "backing", "resistance", "complaint", "threat", "appeal"})


_STATIVE = {"be", "have", "lie", "remain", "border", "cover", "include", "become", "seem"}


def is_agent(analysis: Analysis, start: int, end: int) -> bool:
    """The name at ``[start, end)`` does something: subject of an active verb that is not a
    state ("Norway said", "Chile beat Peru", "France and Spain signed"), or the "by" agent of a
    passive.  A state or city that acts is its government or its team, not a place."""
    tokens = analysis.tokens_in(start, end)
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head not in inside or t.head == t.i]
    if not heads:
        return False
    head = heads[0]
    while head.dep == "conj" and (first := analysis.token(head.head)) is not None:
        head = first  # the first conjunct holds the role
    governor = analysis.token(head.head)
    if governor is None:
        return False
    if head.dep == "nsubj":
        return governor.lemma.casefold() not in _STATIVE and governor.pos in ("VERB", "AUX")
    return head.dep == "pobj" and governor.dep == "agent"


# --- attributes --------------------------------------------------------------------------------------


def person_country(cluster: Cluster) -> str | None:
    votes = Counter(m.country for m in cluster.mentions if m.country)
    return votes.most_common(1)[0][0] if votes else None


def roles_of(cluster: Cluster) -> tuple[str, ...]:
    seen: list[str] = []
    for mention in sorted(cluster.mentions, key=lambda m: m.start):
        for title in mention.roles:
            if title.kind in ("title", "role") and title.role not in seen:
                seen.append(title.role)
    return tuple(seen)


def sector_of(cluster: Cluster, lexicon: Lexicon) -> str | None:
    if cluster.type == "OUTLET":
        return "JRN"
    if cluster.type == "COUNTRY":
        return "GOV"
    if cluster.type == "PERSON":
        titles = [t for m in sorted(cluster.mentions, key=lambda m: m.start) for t in m.roles if t.sector]
        return titles[0].sector if titles else None
    if cluster.type == "ORG":
        if any(_central_bank(m.name) for m in cluster.names):
            return "GOV"
        words = org_sectors()
        for mention in cluster.names:
            for word in normalize_name(mention.name).split():
                word = word.removesuffix("'s")  # "the Sheriff's Department"
                if word in words and words[word].in_names:
                    return words[word].sector
        # "aid charity Actionaid": the word for its kind before the name (entities.kinds)
        described = next((t.sector for m in cluster.mentions for t in m.roles if t.kind == "kind" and t.sector), None)
        return described or ("BUS" if any(_legal_form_last(m.name) for m in cluster.names) else None)
    return None


def _known_firm(name: str) -> bool:
    code = phoenix_actors().lookup(name) or ""
    return code.startswith("MNC") or code[3:6] == "BUS"


def _central_bank(name: str) -> bool:
    """ "Bank of England" (GBRGOVBUS in the Phoenix dictionary): a state's bank is a body of the
    state, whatever its word "bank" says ("Bank of America", MNCUSA, stays a firm)."""
    code = phoenix_actors().lookup(name) or ""
    return len(code) >= 6 and code[3:6] == "GOV" and code[6:9] == "BUS"


def _legal_form_last(name: str) -> bool:
    """ "American Express Co", "Harlow Holdings Ltd": a name closed by a legal form is a firm's,
    whatever country word it holds (it is no state)."""
    words = name.casefold().split()
    return len(words) > 1 and words[-1] in legal_suffixes()


def country_from_context(analysis: Analysis, cluster: Cluster, lexicon: Lexicon) -> str | None:
    """For organizations, outlets and places without a known country: "Russia's TASS",
    "the Russian Defense Ministry", "Kaesong, North Korea", or a capital's own country."""
    for mention in cluster.names:
        inside = country_of_tokens(analysis.tokens_in(mention.start, mention.end), lexicon)
        if inside and cluster.type == "ORG":
            return inside
        capital = lexicon.countries.capital(mention.name) if cluster.type == "PLACE" else None
        if capital is not None:
            return capital.alpha3
        before = analysis.tokens_before(mention.start, 3)
        described = _described_by(analysis, mention.start, mention.end) if cluster.type == "ORG" else []
        found = _country_described(described, lexicon)
        if found:
            return found  # "Swiss cement firm Tovar", "UK-based firm Tovar Industries"
        found = _country_apposed(analysis, mention, lexicon) if cluster.type == "ORG" else None
        if found:
            return found  # "Dean Witter, the fourth largest U.S. brokerage house", "Barclays, the UK's third-biggest bank"
        if before and before[-1].text in ("'s", "\u2019s") and cluster.type != "PLACE":
            found = country_of_tokens(before[:-1], lexicon)
            if found:
                return found
        after = tokens_after(analysis, mention.end, 4)
        if cluster.type == "PLACE" and after and after[0].text == ",":
            found = _division_named(after[1:]) or country_of_tokens(after[1:], lexicon)
            if found:
                return found
    return None
