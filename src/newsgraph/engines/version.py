"""The version of a pipeline, stored with each article so ``reprocess`` knows what is stale.

It names the newsgraph release, the parsing model, the stages in order and a digest of the
code and data that make annotations (stages, resources, pipeline, model): any change to a
rule, a lexicon or the model gives another version.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ..pipeline import Pipeline

_PACKAGE = Path(__file__).resolve().parent.parent
_ANNOTATING = ("stages", "resources", "pipeline.py", "model.py")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """12 hex digits of the SHA-256 over the files that make annotations (computed once)."""
    digest = hashlib.sha256()
    for name in _ANNOTATING:
        root = _PACKAGE / name
        files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(_PACKAGE)).encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def pipeline_version(pipeline: Pipeline) -> str:
    """ "0.1.0 en_core_web_sm-3.8.0 entities,times,... 1a2b3c4d5e6f"."""
    from .. import __version__

    model = getattr(pipeline.analyzer, "description", pipeline.settings.model)
    return f"{__version__} {model} {','.join(pipeline.stage_names)} {code_digest()}"
