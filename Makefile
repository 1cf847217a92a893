# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run    virtual environment, install, demo database (first time), open the application
#   make test   install what the tests need and run the whole suite (Qt offscreen)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PEOPLE ?= 2000

.PHONY: run test lint bench translations clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.app-installed

run: $(VENV)/.app-installed
	$(BIN)/innov-desktop demo --people $(PEOPLE) --if-empty
	$(BIN)/innov-desktop

lint: $(VENV)/.test-installed
	$(BIN)/ruff check innov_desktop tests
	$(BIN)/ruff format --check innov_desktop tests
	$(BIN)/mypy

test: $(VENV)/.test-installed lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(VENV)/.test-installed
	$(BIN)/python -m tests.benchmarks

# after changing interface strings: refresh the .ts sources, translate, then compile the .qm files
translations: $(VENV)/.app-installed
	$(BIN)/pyside6-lupdate $$(find innov_desktop/gui -name '*.py') -no-obsolete -ts resources/translations/innov_desktop_ar.ts resources/translations/innov_desktop_en.ts
	$(BIN)/pyside6-lrelease resources/translations/*.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .hypothesis
