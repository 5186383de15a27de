"""Exact and near-duplicate detection (MinHash LSH) across a corpus."""

from __future__ import annotations

import pytest

from newsgraph.corpus.dedup import DuplicateIndex, signature, signature_bytes, signature_from_bytes, text_hash

WIRE = (
    "Heavy rain flooded parts of the river valley on Sunday, forcing the evacuation of about "
    "two hundred homes, the regional fire service said. Rescue teams used boats to reach people "
    "trapped on upper floors, and the main road to the coast was closed for most of the day. "
    "The weather office said the rain would ease on Monday but warned that river levels could "
    "keep rising until Tuesday, and asked residents to avoid travelling unless necessary. "
    "Schools in three towns will stay closed until the water goes down, the council said."
)
REWRITE = WIRE.replace("on Sunday", "late on Sunday").replace("the council said.", "local officials said on Sunday evening.")
OTHER = (
    "The central bank kept its main interest rate unchanged on Thursday, saying inflation was "
    "falling faster than expected but that wages were still rising quickly. Most economists had "
    "expected the decision, and markets barely moved after the announcement."
)


def test_exact_duplicate_ignores_case_and_spacing():
    index = DuplicateIndex()
    index.add("first", WIRE)
    match = index.find("  " + WIRE.upper().replace(". ", ".\n\n"))
    assert (match.duplicate_of, match.kind, match.similarity) == ("first", "exact", 1.0)


def test_rewrite_is_a_near_duplicate_and_another_story_is_not():
    index = DuplicateIndex(threshold=0.7)
    index.add("first", WIRE)
    match = index.find(REWRITE)
    assert match is not None and (match.duplicate_of, match.kind) == ("first", "near")
    assert 0.7 <= match.similarity < 1.0
    assert index.find(OTHER) is None


def test_threshold_is_respected():
    strict = DuplicateIndex(threshold=0.99)
    strict.add("first", WIRE)
    assert strict.find(REWRITE) is None


def test_first_seen_article_wins():
    index = DuplicateIndex()
    index.add("first", WIRE)
    index.add("second", WIRE)
    assert index.find(WIRE).duplicate_of == "first"
    assert len(index) == 1


def test_discard_forgets_an_article():
    index = DuplicateIndex()
    index.add("first", WIRE)
    index.discard("first", WIRE)
    assert index.find(WIRE) is None and index.find(REWRITE) is None


def test_seed_from_stored_rows_finds_both_kinds():
    stored = [("first", text_hash(WIRE), signature_bytes(signature(WIRE))), ("old", text_hash(OTHER), None)]
    index = DuplicateIndex(threshold=0.7)
    index.seed(stored)
    assert index.find(WIRE).kind == "exact"
    assert index.find(REWRITE).kind == "near"
    assert index.find(OTHER).duplicate_of == "old"


def test_signature_round_trips_through_bytes():
    minhash = signature(WIRE)
    assert signature_from_bytes(signature_bytes(minhash)).jaccard(minhash) == 1.0


def test_short_texts_do_not_crash():
    index = DuplicateIndex()
    index.add("a", "Hello")
    assert index.find("hello").kind == "exact"
    assert index.find("") is None or index.find("").kind == "exact"


def test_bad_threshold():
    with pytest.raises(ValueError):
        DuplicateIndex(threshold=0)


def test_index_lives_in_a_file_that_goes_when_closed(tmp_path):
    with DuplicateIndex(folder=str(tmp_path)) as index:
        index.add("first", WIRE)
        files = list(tmp_path.rglob("*.db"))
        assert len(files) == 1 and files[0].stat().st_size > 0
        assert index.find(REWRITE) is not None
    assert not list(tmp_path.iterdir())


def test_seeding_in_batches_keeps_the_first_seen_of_each_text():
    hashed, stored = text_hash(WIRE), signature_bytes(signature(WIRE))
    rows = [(f"copy-{n}", hashed, stored) for n in range(12_000)]
    with DuplicateIndex() as index:
        index.seed(iter(rows))
        assert len(index) == 1
        assert index.find(WIRE).duplicate_of == "copy-0"
        assert index.find(REWRITE).duplicate_of == "copy-0"  # every copy matches as well: the first seen wins


def test_an_ingest_run_removes_its_index_file(tmp_path, monkeypatch):
    import tempfile

    from newsgraph.engines.local import _Run
    from newsgraph.settings import Settings

    class Store:
        def fingerprints(self):
            return iter(())

    class Pipeline:
        settings = Settings.load(environ={})
        stage_names = ()

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr("newsgraph.engines.local.pipeline_version", lambda pipeline: "test")
    with _Run(Store(), Pipeline()) as run:
        assert len(list(scratch.iterdir())) == 1
        run.index.add("first", WIRE)
    assert not list(scratch.iterdir())
