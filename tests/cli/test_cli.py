"""The mpsandbox command, driven through the real binary (env MPSANDBOX).

These are the acceptance checks of the engine issue, as a user meets them:
exit codes, the one JSON object of --json, plain output, limits, the
language boundary and the REPL on piped stdin.
"""
import json
import os
import subprocess
import tempfile
import time
import unittest

BIN = os.environ.get("MPSANDBOX", "build/mpsandbox")

RESULT_KEYS = {"status", "stdout", "stderr", "error", "stdout_truncated",
               "stderr_truncated", "fuel_used", "duration_ms", "context_reset",
               "reason"}


def mpsandbox(*args, stdin=None, timeout=30):
    return subprocess.run([BIN, *args], input=stdin, capture_output=True,
                          timeout=timeout)


def run_json(code, *options):
    proc = mpsandbox("run", "--json", *options, "-c", code)
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1, f"expected one JSON line, got {proc.stdout!r}"
    result = json.loads(lines[0])
    assert set(result) == RESULT_KEYS, sorted(result)
    return proc.returncode, result


class Run(unittest.TestCase):
    def test_prints_and_exits_zero(self):
        proc = mpsandbox("run", "-c", "print(1+1)")
        self.assertEqual(proc.stdout, b"2\n")
        self.assertEqual(proc.stderr, b"")
        self.assertEqual(proc.returncode, 0)

    def test_file_and_stdin(self):
        with tempfile.NamedTemporaryFile("w", suffix=".py") as f:
            f.write("print('from file')\n")
            f.flush()
            self.assertEqual(mpsandbox("run", f.name).stdout, b"from file\n")
        proc = mpsandbox("run", "-", stdin=b"print('from stdin')")
        self.assertEqual(proc.stdout, b"from stdin\n")

    def test_exception_goes_to_stderr_with_exit_1(self):
        proc = mpsandbox("run", "-c", "print('before')\n1/0")
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, b"before\n")
        self.assertIn(b"Traceback (most recent call last):", proc.stderr)
        self.assertIn(b"ZeroDivisionError: division by zero", proc.stderr)

    def test_json_result_object(self):
        rc, r = run_json("import sys\nprint('out')\nprint('err', file=sys.stderr)")
        self.assertEqual(rc, 0)
        self.assertEqual(r["status"], "ok")
        self.assertEqual(r["stdout"], "out\n")
        self.assertEqual(r["stderr"], "err\n")
        self.assertIsNone(r["error"])
        self.assertIs(r["stdout_truncated"], False)
        self.assertIsInstance(r["fuel_used"], int)
        self.assertIsInstance(r["duration_ms"], (int, float))
        self.assertIs(r["context_reset"], False)
        self.assertIsNone(r["reason"])

    def test_json_error_object(self):
        rc, r = run_json("raise ValueError('bad value')")
        self.assertEqual(rc, 1)
        self.assertEqual(r["status"], "error")
        self.assertEqual(r["error"]["type"], "ValueError")
        self.assertEqual(r["error"]["message"], "bad value")
        self.assertTrue(r["error"]["traceback"].startswith("Traceback"))

    def test_json_survives_invalid_utf8_output(self):
        rc, r = run_json("import sys\nsys.stdout.write(b'ok\\xff\\xfe')")
        self.assertEqual(rc, 0)
        self.assertEqual(r["stdout"], "ok\ufffd\ufffd")


class LanguageBoundary(unittest.TestCase):
    HOSTILE = [
        ("import os", "ImportError"),
        ("import socket", "ImportError"),
        ("import uctypes", "ImportError"),
        ("open('/etc/passwd')", "OSError"),
        ("import ffi", "ImportError"),
        ("import micropython\n@micropython.viper\ndef f(x): return x", "SyntaxError"),
        ("import struct\nstruct.unpack('O', b'\\x00' * 8)", "ValueError"),
        ("import sys\nsys.stdin.read()", "OSError"),
    ]

    def test_each_capability_fails_with_a_python_exception(self):
        for code, exc in self.HOSTILE:
            with self.subTest(code=code):
                rc, r = run_json(code)
                self.assertEqual(rc, 1)
                self.assertEqual(r["status"], "error")
                self.assertEqual(r["error"]["type"], exc)
                self.assertNotIn("root:", r["stdout"])


SWALLOW = "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n"


class Limits(unittest.TestCase):
    def test_timeout_cannot_be_caught(self):
        start = time.monotonic()
        rc, r = run_json(SWALLOW, "--timeout", "1")
        elapsed = time.monotonic() - start
        self.assertEqual(r["status"], "timeout")
        self.assertEqual(rc, 3)
        self.assertNotIn("caught", r["stdout"])
        self.assertLess(elapsed, 2.0)

    def test_fuel_cannot_be_caught(self):
        rc, r = run_json(SWALLOW, "--fuel", "1000000")
        self.assertEqual(r["status"], "fuel_exhausted")
        self.assertEqual(rc, 3)
        self.assertNotIn("caught", r["stdout"])
        self.assertEqual(r["fuel_used"], 1000000)

    def test_memory_error_is_an_exception(self):
        proc = mpsandbox("run", "--memory", "16M", "-c", "bytearray(10**9)")
        self.assertEqual(proc.returncode, 1)
        self.assertIn(b"MemoryError", proc.stderr)

    def test_output_limit(self):
        rc, r = run_json("while True: print('x'*1000)", "--max-output", "64K")
        self.assertEqual(rc, 3)
        self.assertEqual(r["status"], "output_limit")
        self.assertTrue(r["stdout_truncated"])
        self.assertEqual(len(r["stdout"]), 64 * 1024)

    def test_output_limit_default_is_1m_and_reported_in_plain_mode(self):
        proc = mpsandbox("run", "-c", "while True: print('x'*1000)")
        self.assertEqual(proc.returncode, 3)
        self.assertEqual(len(proc.stdout), 1024 * 1024)
        self.assertIn(b"output limit", proc.stderr)

    def test_timeout_is_reported_in_plain_mode(self):
        proc = mpsandbox("run", "--timeout", "0.2", "-c", "while True: pass")
        self.assertEqual(proc.returncode, 3)
        self.assertIn(b"timeout", proc.stderr)

    def test_sleep_stops_at_the_deadline(self):
        start = time.monotonic()
        rc, r = run_json("import time\ntime.sleep(60)", "--timeout", "0.3")
        self.assertEqual(r["status"], "timeout")
        self.assertLess(time.monotonic() - start, 1.5)

    def test_sizes_take_suffixes(self):
        for size in ("65536", "64K", "64k", "2M", "1G"):
            with self.subTest(size=size):
                proc = mpsandbox("run", "--memory", size, "-c", "print('ok')")
                self.assertEqual(proc.stdout, b"ok\n", proc.stderr)


class LostInterpreter(unittest.TestCase):
    """What the bytecode hook cannot stop: one long C call, or a crash inside
    MicroPython. The supervisor kills or buries the worker and still answers,
    in the chosen format, with the right exit code."""

    LONG_C_CALLS = [
        "x = 10**10**8",
        "s = str(10**200000)",
        "import re\nre.match('(a|aa)*c', 'a' * 40)",
    ]
    CRASHES = [
        "[1] * (2**62)",
        "import sys\nsys.modules['m'] = 1\nfrom m import *",
    ]

    def test_long_c_call_is_a_timeout(self):
        for code in self.LONG_C_CALLS:
            with self.subTest(code=code):
                start = time.monotonic()
                rc, r = run_json(code, "--timeout", "1")
                self.assertLess(time.monotonic() - start, 1.5)
                self.assertEqual(r["status"], "timeout")
                self.assertEqual(r["reason"], "killed after the deadline")
                self.assertEqual(rc, 3)

    def test_crash_is_reported_as_crashed(self):
        for code in self.CRASHES:
            with self.subTest(code=code):
                rc, r = run_json(code)
                self.assertEqual(r["status"], "crashed")
                self.assertIn("SIGSEGV", r["reason"])
                self.assertEqual(rc, 4)
                proc = mpsandbox("run", "-c", code)
                self.assertEqual(proc.returncode, 4)
                self.assertIn(b"crashed", proc.stderr)


class Usage(unittest.TestCase):
    def assert_usage_error(self, *args):
        proc = mpsandbox(*args)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, b"")
        self.assertEqual(proc.stderr.count(b"\n"), 1, proc.stderr)
        return proc.stderr.decode()

    def test_bad_options_and_sizes(self):
        self.assertIn("unknown option --bogus", self.assert_usage_error("run", "--bogus", "-c", "1"))
        self.assertIn("--memory", self.assert_usage_error("run", "--memory", "12Q", "-c", "1"))
        self.assertIn("--memory", self.assert_usage_error("run", "--memory", "1K", "-c", "1"))
        self.assertIn("--memory", self.assert_usage_error("run", "--memory", "-5M", "-c", "1"))
        self.assertIn("--max-output", self.assert_usage_error("run", "--max-output", "x", "-c", "1"))
        self.assertIn("--timeout", self.assert_usage_error("run", "--timeout", "0", "-c", "1"))
        self.assertIn("--timeout", self.assert_usage_error("run", "--timeout", "nan", "-c", "1"))
        self.assertIn("--fuel", self.assert_usage_error("run", "--fuel", "1e6", "-c", "1"))
        self.assertIn("needs a value", self.assert_usage_error("run", "-c"))
        self.assertIn("needs a value", self.assert_usage_error("run", "--timeout"))
        self.assert_usage_error("run")
        self.assert_usage_error("run", "-c", "1", "file.py")
        self.assert_usage_error("run", "/nonexistent/file.py")
        self.assert_usage_error("repl", "--bogus")
        self.assert_usage_error("repl", "--memory", "lots")
        self.assert_usage_error("frobnicate")

    def test_code_over_1m_is_refused(self):
        proc = mpsandbox("run", "-", stdin=b"#" * (1024 * 1024 + 1))
        self.assertEqual(proc.returncode, 2)
        self.assertIn(b"larger than", proc.stderr)

    def test_help_and_version_on_every_command(self):
        for cmd in ([], ["run"], ["repl"], ["info"], ["mcp"]):
            with self.subTest(cmd=cmd):
                proc = mpsandbox(*cmd, "--help")
                self.assertEqual(proc.returncode, 0)
                self.assertIn(b"usage: mpsandbox", proc.stdout)
                proc = mpsandbox(*cmd, "--version")
                self.assertEqual(proc.returncode, 0)
                self.assertRegex(proc.stdout.decode(), r"^mpsandbox \d+\.\d+\.\d+\n$")


class Repl(unittest.TestCase):
    def repl(self, text, *options):
        return mpsandbox("repl", *options, stdin=text.encode())

    def test_state_persists_across_piped_lines(self):
        proc = self.repl("x = 41\nx + 1\n")
        self.assertEqual(proc.stdout, b"42\n")
        self.assertEqual(proc.returncode, 0)

    def test_multi_line_blocks(self):
        proc = self.repl("def double(v):\n    return v * 2\n\n"
                         "for i in range(2):\n    print(double(i))\n\n"
                         "double(21)\n")
        self.assertEqual(proc.stdout, b"0\n2\n42\n")

    def test_errors_and_limits_keep_the_session(self):
        proc = self.repl("x = 1\n1/0\nwhile True: x += 1\n\nx > 1\n", "--timeout", "0.2")
        self.assertEqual(proc.stdout, b"True\n")
        self.assertIn(b"ZeroDivisionError", proc.stderr)
        self.assertIn(b"timeout", proc.stderr)

    def test_unterminated_block_at_eof_still_runs(self):
        proc = self.repl("if True:\n    print('end')")
        self.assertEqual(proc.stdout, b"end\n")


class Compat(unittest.TestCase):
    def test_banner_without_file(self):
        proc = mpsandbox("compat")
        self.assertEqual(proc.returncode, 0)
        self.assertIn(b"MicroPython", proc.stdout)

    def test_system_exit_code(self):
        with tempfile.NamedTemporaryFile("w", suffix=".py") as f:
            f.write("import sys\nprint('x')\nsys.exit(7)\n")
            f.flush()
            proc = mpsandbox("compat", "-X", "emit=bytecode", f.name)
        self.assertEqual(proc.returncode, 7)
        self.assertEqual(proc.stdout, b"x\n")


if __name__ == "__main__":
    unittest.main()
