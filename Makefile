# Röstkiosk — the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   ?= demo-world

.PHONY: demo test lint bench crash-test bundle bundle-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Sets everything up, creates the demo world (once) and runs the kiosk on it.
demo: $(STAMP)
	@test -d $(DEMO)/station || $(BIN)/kiosk demo setup $(DEMO)
	$(BIN)/kiosk demo --world $(DEMO)

## Sets everything up and runs the whole test suite (lint, import contracts, tests, small benchmarks).
test: $(STAMP) lint
	$(BIN)/python -m pytest -q
	$(BIN)/kiosk bench cast --json --prefill 2000 --samples 300
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk bench ui --json --rounds 20
	$(BIN)/kiosk bench sync --json --stations 20 --ballots 500
	$(BIN)/kiosk bench tally --json --ballots 4000 --stations 8

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/kiosk bench cast --json

## The long crash test: 500 SIGKILLs during casting.
crash-test: $(STAMP)
	KIOSK_CRASH_KILLS=500 $(BIN)/python -m pytest -q -s --timeout=7200 tests/test_crash_safety.py

## The station bundle (PyInstaller one-dir in dist/rostkiosk; ONEFILE=1 for one file).
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.6'
	sh packaging/pyinstaller/build.sh $(if $(ONEFILE),--onefile,)

## Build the bundle, then run it offscreen: first screen, one ballot by clicking, clean exit.
bundle-smoke: bundle
	@du -sh dist/rostkiosk
	QT_QPA_PLATFORM=offscreen dist/rostkiosk/kiosk demo --smoke

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .hypothesis build dist
