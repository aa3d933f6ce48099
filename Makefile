# Röstkiosk — the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   ?= demo-world
# The one list of system packages (Debian/Ubuntu names); `make demo` checks it before anything.
SYSTEM_PACKAGES ?= packaging/system-packages.txt
CHECK_SYSTEM = $(PYTHON) packaging/system_packages.py check --list $(SYSTEM_PACKAGES)

.PHONY: demo test lint bench crash-test bundle bundle-smoke clean check-system

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Stops with one message naming the missing system packages and the command that installs them.
check-system:
	@$(CHECK_SYSTEM) --for run

## Sets everything up, creates the demo world (once) and runs the kiosk on it. The system check
## comes first, before the venv is made (a sub-make keeps that order under make -j too).
demo:
	@$(CHECK_SYSTEM) --for run
	@$(MAKE) --no-print-directory $(STAMP)
	@test -d $(DEMO)/station || $(BIN)/kiosk demo setup $(DEMO) --speech-placeholders
	$(BIN)/kiosk demo --world $(DEMO)

## Sets everything up and runs the whole test suite (lint, import contracts, tests, small benchmarks).
## The tests run in parallel, one worker more than there are cores (TEST_WORKERS=0 for one
## process): many tests wait (servers starting, timers, killed processes), and a third worker on
## two cores fills those waits (pytest 346 s with 2 workers, 302 s with 3, same 1139 tests). Each
## test file runs on one worker (its module fixtures are built once); the benchmarks run alone
## afterwards.
## A short temp folder of this run's own keeps the paths the tests show (a USB stick's path in
## staff mode) no longer than in a one-process run, and leaves other runs' folders alone.
TEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))
test: check-system $(STAMP) lint
	tmp=$$(mktemp -d /tmp/rk-XXXXXX) && status=0 && \
	  $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile --basetemp=$$tmp || status=$$?; \
	  rm -rf "$$tmp"; exit $$status
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
	KIOSK_CRASH_KILLS=500 $(BIN)/python -m pytest -q -s --timeout=7200 tests/fault/test_crash_safety.py

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
