"""Entities: typed mentions resolved into entities with actor attributes.

Requires the analysis; provides ``entities``.  The work is split in the modules of this package:

- ``types``: name mentions typed PERSON, ORG, OUTLET, COUNTRY, PLACE, WEAPON, EVENT
  (the statistical model corrected by gazetteers and weapon patterns);
- ``places``: the dateline's place, and large cities the model took for people;
- ``context``: outlets on no list, typed by the words around them ("the broadcaster Kora");
- ``namewords``: the word lists of people's roles and of organizations' names;
- ``people``: people on no list, typed by a title or role before them or a verb only people do;
- ``teams``: in a report of a game, countries named in a score line are national teams (ORG);
- ``slots``: places on no list, typed by the slot their name stands in ("the town of Tovar");
- ``coref``: which mentions are one entity (names, acronyms, partial names, pronouns);
- ``aliases``: one organization under several names (legal forms, acronyms in brackets,
  the Phoenix dictionaries' aliases);
- ``actors``: titles, role descriptions, countries, PLOVER sectors, capitals as governments;
- ``borders``: the state a place belonged to on the article's date (Moscow in 1987: SUN).

Every mention of an entity is a span of the article text, names, role descriptions ("the
minister") and pronouns alike, so later stages can ask ``entity_at(doc, start, end)`` who
is spoken of at a place in the text.
"""

from __future__ import annotations

from ...model import Analysis, Document, Entity, Span
from ...settings import Settings
from ..base import ANALYSIS, next_id
from . import actors, aliases, borders, context, coref, people, places, slots, teams
from .companies import company_mentions
from .coref import Cluster
from .kinds import organizations_by_last_word
from .types import Lexicon, load_lexicon, typed_mentions


class EntityStage:
    name = "entities"
    requires = frozenset({ANALYSIS})
    provides = frozenset({"entities"})

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        date = doc.article.date
        dateline = date.evidence[0] if date is not None and date.source == "dateline" and date.evidence else None
        entities = borders.as_of(resolve(analysis, self.lexicon, dateline), date.value if date is not None else None)
        return doc.with_(entities=entities)


def resolve(analysis: Analysis, lexicon: Lexicon, dateline: Span | None = None) -> tuple[Entity, ...]:
    """The entities of one parsed text, in order of first mention.  ``dateline`` is the
    dateline ingest found; without it a dateline opening the text is read here."""
    text = analysis.text
    place = places.dateline_mention(text, lexicon, dateline)
    extra = tuple(m for m in (place, places.dateline_agency(text)) if m is not None) + tuple(company_mentions(analysis))
    mentions = typed_mentions(analysis, lexicon, extra)
    mentions = places.join_split_towns(text, mentions)
    places.retype_cities(analysis, mentions)
    places.retype_sites(mentions)
    mentions = context.type_outlets(analysis, mentions, lexicon)
    mentions = people.type_people(analysis, mentions, lexicon)
    mentions = organizations_by_last_word(analysis, mentions)
    never_a_person = lambda m: context.never_a_person(text, m, mentions, lexicon)  # noqa: E731
    places.retype_destinations(analysis, mentions, never_a_person)
    mentions = slots.type_places(analysis, mentions, lexicon, never_a_person)
    teams.type_teams(text, mentions, lexicon)
    clusters = coref.cluster_names(text, mentions)
    clusters = coref.merge_partial_names(clusters, text)
    clusters = aliases.merge_aliases(text, clusters)
    coref.add_untagged_surnames(text, clusters)
    actors.attach_titles(analysis, clusters, lexicon)
    actors.countries_of_known_people(clusters, lexicon)
    actors.capitals_as_governments(analysis, clusters, lexicon)
    coref.merge_by_country(clusters, coref.country_descriptions(analysis, lexicon), lexicon)
    actors.resolve_role_descriptions(analysis, clusters, lexicon)
    actors.resolve_organization_descriptions(analysis, clusters)
    actors.resolve_national_descriptions(analysis, clusters, lexicon)
    actors.resolve_introducing_descriptions(analysis, clusters, lexicon)
    actors.resolve_introducing_officials(analysis, clusters, lexicon)
    actors.resolve_country_references(analysis, clusters)
    coref.name_genders(text, clusters)
    coref.resolve_pronouns(analysis, clusters)
    actors.inherit_counterpart_roles(clusters)
    ordered = sorted((c for c in clusters if c.mentions), key=Cluster.first)
    return tuple(_to_entity(analysis, cluster, lexicon, index) for index, cluster in enumerate(ordered))


def _to_entity(analysis: Analysis, cluster: Cluster, lexicon: Lexicon, index: int) -> Entity:
    spans = sorted({(m.start, m.end) for m in cluster.mentions})
    country = _country(analysis, cluster, lexicon)
    return Entity(
        id=next_id("e", index),
        name=_name(cluster, lexicon, country),
        type=cluster.type,
        mentions=tuple(Span.of(analysis.text, start, end) for start, end in spans),
        country=country,
        roles=actors.roles_of(cluster),
        sector=actors.sector_of(cluster, lexicon),
    )


def _country(analysis: Analysis, cluster: Cluster, lexicon: Lexicon) -> str | None:
    if cluster.type in ("PERSON", "COUNTRY", "OUTLET", "WEAPON"):
        found = actors.person_country(cluster)
        if found or cluster.type in ("PERSON", "COUNTRY"):
            return found
    if cluster.type in ("EVENT", "WEAPON") and not cluster.names:
        return None
    found = actors.country_from_context(analysis, cluster, lexicon)
    if found is None and cluster.type == "ORG":
        found = actors.person_country(cluster)  # "the US firm" said of it
    if found is None and cluster.type == "PLACE":
        # the dateline's city or a city the model mistyped carries its country; else a large city's
        found = actors.person_country(cluster) or next((c for c in (places.large_city_country(m.name) for m in cluster.names) if c), None)
    return found


def _name(cluster: Cluster, lexicon: Lexicon, country: str | None) -> str:
    """The display name: a gazetteer's, else the fullest name written, else the first mention."""
    if cluster.type == "COUNTRY" and country:
        known = lexicon.countries.get(country)
        if known is not None:
            return known.name
    names = sorted(cluster.names, key=lambda m: m.start) or sorted(cluster.mentions, key=lambda m: m.start)
    canonical = next((m.canonical for m in names if m.canonical), None)
    if canonical:
        return canonical
    return max(names, key=lambda m: (len(m.name.split()), -m.start)).name


def entity_at(doc: Document, start: int, end: int) -> Entity | None:
    """The entity mentioned at ``[start, end)``: an exact mention, else the smallest mention
    containing that stretch, else the smallest one inside it (None if there is none)."""
    exact, containing, inside = [], [], []
    for entity in doc.entities:
        for mention in entity.mentions:
            size = mention.end - mention.start
            if (mention.start, mention.end) == (start, end):
                exact.append((size, entity))
            elif mention.start <= start and end <= mention.end:
                containing.append((size, entity))
            elif start <= mention.start and mention.end <= end:
                inside.append((size, entity))
    for found in (exact, containing, inside):
        if found:
            return min(found, key=lambda pair: pair[0])[1]
    return None


def make(settings: Settings) -> EntityStage:
    return EntityStage(load_lexicon())
