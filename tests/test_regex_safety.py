"""No regular expression of newsgraph backtracks catastrophically (ReDoS), checked with
regexploit: no pattern may take cubic time or worse on some input (regexploit's own report
threshold; quadratic patterns run on lines and stay usable).

The patterns are found three ways, so that none escapes: literal patterns in the source
(``re.compile(r"...")``, ``re.search(r"...", ...)``), compiled patterns held by a module,
and every pattern compiled while the readers and the pipeline run, which takes in those built
at run time from the data files under resources/ (lexicons, source lines, caption credits).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
import warnings
from pathlib import Path

import pytest

import newsgraph

regexploit_sre = pytest.importorskip("regexploit.ast.sre")
from regexploit.redos import find  # noqa: E402

SRC = Path(newsgraph.__file__).parent
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
WORST_ALLOWED = 2  # starriness: 1 linear, 2 quadratic, 3 cubic ...


def literal_patterns() -> dict[tuple[str, int], str]:
    """(pattern, flags) -> where, for string literals handed to ``re`` functions in the source."""
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_FUNCTIONS \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found[(node.args[0].value, 0)] = f"{path.relative_to(SRC)}:{node.lineno}"
    return found


def module_patterns() -> dict[tuple[str, int], str]:
    """Compiled patterns held by any module of the package (each imported)."""
    for module in pkgutil.walk_packages([str(SRC)], "newsgraph."):
        if ".web" not in module.name and ".engines.spark" not in module.name:  # optional extras
            importlib.import_module(module.name)
    return {
        (value.pattern, value.flags): name
        for name, module in list(sys.modules.items()) if name.startswith("newsgraph")
        for value in _held(vars(module).values(), depth=3) if isinstance(value.pattern, str)
    }


def _held(values, depth: int):
    """The patterns among ``values`` and inside their lists, tuples and dicts (timex keeps
    (family, pattern) pairs in a list)."""
    for value in values:
        if isinstance(value, re.Pattern):
            yield value
        elif depth and isinstance(value, (list, tuple, dict)):
            yield from _held(value.values() if isinstance(value, dict) else value, depth - 1)


def clear_built_patterns() -> None:
    """Empty every cache of the package's modules, so patterns built from data files are built
    again (and seen) when next asked for."""
    for name, module in list(sys.modules.items()):
        if name.startswith("newsgraph"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def patterns_compiled_while(work) -> dict[tuple[str, int], str]:
    """Every pattern newsgraph's code compiles while ``work()`` runs, with where.

    ``re._compile`` is where every ``re`` function and ``re.compile`` lands (CPython 3.11+);
    watching it is the one way to see patterns built at run time from data files."""
    found: dict[tuple[str, int], str] = {}
    original = re._compile

    def watch(pattern, flags):
        frame = sys._getframe(1)
        while frame is not None and not frame.f_code.co_filename.startswith(str(SRC)) and frame.f_code.co_filename.startswith(str(Path(re.__file__).parent)):
            frame = frame.f_back
        compiled = original(pattern, flags)
        if frame is not None and frame.f_code.co_filename.startswith(str(SRC)) and isinstance(pattern, str):
            found.setdefault((pattern, compiled.flags), f"{Path(frame.f_code.co_filename).relative_to(SRC)}:{frame.f_lineno}")
        return compiled

    re._compile = watch
    try:
        work()
    finally:
        re._compile = original
    return found


def backtracking_problems(patterns: dict[tuple[str, int], str]) -> list[str]:
    problems = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for (pattern, flags), where in patterns.items():
            try:
                parsed = regexploit_sre.SreOpParser().parse_sre(pattern, flags)
                worst = max((redos.starriness for redos in find(parsed)), default=0)
            except Exception as exc:  # a pattern the checker cannot read is not checked: refuse it
                problems.append(f"{where}: cannot be checked ({type(exc).__name__}): {pattern[:120]!r}")
                continue
            if worst > WORST_ALLOWED:
                problems.append(f"{where}: starriness {worst}: {pattern[:120]!r}")
    return problems


def test_literal_and_module_patterns_do_not_backtrack_catastrophically() -> None:
    patterns = {**literal_patterns(), **module_patterns()}
    assert len(patterns) > 100  # the search found the package's patterns
    assert backtracking_problems(patterns) == []


@pytest.mark.slow
def test_patterns_built_at_run_time_from_data_files_do_not_backtrack_catastrophically(pipeline) -> None:
    from fuzz.seeds import seeds
    from newsgraph.ingest import read_bytes
    from newsgraph.ingest.patterns import source_line_pattern
    from newsgraph.model import Article

    def work() -> None:
        clear_built_patterns()
        for reader in ("text", "html", "json", "feed", "warc"):
            for data in seeds(reader):
                for item in read_bytes(data, f"seed.{reader}"):
                    if isinstance(item, Article):
                        pipeline.run(item)

    patterns = patterns_compiled_while(work)
    assert (source_line_pattern().pattern, source_line_pattern().flags) in patterns
    assert backtracking_problems(patterns) == []


def test_the_check_finds_a_catastrophic_pattern() -> None:
    assert backtracking_problems({(r"^(?:by\s+)?(?P<name>[^()]+?)\s*\(x\)$", 0): "example"})
    assert backtracking_problems({(r"\s++x", 0): "possessive"})[0].startswith("possessive: cannot be checked")
