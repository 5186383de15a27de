"""Small stores built from hand-made documents (no model needed): invented articles with
known entities, places, quotes, events and flags, for the CLI and export tests."""

from __future__ import annotations

from newsgraph.corpus import rebuild
from newsgraph.model import Actor, Article, ArticleDate, Document, Entity, Event, Flag, Place, Quote, Rejection, Span
from newsgraph.store import open_store
from newsgraph.store.base import DuplicateLink

TEXT_A = (
    "NAIROBI, March 3, 2024 - Kenyan police detained the co-chairman of the Harvest Party in Nairobi on Sunday, "
    "the Lakeside Courier reported.\n\n"
    "\"We will not be silenced,\" party spokesman Odhiambo Marete said. Kenya and Uganda met in Kampala."
)
TEXT_B = "KAMPALA, March 4, 2024 - Kenyan police detained the co-chairman in Nairobi, the Hill Gazette said. " + "More details followed. " * 12


def span(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def document_a() -> Document:
    t = TEXT_A
    entities = (
        Entity("e1", "Kenya", "COUNTRY", (span(t, "Kenya", 1),), country="KEN"),
        Entity("e2", "Nairobi", "PLACE", (span(t, "Nairobi"),), country="KEN"),
        Entity("e3", "Odhiambo Marete", "PERSON", (span(t, "Odhiambo Marete"),), country="KEN", roles=("spokesman",)),
        Entity("e4", "Uganda", "COUNTRY", (span(t, "Uganda"),), country="UGA"),
        Entity("e5", "Kampala", "PLACE", (span(t, "Kampala"),), country="UGA"),
    )
    places = (
        Place("e1", 1.0, 38.0, "KEN", None, "country"),
        Place("e2", -1.28333, 36.81667, "KEN", 184745, "capital"),
        Place("e4", 1.25, 32.5, "UGA", None, "country"),
        Place("e5", 0.31628, 32.58219, "UGA", 232422, "capital"),
    )
    detained = span(t, "detained")
    events = [
        Event("v1", "COERCE", detained, span(t, "Kenyan police detained the co-chairman of the Harvest Party in Nairobi on Sunday"),
              actor=Actor(None, "Kenyan police", "KEN", "COP", "KENCOP"), recipient=Actor(None, "the co-chairman", None, "OPP", "---OPP"),
              mode="arrest", cameo="173", date="2024-03-03", place="e2", confidence=0.8),
        Event("v2", "CONSULT", span(t, "met"), span(t, "Kenya and Uganda met in Kampala"), actor=Actor("e1", "Kenya", "KEN", "GOV", "KENGOV"),
              recipient=Actor("e4", "Uganda", "UGA", "GOV", "UGAGOV"), cameo="036", date="2024-03-03", place="e5", confidence=0.7),
    ]
    # more events of one trigger, so ids run past v9 (v10 must sort after v2)
    for n in range(3, 12):
        events.append(Event(f"v{n}", "CONSULT", span(t, "met"), span(t, "Kenya and Uganda met in Kampala"), actor=Actor("e1", "Kenya", "KEN", "GOV", "KENGOV"),
                            cameo="04", date=None, confidence=0.3, modality="possible"))
    quotes = (Quote("q1", "direct", span(t, "We will not be silenced,"), span(t, "said"), "e3", "Odhiambo Marete"),)
    flags = (Flag("future_past", "a date after the article's date told in the past tense", ("2024-03-09",), (span(t, "Sunday"),)),)
    article = Article(t, "a" * 16, "Police detain opposition co-chairman", outlet="Lakeside Courier", url="https://courier.example/a", language="en",
                      date=ArticleDate("2024-03-03", False, "dateline"), source_name="a.txt")
    return Document(article, entities, quotes, (), places, tuple(events), flags)


def document_b() -> Document:
    t = TEXT_B
    entities = (Entity("e1", "Nairobi", "PLACE", (span(t, "Nairobi"),), country="KEN"),)
    places = (Place("e1", -1.28333, 36.81667, "KEN", 184745, "capital"),)
    event = Event("v1", "COERCE", span(t, "detained"), span(t, "Kenyan police detained the co-chairman in Nairobi"),
                  actor=Actor(None, "Kenyan police", "KEN", "COP", "KENCOP"), recipient=Actor(None, "the co-chairman", None, "OPP", "---OPP"),
                  mode="arrest", cameo="1731", date="2024-03-03", place="e1", confidence=0.8)
    article = Article(t, "b" * 16, "Opposition leader held", outlet="Hill Gazette", url="https://gazette.example/b", language="en",
                      date=ArticleDate("2024-03-04", False, "dateline"), source_name="b.txt")
    return Document(article, entities, (), (), places, (event,), ())


def build_store(path: str) -> str:
    """A store at ``path`` with the two articles, a rejection, a duplicate and the corpus view."""
    with open_store(path) as store:
        store.add(document_a())
        store.add(document_b())
        store.add_rejection(Rejection("notes/empty.txt", "NG102", "empty", "the input is empty"))
        store.add_duplicate(DuplicateLink("copies/a-again.txt", "a" * 16, "a" * 16, "exact", 1.0))
        rebuild(store)
    return path
