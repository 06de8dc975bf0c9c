#!/usr/bin/env bash
# tests/micropython/run.sh BIN MP_SRC
#
# Runs MicroPython's own test suite ($MP_SRC/tests, driven by its
# run-tests.py) against `BIN compat`, then holds the result to two lists in
# tests/micropython/, both `dir/test.py  # reason`:
#   expected-failures.txt  tests that run and fail by design;
#   expected-skips.txt     tests that run-tests.py skips by design (one of its
#                          feature checks fails, or the test prints SKIP).
# A test that fails or is skipped without being listed fails this script. So
# does a listed failure that now passes or is skipped, a listed skip that now
# runs (passes or fails), and a listed test that no longer exists, so the
# lists stay honest.
#
# Output: results and logs go to $(dirname BIN)/tests/micropython/
# (run-tests' .exp/.out pairs for every failure, one log per directory);
# nothing is written into MP_SRC. The `micropython` wrapper run-tests.py
# needs lives in a temporary directory that is removed on exit.
#
# Environment (all optional):
#   MICROPY_CPYTHON3   CPython 3 used by run-tests.py (default: python3)
#   MP_TEST_DIRS       test directories (default: the seven below)
#   MP_TEST_JOBS       parallel tests (default: 2)
#
# Exit status: 0 all as expected, 1 unexpected results, 2 usage or setup error.

set -u

DEFAULT_DIRS="basics float micropython misc extmod unicode stress"

die() {
    printf 'run.sh: %s\n' "$*" >&2
    exit 2
}

[ $# -eq 2 ] || die "usage: tests/micropython/run.sh BIN MP_SRC"
BIN=$1
MP_SRC=$2

[ -e "$BIN" ] || die "BIN '$BIN' does not exist (build it with make)"
[ -f "$BIN" ] && [ -x "$BIN" ] || die "BIN '$BIN' is not an executable file"
[ -d "$MP_SRC" ] || die "MP_SRC '$MP_SRC' is not a directory (make fetches and unpacks it)"
[ -f "$MP_SRC/tests/run-tests.py" ] || die "no tests/run-tests.py under MP_SRC '$MP_SRC'"

PYTHON=${MICROPY_CPYTHON3:-python3}
command -v "$PYTHON" >/dev/null 2>&1 || die "CPython '$PYTHON' not found (set MICROPY_CPYTHON3)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 6))' 2>/dev/null ||
    die "'$PYTHON' is not Python 3.6 or newer"

HERE=$(cd "$(dirname "$0")" && pwd) || die "cannot locate the script directory"
XFAIL_FILE=$HERE/expected-failures.txt
XSKIP_FILE=$HERE/expected-skips.txt
for f in "$XFAIL_FILE" "$XSKIP_FILE"; do
    [ -f "$f" ] || die "missing $f"
done

BIN_ABS=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
TESTS_DIR=$(cd "$MP_SRC/tests" && pwd)
OUT=$(dirname "$BIN_ABS")/tests/micropython
DIRS=${MP_TEST_DIRS:-$DEFAULT_DIRS}
JOBS=${MP_TEST_JOBS:-2}
case $JOBS in '' | *[!0-9]* | 0) die "MP_TEST_JOBS must be a positive integer" ;; esac
for d in $DIRS; do
    [ -d "$TESTS_DIR/$d" ] || die "no test directory '$d' in $TESTS_DIR"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mpsandbox-mptests.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# run-tests.py wants a `micropython` that takes `-X OPTION ... FILE`.
WRAPPER=$TMP/micropython
printf '#!/bin/sh\nexec %q compat "$@"\n' "$BIN_ABS" >"$WRAPPER" || die "cannot write $WRAPPER"
chmod +x "$WRAPPER"
"$WRAPPER" >/dev/null 2>&1 || die "'$BIN_ABS compat' does not run"

rm -rf "$OUT"
mkdir -p "$OUT" || die "cannot create $OUT"

echo "MicroPython test suite: $TESTS_DIR"
echo "interpreter: $BIN_ABS compat   results: $OUT   jobs: $JOBS"
start=$(date +%s)

# One run-tests.py invocation per directory: its summary lines (printed after
# all workers finish, unlike the interleaved per-test lines under -j) then give
# per-directory counts, and its skipped-test names are unambiguous.
for d in $DIRS; do
    (
        cd "$TESTS_DIR" &&
            MICROPY_MICROPYTHON=$WRAPPER MICROPY_CPYTHON3=$PYTHON \
                "$PYTHON" -B run-tests.py -j "$JOBS" -r "$OUT/results/$d" -d "$d"
    ) >"$OUT/$d.log" 2>&1
    if ! grep -q '^[0-9]* tests performed' "$OUT/$d.log" ||
        [ ! -f "$OUT/results/$d/_results.json" ]; then
        echo "run.sh: run-tests.py did not complete for '$d'; end of $OUT/$d.log:" >&2
        tail -n 20 "$OUT/$d.log" >&2
        exit 2
    fi
done

elapsed=$(($(date +%s) - start))

# Compare with the expectations and print the summary.
"$PYTHON" -B - "$TESTS_DIR" "$OUT" "$XFAIL_FILE" "$XSKIP_FILE" "$elapsed" $DIRS <<'EOF'
import json, os, re, subprocess, sys

tests_dir, out, xfail_file, xskip_file, elapsed = sys.argv[1:6]
dirs = sys.argv[6:]
XFAIL, XSKIP = os.path.basename(xfail_file), os.path.basename(xskip_file)
bad = []

def load(path):
    """Read "dir/test.py  # reason" lines; blank and comment lines are ignored."""
    entries, fname = {}, os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            name, _, reason = text.partition("#")
            name = name.strip()
            where = "%s line %d: " % (fname, n)
            if not reason.strip() or len(name.split()) != 1:
                bad.append(where + "expected 'dir/test.py  # reason': " + text)
            elif not os.path.isfile(os.path.join(tests_dir, name)):
                bad.append(where + "no such test " + name)
            elif name in entries:
                bad.append(where + name + " listed twice")
            else:
                entries[name] = reason.strip()
    return entries

xfail_list, xskip_list = load(xfail_file), load(xskip_file)
for t in sorted(xfail_list.keys() & xskip_list.keys()):
    bad.append("%s is listed in both %s and %s" % (t, XFAIL, XSKIP))

rows, unexpected, unexpected_skips, stale = [], [], [], []
tot = dict(run=0, passed=0, xfail=0, failed=0, skipped=0)
for d in dirs:
    log = open(os.path.join(out, d + ".log"), encoding="utf-8", errors="replace").read()
    performed = int(re.search(r"^(\d+) tests performed", log, re.M).group(1))
    passed = int(re.search(r"^(\d+) tests passed", log, re.M).group(1))
    # Skipped tests are reported by basename only; this run covered just d.
    m = re.search(r"^\d+ tests skipped: (.*)$", log, re.M)
    skipped = {"%s/%s.py" % (d, name) for name in m.group(1).split()} if m else set()
    with open(os.path.join(out, "results", d, "_results.json")) as f:
        failed = set(json.load(f)["failed_tests"])
    if passed + len(failed) != performed:
        sys.exit("run.sh: inconsistent run-tests.py counts for %s (see %s.log)" % (d, d))

    xfail = failed & xfail_list.keys()
    unexpected += sorted(failed - xfail)
    unexpected_skips += sorted(skipped - xskip_list.keys())
    for t in sorted(e for e in xfail_list if os.path.dirname(e) == d):
        if t in skipped:
            stale.append((t, "is now skipped by run-tests.py, remove from " + XFAIL))
        elif t not in failed:
            stale.append((t, "now passes, remove from " + XFAIL))
    for t in sorted(e for e in xskip_list if os.path.dirname(e) == d):
        if t not in skipped:
            stale.append((t, "now runs (%s), remove from %s"
                          % ("fails" if t in failed else "passes", XSKIP)))

    r = dict(run=performed, passed=passed, xfail=len(xfail),
             failed=len(failed) - len(xfail), skipped=len(skipped))
    for k in tot:
        tot[k] += r[k]
    rows.append((d, r))

def pct(a, b):
    return "%6.2f%%" % (100.0 * a / b) if b else "    n/a"

print()
print("%-12s %5s %6s %6s %5s %7s %9s %11s"
      % ("directory", "run", "passed", "xfail", "FAIL", "skipped", "raw pass", "excl. xfail"))
for d, r in rows + [("TOTAL", tot)]:
    print("%-12s %5d %6d %6d %5d %7d %9s %11s"
          % (d, r["run"], r["passed"], r["xfail"], r["failed"], r["skipped"],
             pct(r["passed"], r["run"]), pct(r["passed"], r["run"] - r["xfail"])))
print("(raw pass = passed/run; excl. xfail = passed/(run - expected failures); %ss)" % elapsed)

for t in unexpected:
    base = os.path.join(out, "results", os.path.dirname(t), t.replace("/", "_"))
    print("\nUNEXPECTED FAILURE %s   (%s.exp vs %s.out)" % (t, base, base))
    if os.path.exists(base + ".exp"):
        diff = subprocess.run(["diff", "-u", base + ".exp", base + ".out"],
                              stdout=subprocess.PIPE, universal_newlines=True,
                              errors="replace").stdout.splitlines()
    else:
        diff = open(base + ".out", errors="replace").read().splitlines()
    for line in diff[:40]:
        print("    " + line)
    if len(diff) > 40:
        print("    ... (%d more lines)" % (len(diff) - 40))

if bad or unexpected or unexpected_skips or stale:
    print()
    for b in bad:
        print(b)
    for t in unexpected:
        print("FAIL (not in %s): %s" % (XFAIL, t))
    for t in unexpected_skips:
        print("SKIP (not in %s): %s" % (XSKIP, t))
    for t, why in stale:
        print("%s: %s" % (t, why))
    print("MicroPython test suite: NOT OK (%d unexpected failures, %d unexpected skips, "
          "%d stale expectations, %d bad lines)"
          % (len(unexpected), len(unexpected_skips), len(stale), len(bad)))
    sys.exit(1)
print("\nMicroPython test suite: OK (all %d failures are listed in %s, all %d skips in %s)"
      % (tot["xfail"], XFAIL, tot["skipped"], XSKIP))
EOF
