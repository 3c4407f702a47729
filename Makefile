# The two commands of the README: `make demo` runs the main job, `make test` passes the tests.
# Both set themselves up: a virtualenv with diplo installed, Kafka jars (fetched by Maven on
# first use), and for the tests a PostgreSQL server.
VENV ?= .venv
PYTHON ?= python3

.PHONY: install demo test test-unit clean

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

clean:
	rm -rf $(VENV) .pytest_cache
