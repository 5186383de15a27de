"""Quotes stage: direct, indirect and written quotes with speaker, cue and medium.

The stage lives in ``stage``; the modules beside it are its parts (see its docstring).
"""

from .stage import QuoteStage, make

__all__ = ["QuoteStage", "make"]
