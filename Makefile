# tipdb: `make demo` builds, creates demo/tipdb.sqlite from the Fixtures and shows it;
# `make test` runs every test. Both install libsqlite3-dev first when sqlite3.h is missing.

SWIFT   ?= swift
PREFIX  ?= /usr/local
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# A self-contained binary: `make install` copies one file and it runs anywhere.
RELEASE_FLAGS := -c release --static-swift-stdlib
BIN     := .build/release/tipdb
DEMO_DB := demo/tipdb.sqlite

.PHONY: all deps build release test demo install clean schema bench fuzz markdown-renderer

all: build

deps:
	@if ! echo '#include <sqlite3.h>' | cc -E - >/dev/null 2>&1 || ! command -v sqlite3 >/dev/null; then \
		echo "sqlite3.h or the sqlite3 shell is missing: installing libsqlite3-dev and sqlite3 with apt-get"; \
		$(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q libsqlite3-dev sqlite3 pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

# The Markdown tests render tipdb's Markdown with markdown-it-py (CommonMark), pinned, in a venv
# under .build/ so that nothing outside the clone changes; made again only when missing or another version.
MARKDOWN_IT_PY := 4.0.0
MARKDOWN_VENV  := .build/markdown-venv
markdown-renderer:
	@if ! $(MARKDOWN_VENV)/bin/python -c 'import sys, markdown_it; sys.exit(markdown_it.__version__ != "$(MARKDOWN_IT_PY)")' 2>/dev/null; then \
		echo "installing markdown-it-py $(MARKDOWN_IT_PY) into $(MARKDOWN_VENV) for the Markdown rendering tests"; \
		python3 -m venv $(MARKDOWN_VENV) && $(MARKDOWN_VENV)/bin/python -m pip install -q markdown-it-py==$(MARKDOWN_IT_PY) mdurl==0.1.2; \
	fi

# The CLI tests run the release binary: the crash tests ingest 200,000 rows twenty times.
test: release markdown-renderer
	TIPDB_TEST_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test

demo: release
	@mkdir -p demo
	$(BIN) init --db $(DEMO_DB)
	$(BIN) ingest --db $(DEMO_DB) Fixtures/sources.json Fixtures/studies.csv Fixtures/figures.csv
	$(BIN) status --db $(DEMO_DB)
	$(BIN) report brief --db $(DEMO_DB) --format html -o demo/brief.html
	$(BIN) report brief --db $(DEMO_DB) --format md -o demo/brief.md
	@echo "wrote demo/brief.html"
	@echo "wrote demo/brief.md (charts: demo/brief-chart-*.svg)"

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/tipdb

# Performance, side by side with sqlite3 .import and Python's csv module; writes BENCHMARKS.md.
bench: release
	python3 Tests/Scripts/bench.py --tipdb $(BIN) --scratch bench --out BENCHMARKS.md

# Coverage-guided fuzzing (libFuzzer) of the CSV/JSON readers and value parsers; not part of
# `make test`. FUZZ_SECONDS=600 make fuzz for a longer run. Crashes land in bench/fuzz/.
FUZZ_SECONDS ?= 120
fuzz: deps
	TIPDB_FUZZ=1 $(SWIFT) build -c release --product tipdb-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer
	@mkdir -p bench/fuzz/corpus
	cp -n Tests/Fuzz/corpus/* bench/fuzz/corpus/ 2>/dev/null || true
	.build-fuzz/release/tipdb-fuzz bench/fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -artifact_prefix=bench/fuzz/

# SCHEMA.md is generated from the migrations' comments; a test fails when it is out of date.
schema: build
	rm -f .build/schema.sqlite*
	.build/debug/tipdb init --db .build/schema.sqlite >/dev/null
	.build/debug/tipdb schema --db .build/schema.sqlite --format md > SCHEMA.md

clean:
	rm -rf .build demo
