"""Word lists that say what kind of name a name is: the words of people's roles and verbs, and
the words of organizations' names that no person's name holds (resources/person_cues.tsv,
with org_sectors.tsv, legal_suffixes.tsv, site_heads.tsv and outlet_heads.tsv)."""

from __future__ import annotations

from functools import lru_cache

from ...resources import normalize_name, org_sectors, outlet_heads, person_cues
from .aliases import legal_suffixes
from .places import site_heads


@lru_cache(maxsize=1)
def organization_words() -> frozenset[str]:
    words = set(org_sectors()) | set(legal_suffixes()) | set(site_heads())
    words |= {normalize_name(w) for head in outlet_heads() for w in head.split()}
    return frozenset(words | person_cues().get("not", frozenset()))
