"""The lock files (requirements/*.txt) agree with pyproject.toml and with their inputs (*.in).

pyproject.toml says which versions the project accepts; each requirements/NAME.in pins the direct
dependencies of one group; `make lock` resolves it into NAME.txt, every dependency pinned with its
hashes. Bumping one side only (pyproject, an input or a lock) fails here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"

# Which pyproject declaration each input stands for. bootstrap.in also pins pip, the installer,
# which the project does not depend on; uv.in pins the lock tool alone.
GROUPS = {"runtime": ("project", "dependencies"), "test": ("extra", "test"), "spark": ("extra", "spark"), "fuzz": ("extra", "fuzz"), "bootstrap": ("build", "requires")}
NOT_DECLARED = {"bootstrap": {"pip"}, "uv": {"uv"}}


@dataclass(frozen=True)
class Pin:
    requirement: Requirement
    hashes: tuple[str, ...]

    @property
    def name(self) -> str:
        return canonicalize_name(self.requirement.name)

    @property
    def version(self) -> str:
        return next(iter(self.requirement.specifier)).version


def logical_lines(path: Path) -> list[str]:
    """The requirement lines of a pip requirements file: continuations joined, comments and options dropped."""
    joined = path.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (line.split(" #")[0].strip() for line in joined.splitlines())
    return [line for line in lines if line and not line.startswith(("#", "-"))]


def read_pins(path: Path) -> list[Pin]:
    pins = []
    for line in logical_lines(path):
        requirement, *hashes = line.split(" --hash=")
        pins.append(Pin(Requirement(requirement), tuple(h.strip() for h in hashes)))
    return pins


def declared(pyproject: dict, group: str) -> list[Requirement]:
    where, key = GROUPS[group]
    table = {"project": pyproject["project"], "extra": pyproject["project"]["optional-dependencies"], "build": pyproject["build-system"]}[where]
    return [Requirement(text) for text in table[key]]


def disagreements(pyproject: dict, group: str, inputs: list[Pin], locked: list[Pin]) -> list[str]:
    """Each way in which one group's input and lock disagree with pyproject or with each other."""
    problems = []
    by_name: dict[str, list[Pin]] = {}
    for pin in locked:
        by_name.setdefault(pin.name, []).append(pin)
    wanted = declared(pyproject, group)
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        if name not in by_name:
            problems.append(f"{name}: declared in pyproject.toml but not in requirements/{group}.txt")
        problems += [
            f"{name}: locked at {pin.version}, pyproject.toml wants {requirement.specifier}" for pin in by_name.get(name, []) if not requirement.specifier.contains(pin.version, prereleases=True)
        ]
    names = {canonicalize_name(r.name) for r in wanted} | NOT_DECLARED.get(group, set())
    for pin in inputs:
        if pin.name not in names:
            problems.append(f"{pin.name}: pinned in requirements/{group}.in but not declared in pyproject.toml")
        if pin.requirement.specifier and pin.version not in {p.version for p in by_name.get(pin.name, [])}:
            problems.append(f"{pin.name}: requirements/{group}.in pins {pin.version}, requirements/{group}.txt does not (run `make lock`)")
    return problems


def pyproject_table() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def lock_names() -> list[str]:
    return sorted(path.stem for path in REQUIREMENTS.glob("*.in"))


@pytest.mark.parametrize("group", lock_names())
def test_lock_agrees_with_pyproject_and_its_input(group):
    problems = disagreements(pyproject_table(), group, read_pins(REQUIREMENTS / f"{group}.in"), read_pins(REQUIREMENTS / f"{group}.txt")) if group in GROUPS else []
    assert problems == []


@pytest.mark.parametrize("group", lock_names())
def test_every_input_pin_is_exact_and_every_lock_entry_hashed(group):
    inputs = read_pins(REQUIREMENTS / f"{group}.in")
    assert [p.name for p in inputs if p.requirement.specifier and not str(p.requirement.specifier).startswith("==")] == []
    assert [p.name for p in read_pins(REQUIREMENTS / f"{group}.txt") if not p.hashes or not str(p.requirement.specifier).startswith("==")] == []


def test_every_group_pyproject_declares_has_an_input():
    extras = set(pyproject_table()["project"]["optional-dependencies"])
    assert extras <= set(lock_names())
    assert set(GROUPS) <= set(lock_names())


def test_locks_installed_into_one_environment_pin_shared_packages_alike():
    # test, spark and bootstrap are resolved against runtime.txt (-c): a package two locks share
    # must not move between the installs `make test-deps` runs one after the other.
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for group in ("runtime", "bootstrap", "test", "spark"):
        for pin in read_pins(REQUIREMENTS / f"{group}.txt"):
            key = (pin.name, str(pin.requirement.marker))
            first = seen.setdefault(key, (group, pin.version))
            if first[1] != pin.version:
                clashes.append(f"{pin.name}: {first[0]}.txt {first[1]}, {group}.txt {pin.version}")
    assert clashes == []


def test_the_model_is_pinned_by_hash():
    assert all(pin.hashes and str(pin.requirement.specifier).startswith("==") for pin in read_pins(REQUIREMENTS / "model.txt"))


PYPROJECT = {"project": {"dependencies": ["spacy>=3.8,<3.9", "click>=8.1"], "optional-dependencies": {}}, "build-system": {"requires": []}}


def pins(*lines: str) -> list[Pin]:
    return [Pin(Requirement(line), ("sha256:00",)) for line in lines]


def test_agreeing_sides_have_no_disagreement():
    assert disagreements(PYPROJECT, "runtime", pins("spacy==3.8.18", "click==8.5.1"), pins("spacy==3.8.18", "click==8.5.1", "colorama==0.4.6 ; sys_platform == 'win32'")) == []


def test_an_input_and_lock_bumped_past_pyproject_disagree():
    problems = disagreements(PYPROJECT, "runtime", pins("spacy==3.9.1", "click==8.5.1"), pins("spacy==3.9.1", "click==8.5.1"))
    assert problems == ["spacy: locked at 3.9.1, pyproject.toml wants <3.9,>=3.8"]


def test_pyproject_bumped_past_the_lock_disagrees():
    raised = {**PYPROJECT, "project": {"dependencies": ["spacy>=3.8,<3.9", "click>=9"], "optional-dependencies": {}}}
    assert disagreements(raised, "runtime", pins("spacy==3.8.18", "click==8.5.1"), pins("spacy==3.8.18", "click==8.5.1")) == ["click: locked at 8.5.1, pyproject.toml wants >=9"]


def test_an_input_bumped_without_relocking_disagrees():
    problems = disagreements(PYPROJECT, "runtime", pins("spacy==3.8.19", "click==8.5.1"), pins("spacy==3.8.18", "click==8.5.1"))
    assert problems == ["spacy: requirements/runtime.in pins 3.8.19, requirements/runtime.txt does not (run `make lock`)"]


def test_a_pin_pyproject_does_not_declare_or_a_declaration_not_locked_disagrees():
    problems = disagreements(PYPROJECT, "runtime", pins("spacy==3.8.18", "click==8.5.1", "rich==15.0.0"), pins("spacy==3.8.18", "rich==15.0.0"))
    assert problems == [
        "click: declared in pyproject.toml but not in requirements/runtime.txt",
        "click: requirements/runtime.in pins 8.5.1, requirements/runtime.txt does not (run `make lock`)",
        "rich: pinned in requirements/runtime.in but not declared in pyproject.toml",
    ]
