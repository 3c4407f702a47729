# The two commands of the README: `make demo` runs the main job, `make test` passes the tests.
# Both set themselves up: a virtualenv with diplo installed, Kafka jars (fetched by Maven on
# first use), and for the tests a PostgreSQL server.
VENV ?= .venv
PYTHON ?= python3

.PHONY: install demo test test-unit lint typecheck clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(VENV)/bin/diplo demo

test: install
	VENV=$(VENV) bash scripts/test.sh

test-unit: install
	$(VENV)/bin/python -m pytest tests/unit -m "not model"

# ruff (pyflakes, pycodestyle, bugbear, import order; settings in pyproject.toml) over all Python files.
lint: install
	$(VENV)/bin/ruff check .

# mypy on the package as it is imported: processors/, streams/, schemas/ and seeds/ are
# diplo.processors, diplo.streams, ... (pyproject.toml's package-dir), a mapping mypy cannot
# read from an editable install, so build/typecheck/diplo links them under one package.
TYPECHECK_DIR := build/typecheck
typecheck: install
	rm -rf $(TYPECHECK_DIR)/diplo && mkdir -p $(TYPECHECK_DIR)/diplo
	cp diplo/*.py $(TYPECHECK_DIR)/diplo/
	for p in processors streams schemas seeds; do ln -s $(CURDIR)/$$p $(TYPECHECK_DIR)/diplo/$$p; done
	cd $(TYPECHECK_DIR) && $(abspath $(VENV))/bin/mypy --config-file $(CURDIR)/pyproject.toml \
		--python-executable $(abspath $(VENV))/bin/python -p diplo

clean:
	rm -rf $(VENV) .pytest_cache build/typecheck
