"""The seed article's gold entities (../shared/seed/expected.json): required, forbidden."""

from __future__ import annotations

import json

import pytest

from newsgraph.model import Article
from newsgraph.resources import normalize_name

from .conftest import SEED_GOLD


def _same(a: str, b: str) -> bool:
    return normalize_name(a) == normalize_name(b)


@pytest.fixture(scope="module")
def seed_doc(pipeline):
    if not SEED_GOLD.exists():
        pytest.skip("the seed gold is not beside the checkout")
    text = (SEED_GOLD.parent / "000_26e688f8244ad6e1.txt").read_text(encoding="utf-8")
    return pipeline.run(Article(text=text))


def _gold():
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))["entities"] if SEED_GOLD.exists() else {"required": [], "forbidden": []}


@pytest.mark.shared
@pytest.mark.parametrize("want", _gold()["required"], ids=lambda w: w["name"])
def test_required_entity(seed_doc, want):
    found = [e for e in seed_doc.entities if _same(e.name, want["name"]) and e.type == want["type"]]
    assert len(found) == 1, f"{want['name']} {want['type']}: {[(e.name, e.type) for e in seed_doc.entities]}"
    entity = found[0]
    if want.get("country"):
        assert entity.country == want["country"]
    texts = {normalize_name(m.text) for m in entity.mentions}
    for mention in want.get("mentions_all", ()):
        assert normalize_name(mention) in texts, mention
    some = want.get("mentions_some", ())
    if some:
        assert any(normalize_name(m) in texts for m in some)
    if want.get("roles_any"):
        assert {normalize_name(r) for r in entity.roles} & {normalize_name(r) for r in want["roles_any"]}


@pytest.mark.shared
@pytest.mark.parametrize("bad", _gold()["forbidden"], ids=lambda w: w["name"])
def test_forbidden_entity(seed_doc, bad):
    if "type" in bad:
        assert not [e for e in seed_doc.entities if _same(e.name, bad["name"]) and e.type == bad["type"]]
    else:  # a name that must not stand as an entity of its own: one entity holds all its forms
        holders = [e for e in seed_doc.entities if _same(e.name, bad["name"]) or any(m.text == bad["name"] for m in e.mentions)]
        assert len(holders) <= 1
