"""Fuzzing: the targets and their contract (targets.py), seeds (seeds.py), the atheris runner (run.py)."""

READERS = ("text", "html", "json", "feed", "warc")
CHEAP = (*READERS, "decode", "prepare", "timex")  # no spaCy: 100,000 inputs each in minutes
SPACY = ("stages", "pipeline")  # the parse dominates: a few inputs a second
TARGETS = CHEAP + SPACY
