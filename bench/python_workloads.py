#!/usr/bin/env python3
"""Data-work Python in the sandbox against CPython, measured in one run.

    python3 bench/python_workloads.py [--binary build/mpsandbox] [--repeat 3]

Each workload is the same source text, timed inside the interpreter around
the work only (no start-up, no imports): in the sandbox with
`mpsandbox run` (64 MiB heap), and in this machine's python3 as the
reference. Prints the best of --repeat runs of each and the ratio
sandbox / CPython. Figures go into BENCHMARKS.md.
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name: (setup, work). The work is timed; setup is not.
WORKLOADS = {
    "40 000 3-tuples in a list": (
        "", "rows = [(i, i * 2, str(i)) for i in range(40000)]"),
    "200 000 appends into 10 000 lists": (
        "", "d = [[] for _ in range(10000)]\nfor i in range(200000):\n    d[i % 10000].append(i)"),
    "sort 100 000 random floats, then by key": (
        "import random\nxs = [random.random() for _ in range(100000)]",
        "a = sorted(xs)\nb = sorted(xs, key=lambda x: -x)"),
    "count 200 000 words with a dict": (
        "words = ('alpha beta gamma delta ' * 50000).split()",
        "c = {}\nfor w in words:\n    c[w] = c.get(w, 0) + 1"),
    "Counter.most_common over 200 000 words": (
        "from collections import Counter\nwords = [str(i % 5000) for i in range(200000)]",
        "top = Counter(words).most_common(10)"),
    "csv: parse 20 000 rows of 5 fields": (
        "import csv, io\ntext = ''.join('%d,name %d,%d.5,x,\"q, %d\"\\n' % (i, i, i, i) for i in range(20000))",
        "n = sum(1 for row in csv.reader(io.StringIO(text)))"),
    "json: dumps then loads 10 000 records": (
        "import json\nrecs = [{'id': i, 'name': 'n%d' % i, 'v': i * 0.5, 'tags': ['a', 'b']} for i in range(10000)]",
        "back = json.loads(json.dumps(recs))"),
    "datetime.strptime 5 000 times": (
        "from datetime import datetime",
        "for i in range(5000):\n    datetime.strptime('2024-03-05 10:20:30', '%Y-%m-%d %H:%M:%S')"),
    "re.findall of dates in 100 KB": (
        "import re\ntext = 'on 2024-01-05 and 2023-12-31, ' * 3300",
        "found = re.findall(r'\\d{4}-\\d{2}-\\d{2}', text)"),
    "statistics.mean/stdev of 50 000 floats": (
        "import statistics, random\nxs = [random.random() for _ in range(50000)]",
        "m = statistics.mean(xs)\ns = statistics.stdev(xs)"),
    "f-string report of 20 000 rows": (
        "rows = [(i, 'item %d' % i, i * 1.25) for i in range(20000)]",
        "out = [f'{i:>6} {n:<12} {p:>10,.2f}' for i, n, p in rows]"),
}

TIMER = """
import time
{setup}
_t = time.perf_counter()
{work}
print(round((time.perf_counter() - _t) * 1000, 1))
"""


def run(argv, code):
    proc = subprocess.run(argv + [code], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError("%s failed: %s" % (argv[0], proc.stderr.strip()[-300:]))
    return float(proc.stdout.split()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "mpsandbox"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sandbox = [args.binary, "run", "--memory", "64M", "--timeout", "60", "-c"]
    cpython = [sys.executable, "-c"]
    print("%-42s %12s %12s %8s" % ("workload", "sandbox ms", "CPython ms", "ratio"))
    for name, (setup, work) in WORKLOADS.items():
        code = TIMER.format(setup=setup, work=work)
        ours = min(run(sandbox, code) for _ in range(args.repeat))
        ref = min(run(cpython, code) for _ in range(args.repeat))
        print("%-42s %12.1f %12.1f %7.1fx" % (name, ours, ref, ours / max(ref, 0.1)))


if __name__ == "__main__":
    main()
