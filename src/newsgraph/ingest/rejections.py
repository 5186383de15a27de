"""Turning a typed input error into the stored ``Rejection`` record."""

from __future__ import annotations

from ..errors import InputError
from ..model import Rejection


def rejection_from(error: InputError, source: str) -> Rejection:
    """The stored form of an input error (its code, reason, message and how to fix it)."""
    return Rejection(source=error.source or source, code=error.code, reason=error.reason, message=error.message, detail=error.hint or None)
