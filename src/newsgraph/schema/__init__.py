"""The published JSON Schema of the document (``schema/document.schema.json`` in the repo)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("document.schema.json").read_text(encoding="utf-8"))


def validation_errors(document: dict[str, Any]) -> list[str]:
    """Every way ``document`` breaks the schema (empty when it is valid)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(document_schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator.iter_errors(document)]
