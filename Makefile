# mpsandbox — run LLM-written Python in a confined MicroPython.
#
#   make            build/mpsandbox and build/libmpsandbox.a
#   make serve      set everything up and serve HTTP, MCP and the playground
#   make repl       set everything up and open the REPL
#   make test       unit, CLI, MCP, browser, MicroPython, stdlib suites and the corpus
#   make compat     the compatibility corpus's pass rate (tests/compat)
#   make bench      benchmarks (figures in BENCHMARKS.md)
#   make fuzz       fuzz the wire decoder (FUZZ_SECONDS, default 60)
#   make clean      remove build output (keeps the fetched MicroPython tarball)
#   make distclean  remove all of build/
#
# MicroPython is not in this repository: scripts/fetch-micropython.sh fetches
# Debian's source package, patches/ holds our changes to it, and
# mk/micropython-embed.mk turns it into an embeddable source tree for our
# src/vm/mpconfigport.h. Everything generated lives under $(BUILD).

BUILD ?= build
SHELL := /bin/bash
CC ?= cc
OPT ?= -O2 -g

MP_VERSION := 1.25.0
MP_SRC := $(BUILD)/micropython-$(MP_VERSION)
MP_PATCHED := $(BUILD)/stamp/micropython-patched
EMBED := $(BUILD)/micropython_embed
EMBED_GEN := $(BUILD)/embed-gen
EMBED_SOURCES := $(BUILD)/embed-sources.mk

VM_SRC := $(wildcard src/vm/*.c)
# Our code in the library besides the engine.
CORE_SRC := $(wildcard src/util/*.c src/wire/*.c src/worker/*.c src/supervisor/*.c src/host/*.c \
                             src/server/*.c)
CLI_SRC := $(wildcard src/cli/*.c)

# Our code is held to warnings-as-errors; MicroPython's headers are system
# headers to it, so their style does not fail our build.
OUR_CFLAGS := -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes $(OPT) \
              -Iinclude -Isrc/vm -Isrc/util -Isrc/wire -Isrc/worker -Isrc/supervisor -Isrc/host \
              -Isrc/server \
              -isystem $(EMBED)
# MicroPython builds with its own flags (its upstream build uses -Wall -Werror
# with c99). NDEBUG as in upstream release builds.
MP_CFLAGS := -std=gnu99 -Wall -Werror -Wno-unused-but-set-variable $(OPT) -DNDEBUG \
             -fno-common -Isrc/vm -I$(EMBED)
DEPFLAGS = -MMD -MP

JANSSON_CFLAGS := $(shell pkg-config --cflags jansson 2>/dev/null)
JANSSON_LIBS := $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson)
CRITERION_LIBS := $(shell pkg-config --libs criterion 2>/dev/null || echo -lcriterion)
SECCOMP_LIBS := $(shell pkg-config --libs libseccomp 2>/dev/null || echo -lseccomp)
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
MHD_LIBS := $(shell pkg-config --libs libmicrohttpd 2>/dev/null || echo -lmicrohttpd)
# What a program linking libmpsandbox.a needs besides it.
LIB_LIBS = $(JANSSON_LIBS) $(SECCOMP_LIBS) $(SQLITE_LIBS) $(MHD_LIBS) -lpthread -lm

LIB := $(BUILD)/libmpsandbox.a
BIN := $(BUILD)/mpsandbox

.PHONY: all deps repl serve test test-unit test-cli test-mcp test-conformance test-browser \
        test-micropython test-scripts test-stdlib compat clean \
        distclean
all: $(BIN) $(LIB)

deps:
	@scripts/install-deps.sh

# --- MicroPython: fetch, patch, generate the embed package ----------------

$(MP_PATCHED): scripts/fetch-micropython.sh $(wildcard patches/*.patch) | deps
	scripts/fetch-micropython.sh $(BUILD)
	for p in $(sort $(wildcard patches/*.patch)); do \
	    patch -d $(MP_SRC) -p1 --batch --quiet < $$p || exit 1; \
	done
	@mkdir -p $(@D) && touch $@

# The package's file list is only known after generation, so it is written
# out as a makefile fragment that make includes (and restarts to read).
$(EMBED_SOURCES): $(MP_PATCHED) src/vm/mpconfigport.h src/vm/vm_time.h mk/micropython-embed.mk $(VM_SRC)
	rm -rf $(EMBED_GEN) && mkdir -p $(EMBED_GEN)
	cp src/vm/mpconfigport.h $(EMBED_GEN)/
	$(MAKE) --no-print-directory -C $(EMBED_GEN) -f $(CURDIR)/mk/micropython-embed.mk package \
	    BUILD=build-embed MICROPYTHON_TOP=$(abspath $(MP_SRC)) PACKAGE_DIR=$(abspath $(EMBED)) \
	    PORT_SRC="$(abspath $(VM_SRC))" PORT_CFLAGS="-I$(abspath src/vm)"
	( cd $(EMBED) && printf 'MP_PACKAGE_SRC :=' && \
	  ls py/*.c extmod/*.c shared/runtime/gchelper_generic.c shared/timeutils/timeutils.c \
	     port/embed_util.c | tr '\n' ' ' && echo ) > $@

ifeq ($(filter deps clean distclean,$(MAKECMDGOALS)),)
include $(EMBED_SOURCES)
endif

# --- The frozen standard library (src/pylib) ---------------------------------
# Compiled to bytecode by the mpy-cross built from the same patched source and
# frozen into the binary as C data (MicroPython's makemanifest.py), so
# importing it reads no file and its bytecode is exactly what the compiler in
# the binary would produce.

PYLIB := $(wildcard src/pylib/*.py)
MPY_CROSS := $(MP_SRC)/mpy-cross/build/mpy-cross
FROZEN_C := $(BUILD)/frozen/frozen_content.c
# As MPZ_DIG_SIZE in src/vm/mpconfigport.h.
FROZEN_MPZ_DIG_SIZE := 32

# BUILD is given to the sub-makes explicitly: a BUILD=... on our command line
# would otherwise reach them too and move their output.
$(MPY_CROSS): $(MP_PATCHED)
	$(MAKE) --no-print-directory -C $(MP_SRC)/mpy-cross BUILD=build

# makemanifest.py reads the core's qstrs from the embed build (-b), so that
# only the modules' own strings go into the frozen qstr pool.
$(FROZEN_C): $(PYLIB) mk/pylib-manifest.py $(MPY_CROSS) $(EMBED_SOURCES)
	@mkdir -p $(@D)
	rm -f $@
	python3 $(MP_SRC)/tools/makemanifest.py -o $@ -b $(EMBED_GEN)/build-embed \
	    -v MPY_DIR=$(MP_SRC) -v MPY_LIB_DIR= -v PORT_DIR=src/pylib \
	    --mpy-tool-flags=-mmpz-dig-size=$(FROZEN_MPZ_DIG_SIZE) mk/pylib-manifest.py

$(BUILD)/obj/frozen/frozen_content.o: $(FROZEN_C)
	@mkdir -p $(@D)
	$(CC) $(MP_CFLAGS) -c $< -o $@

MP_OBJ := $(addprefix $(BUILD)/obj/mp/,$(MP_PACKAGE_SRC:.c=.o)) $(BUILD)/obj/frozen/frozen_content.o
VM_OBJ := $(addprefix $(BUILD)/obj/,$(VM_SRC:.c=.o))
CORE_OBJ := $(addprefix $(BUILD)/obj/,$(CORE_SRC:.c=.o))
CLI_OBJ := $(addprefix $(BUILD)/obj/,$(CLI_SRC:.c=.o))

$(BUILD)/obj/mp/%.o: $(EMBED)/%.c $(EMBED_SOURCES)
	@mkdir -p $(@D)
	$(CC) $(MP_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/obj/src/cli/%.o: src/cli/%.c $(EMBED_SOURCES)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) $(JANSSON_CFLAGS) $(DEPFLAGS) -c $< -o $@

# The playground page is embedded with .incbin (src/server/http_playground.c).
$(BUILD)/obj/src/server/http_playground.o: src/server/http_playground.c src/server/playground.html
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -DMPSB_PLAYGROUND_HTML='"src/server/playground.html"' $(DEPFLAGS) \
	    -c $< -o $@

$(BUILD)/obj/src/%.o: src/%.c $(EMBED_SOURCES)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) $(DEPFLAGS) -c $< -o $@

# --- Library and binary ----------------------------------------------------

$(LIB): $(MP_OBJ) $(VM_OBJ) $(CORE_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(OPT) -o $@ $(CLI_OBJ) $(LIB) $(LIB_LIBS)

# The same binary with a test-only backdoor in the worker (tests/hooks), to
# check the seccomp filter from inside; the worker loop compiled with it is
# linked ahead of the library's.
TESTHOOKS_BIN := $(BUILD)/mpsandbox-testhooks
TESTHOOKS_OBJ := $(BUILD)/obj/testhooks/worker_serve.o $(BUILD)/obj/testhooks/worker_test_hooks.o

$(BUILD)/obj/testhooks/worker_serve.o: src/worker/worker_serve.c $(EMBED_SOURCES)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -DMPSB_TEST_HOOKS -Itests/hooks $(DEPFLAGS) -c $< -o $@

$(BUILD)/obj/testhooks/worker_test_hooks.o: tests/hooks/worker_test_hooks.c
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -Itests/hooks $(DEPFLAGS) -c $< -o $@

$(TESTHOOKS_BIN): $(CLI_OBJ) $(TESTHOOKS_OBJ) $(LIB)
	$(CC) $(OPT) -o $@ $(CLI_OBJ) $(TESTHOOKS_OBJ) $(LIB) $(LIB_LIBS)

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# --- Benchmarks (not tests: they print figures; see BENCHMARKS.md) ---------

BENCH_BIN := $(BUILD)/bench/bench_sandbox

$(BENCH_BIN): bench/bench_sandbox.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -o $@ $< $(LIB) $(LIB_LIBS)

.PHONY: bench
bench: $(BENCH_BIN) $(BIN)
	$(BENCH_BIN)
	python3 bench/python_workloads.py --binary $(BIN)

# --- Fuzzing (clang with libFuzzer: Debian clang, libclang-rt-14-dev) ------

FUZZ_SECONDS ?= 60

.PHONY: fuzz
fuzz:
	@command -v clang >/dev/null || { echo "make fuzz needs clang and libclang-rt-14-dev" >&2; exit 2; }
	@mkdir -p $(BUILD)/fuzz/corpus
	clang -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	    -Isrc/wire -o $(BUILD)/fuzz/fuzz_wire fuzz/fuzz_wire.c src/wire/wire.c src/wire/wire_io.c
	$(CC) -std=gnu11 -O2 -Isrc/wire -o $(BUILD)/fuzz/gen_corpus fuzz/gen_corpus.c src/wire/wire.c \
	    src/wire/wire_io.c
	$(BUILD)/fuzz/gen_corpus $(BUILD)/fuzz/corpus
	$(BUILD)/fuzz/fuzz_wire -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus

# --- Running ---------------------------------------------------------------

# The demo database: a small shop (scripts/make-demo-db.py).
DEMO_DB := $(BUILD)/demo/shop.db

$(DEMO_DB): scripts/make-demo-db.py
	@mkdir -p $(@D)
	rm -f $@
	python3 scripts/make-demo-db.py $@

.PHONY: demo-db
demo-db: $(DEMO_DB)

repl: $(BIN) $(DEMO_DB)
	$(BIN) repl --db shop=$(DEMO_DB)

HOST ?= 127.0.0.1
PORT ?= 8765

.PHONY: serve
serve: $(BIN) $(DEMO_DB)
	$(BIN) serve --host $(HOST) --port $(PORT) --db shop=$(DEMO_DB)

# --- Tests -----------------------------------------------------------------

UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BIN := $(BUILD)/tests/unit

$(UNIT_BIN): $(UNIT_SRC) $(TESTHOOKS_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(OUR_CFLAGS) -o $@ $(UNIT_SRC) $(TESTHOOKS_OBJ) $(LIB) $(CRITERION_LIBS) \
	    $(LIB_LIBS)

test: test-unit test-cli test-mcp test-conformance test-browser test-micropython test-scripts \
      test-stdlib compat

test-unit: $(UNIT_BIN)
	$(UNIT_BIN) --jobs 2

test-cli: $(BIN) $(TESTHOOKS_BIN) $(DEMO_DB)
	MPSANDBOX=$(abspath $(BIN)) MPSANDBOX_TESTHOOKS=$(abspath $(TESTHOOKS_BIN)) \
	    DEMO_DB=$(abspath $(DEMO_DB)) \
	    python3 -m unittest discover -s tests/cli -t .

TEST_ENV = MPSANDBOX=$(abspath $(BIN)) DEMO_DB=$(abspath $(DEMO_DB))

# MCP through the official TypeScript SDK client, over stdio and HTTP.
test-mcp: $(BIN) $(DEMO_DB)
	cd tests/mcp && npm ci --no-audit --no-fund --loglevel=error && \
	    $(TEST_ENV) node --test stdio.test.mjs http.test.mjs

# The MCP conformance suite's server scenarios (tests/mcp/CONFORMANCE.md).
test-conformance: $(BIN) $(DEMO_DB)
	$(TEST_ENV) tests/mcp/conformance.sh

# The playground in headless Chromium (screenshot: build/tests/playground.png).
test-browser: $(BIN) $(DEMO_DB)
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && \
	    $(TEST_ENV) node --test playground.test.mjs

test-scripts: $(MP_PATCHED)
	MP_TARBALL=$(BUILD)/cache/micropython_$(MP_VERSION)+ds.orig.tar.xz MP_SRC=$(MP_SRC) \
	    python3 -m unittest discover -s tests/scripts -t .

test-micropython: $(BIN)
	tests/micropython/run.sh $(BIN) $(MP_SRC)

# The frozen standard library against what CPython 3.11 prints: every
# script must pass.
test-stdlib: $(BIN) $(DEMO_DB)
	python3 tests/compat/run.py --suite tests/stdlib --require-all --binary $(BIN) --db $(DEMO_DB)

# The compatibility corpus: realistic agent scripts, CPython 3.11's output
# committed. Prints the pass rate; fails below tests/compat/BASELINE.
compat: $(BIN) $(DEMO_DB)
	python3 tests/compat/run.py --summary --baseline tests/compat/BASELINE --binary $(BIN) \
	    --db $(DEMO_DB)

clean:
	rm -rf $(BUILD)/obj $(BUILD)/tests $(EMBED) $(EMBED_GEN) $(EMBED_SOURCES) $(LIB) $(BIN) \
	    $(TESTHOOKS_BIN)

distclean:
	rm -rf $(BUILD)
