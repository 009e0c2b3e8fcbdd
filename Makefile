# Two commands for a fresh clone: `make site` builds the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site extract test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e '.[test,dask]'
	touch $@ $(VENV)/.installed

node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

site: $(VENV)/.installed
	@test -f content/events.yaml || $(BIN)/chronology extract
	$(BIN)/chronology build
	@echo "$(CURDIR)/build/index.html"

extract: $(VENV)/.installed
	$(BIN)/chronology extract

lint: $(VENV)/.installed-test
	$(BIN)/ruff check chronology tests benchmarks

test: $(VENV)/.installed-test node_modules/.installed lint
	$(BIN)/pytest -n 2 --dist loadfile

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/timeml_eval.py
	$(BIN)/python benchmarks/build_speed.py
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf build .pytest_cache .ruff_cache
