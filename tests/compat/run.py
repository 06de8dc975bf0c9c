#!/usr/bin/env python3
"""Run the compat corpus (or another suite laid out the same way) through
the sandbox and print the pass rate.

    python3 tests/compat/run.py [--suite DIR] [--binary build/mpsandbox] [--db build/demo/shop.db]
                                [--baseline tests/compat/BASELINE | --require-all]
                                [-v] [--summary] [-j N] [NAME ...]

A suite is a folder with scripts/ and expected/: tests/compat (the default)
and tests/stdlib, the standard library's own tests, where every script must
pass (--require-all).

Every scripts/NAME.py runs as `mpsandbox run --db shop=DB scripts/NAME.py`;
its stdout must equal expected/NAME.out exactly (stderr only explains a
failure). One line per failure, then `compat: P/N passed (X.X%)`.

--baseline FILE: FILE holds the least number of scripts that must pass; the
run fails (exit 1) below it and suggests raising it when more pass.
-v shows a diff for each failure. NAME arguments run only the scripts whose
file name contains one of them.
"""
import argparse
import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

EXIT_REASONS = {3: "a limit stopped the code", 4: "the sandbox crashed"}


def run_one(binary, db, path, timeout):
    try:
        proc = subprocess.run([binary, "run", "--db", "shop=" + db, path],
                              capture_output=True, timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b""


def first_difference(expected, actual):
    exp_lines = expected.split("\n")
    act_lines = actual.split("\n")
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        a = act_lines[i] if i < len(act_lines) else None
        if e != a:
            def show(s):
                return "<missing>" if s is None else repr(s)
            return "line %d: expected %s, got %s" % (i + 1, show(e), show(a))
    return "output differs"


def describe(code, stdout, stderr, expected):
    """Why a run failed, in one line."""
    err_lines = [l for l in stderr.splitlines() if l.strip()]
    if code is None:
        return "no result: the run exceeded the harness timeout"
    if code != 0:
        last = err_lines[-1].strip() if err_lines else ""
        reason = EXIT_REASONS.get(code)
        if reason and last:
            why = "%s: %s" % (reason, last)
        else:
            why = last or reason or "exit status %d" % code
        # Output printed before the error that already differs is a
        # separate problem the error would otherwise hide.
        complete = stdout[:stdout.rfind("\n") + 1]
        if not expected.startswith(complete):
            why += " [earlier output differs: %s]" % first_difference(expected, complete)
        return why
    return first_difference(expected, stdout)


def reason_class(code, stderr):
    """A short class of failure for --summary."""
    err_lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    last = err_lines[-1] if err_lines else ""
    if code is None:
        return "harness timeout"
    if code == 0:
        return "output differs"
    if last.startswith("ImportError: no module named"):
        return "missing module " + last.split("'")[1]
    if last.startswith("ImportError: can't import name"):
        return "missing name in module: " + last.split()[-1]
    if code in EXIT_REASONS:
        return EXIT_REASONS[code]
    return last.split(":")[0] if last else "exit status %d" % code


def main():
    parser = argparse.ArgumentParser(description="Run the compat corpus through the sandbox.")
    parser.add_argument("--suite", default=HERE, help="folder with scripts/ and expected/")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "mpsandbox"))
    parser.add_argument("--db", default=os.path.join(ROOT, "build", "demo", "shop.db"))
    parser.add_argument("--baseline", metavar="FILE",
                        help="file holding the least number of scripts that must pass")
    parser.add_argument("--require-all", action="store_true", help="fail unless every script passes")
    parser.add_argument("-v", "--verbose", action="store_true", help="show diffs of failures")
    parser.add_argument("--summary", action="store_true",
                        help="count the failures by reason (missing module, output differs, ...)")
    parser.add_argument("-j", "--jobs", type=int, default=3, help="parallel runs (default 3)")
    parser.add_argument("--timeout", type=float, default=60,
                        help="seconds before the harness gives up on one run")
    parser.add_argument("names", nargs="*", help="only scripts whose name contains one of these")
    args = parser.parse_args()

    if not os.access(args.binary, os.X_OK):
        sys.exit("run.py: no sandbox binary at %s (build it first)" % args.binary)
    if not os.path.isfile(args.db):
        sys.exit("run.py: no database at %s (make demo-db builds it)" % args.db)
    binary = os.path.abspath(args.binary)
    db = os.path.abspath(args.db)

    scripts = os.path.join(args.suite, "scripts")
    expected_dir = os.path.join(args.suite, "expected")
    label = os.path.basename(os.path.abspath(args.suite))
    names = sorted(n[:-3] for n in os.listdir(scripts) if n.endswith(".py"))
    if args.names:
        names = [n for n in names if any(f in n for f in args.names)]
    if not names:
        sys.exit("run.py: no scripts match")

    def job(name):
        try:
            with open(os.path.join(expected_dir, name + ".out"), "rb") as f:
                expected = f.read()
        except FileNotFoundError:
            return name, None, None, b"", b""
        code, stdout, stderr = run_one(binary, db, os.path.join(scripts, name + ".py"), args.timeout)
        return name, expected, code, stdout, stderr

    passed = 0
    reasons = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, expected, code, stdout, stderr in pool.map(job, names):
            if expected is None:
                print("FAIL %s: no expected/%s.out (run generate.py)" % (name, name))
                reasons.setdefault("no expected output", []).append(name)
                continue
            if code == 0 and stdout == expected:
                passed += 1
                continue
            exp = expected.decode("utf-8", "replace")
            out = stdout.decode("utf-8", "replace")
            err = stderr.decode("utf-8", "replace")
            print("FAIL %s: %s" % (name, describe(code, out, err, exp)))
            reasons.setdefault(reason_class(code, err), []).append(name)
            if args.verbose:
                diff = difflib.unified_diff(exp.splitlines(), out.splitlines(),
                                            "expected/%s.out" % name, "sandbox stdout",
                                            lineterm="")
                for line in diff:
                    print("    " + line)
                if err.strip():
                    for line in err.rstrip().splitlines():
                        print("    stderr: " + line)
            sys.stdout.flush()

    total = len(names)
    if args.summary and reasons:
        print("failures by reason:")
        for reason, failed in sorted(reasons.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print("  %3d  %s" % (len(failed), reason))
    print("%s: %d/%d passed (%.1f%%)" % (label, passed, total, 100.0 * passed / total))
    if args.require_all and passed < total:
        print("%s: FAILED: every script must pass" % label)
        return 1

    if args.baseline:
        with open(args.baseline) as f:
            baseline = int(f.read().split()[0])
        if passed < baseline:
            print("%s: FAILED: %d passed, below the baseline of %d in %s"
                  % (label, passed, baseline, args.baseline))
            return 1
        if passed > baseline:
            print("%s: %d pass, more than the baseline of %d: raise it with\n"
                  "    echo %d > %s" % (label, passed, baseline, passed, args.baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
