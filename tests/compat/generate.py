#!/usr/bin/env python3
"""Regenerate tests/compat/expected/*.out from CPython 3.11.

    python3 tests/compat/generate.py [--db DB | DB] [--check] [NAME ...]

DB defaults to build/demo/shop.db.

Each script in scripts/ runs in a fresh python3 process: cpython_prelude.py
first, then the script, in one namespace, so the script sees
read_only_sql_query, list_databases and database_schema as globals just as
in the sandbox. Its stdout becomes expected/NAME.out. A script that raises
(or writes to stderr) under CPython is an error: the corpus holds only
scripts that work in CPython.

--check compares with the existing expected files instead of writing them
(for checking determinism); NAME arguments limit the run to scripts whose
file name contains one of them.
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCRIPTS = os.path.join(HERE, "scripts")
EXPECTED = os.path.join(HERE, "expected")
PRELUDE = os.path.join(HERE, "cpython_prelude.py")

# Runs in the child: prelude and script in one __main__ namespace.
RUNNER = r"""
import sys
sys.stdout.reconfigure(encoding="utf-8", newline="\n")
prelude, script, db = sys.argv[1], sys.argv[2], sys.argv[3]
del sys.argv[1:]
ns = {"__name__": "__main__", "__builtins__": __builtins__, "COMPAT_DB_PATH": db}
with open(prelude, encoding="utf-8") as f:
    exec(compile(f.read(), prelude, "exec"), ns)
ns["__file__"] = script
with open(script, encoding="utf-8") as f:
    code = compile(f.read(), script, "exec")
exec(code, ns)
"""


def script_names(filters):
    names = sorted(n for n in os.listdir(SCRIPTS) if n.endswith(".py"))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def run_one(name, db):
    path = os.path.join(SCRIPTS, name)
    # Not -I: that would also ignore PYTHONHASHSEED, which the determinism
    # check (PYTHONHASHSEED=1 vs 2 with --check) relies on.
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run([sys.executable, "-s", "-c", RUNNER, PRELUDE, path, db],
                          capture_output=True, env=env, timeout=60)
    return name, proc


def main():
    parser = argparse.ArgumentParser(description="Regenerate the compat corpus's expected output.")
    parser.add_argument("--db", default=os.path.join(ROOT, "build", "demo", "shop.db"),
                        help="the demo shop database (default build/demo/shop.db)")
    parser.add_argument("--check", action="store_true",
                        help="compare with expected/ instead of writing it")
    parser.add_argument("-j", "--jobs", type=int, default=4)
    parser.add_argument("names", nargs="*",
                        help="only scripts whose name contains one of these "
                             "(an argument ending in .db is taken as the database)")
    args = parser.parse_args()
    db = args.db
    filters = []
    for arg in args.names:
        if arg.endswith(".db"):
            db = arg
        else:
            filters.append(arg)

    if sys.version_info[:2] != (3, 11):
        sys.exit("generate.py: the expected output must come from CPython 3.11, "
                 "not %s" % sys.version.split()[0])
    if not os.path.isfile(db):
        sys.exit("generate.py: no database at %s (make demo-db builds it)" % db)
    db = os.path.abspath(db)

    names = script_names(filters)
    if not names:
        sys.exit("generate.py: no scripts match")
    os.makedirs(EXPECTED, exist_ok=True)

    failed = []
    changed = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, proc in pool.map(lambda n: run_one(n, db), names):
            if proc.returncode != 0 or proc.stderr:
                err = proc.stderr.decode("utf-8", "replace").rstrip()
                failed.append(name)
                print("FAIL %s (exit %d)\n%s" % (name, proc.returncode, err), file=sys.stderr)
                continue
            out_path = os.path.join(EXPECTED, name[:-3] + ".out")
            if args.check:
                try:
                    with open(out_path, "rb") as f:
                        old = f.read()
                except FileNotFoundError:
                    old = None
                if old != proc.stdout:
                    changed.append(name)
                    print("DIFFERS %s" % name, file=sys.stderr)
            else:
                with open(out_path, "wb") as f:
                    f.write(proc.stdout)

    if not args.check and not failed:
        # Remove expected files whose script is gone (only on a full run).
        if not filters:
            keep = {n[:-3] + ".out" for n in names}
            for stale in sorted(os.listdir(EXPECTED)):
                if stale.endswith(".out") and stale not in keep:
                    os.remove(os.path.join(EXPECTED, stale))
                    print("removed stale expected/%s" % stale)
    if failed:
        sys.exit("generate.py: %d script(s) failed under CPython: %s"
                 % (len(failed), ", ".join(failed)))
    if args.check:
        if changed:
            sys.exit("generate.py: %d of %d outputs differ from expected/"
                     % (len(changed), len(names)))
        print("generate.py: all %d outputs match expected/" % len(names))
    else:
        print("generate.py: wrote %d expected outputs" % len(names))


if __name__ == "__main__":
    main()
