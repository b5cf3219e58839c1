# Two commands for a fresh machine: `make run` and `make test` (see README.md).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
TEST_PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test test-sqlite test-postgresql install install-dev

run: install ## Install, migrate, seed, create demo accounts, serve on http://127.0.0.1:5000
	$(BIN)/flask --app tracker setup
	$(BIN)/flask --app wsgi run --host $(HOST) --port $(PORT)

test: install-dev ## Install everything the tests need, then run them on SQLite and on PostgreSQL
	bash scripts/ensure-chromium
	bash scripts/ensure-postgresql
	$(BIN)/ruff check tracker tests bench config.py wsgi.py
	$(MAKE) test-sqlite test-postgresql

test-sqlite:
	$(BIN)/pytest

test-postgresql:
	TEST_DATABASE_URL=$(TEST_PG_URL) $(BIN)/pytest

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@
