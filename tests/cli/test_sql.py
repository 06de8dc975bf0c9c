"""read_only_sql_query, list_databases and database_schema through the real
binary: the demo shop database, permissions from --db, --config and
--actor, hostile SQL, and abuse of the host-call bridge.

env: MPSANDBOX, MPSANDBOX_TESTHOOKS, DEMO_DB (scripts/make-demo-db.py output).
"""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import textwrap
import unittest

BIN = os.environ.get("MPSANDBOX", "build/mpsandbox")
TESTHOOKS = os.environ.get("MPSANDBOX_TESTHOOKS", "build/mpsandbox-testhooks")
DEMO_DB = os.environ.get("DEMO_DB", "build/demo/shop.db")


def run_json(code, *options, binary=BIN, timeout=30):
    proc = subprocess.run([binary, "run", "--json", *options, "-c", code],
                          capture_output=True, timeout=timeout)
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1, (proc.stdout, proc.stderr)
    return proc.returncode, json.loads(lines[0])


def guest(code, *options):
    """Runs code that prints one JSON value; returns that value."""
    rc, r = run_json("import json\n" + textwrap.dedent(code), *options)
    assert r["status"] == "ok", r
    return json.loads(r["stdout"])


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class SqlTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)
        self.db = os.path.join(self.dir, "shop.db")
        shutil.copy(DEMO_DB, self.db)
        self.before = digest(self.db)

    def tearDown(self):
        self.assertEqual(digest(self.db), self.before, "the database file changed")
        leftovers = [f for f in os.listdir(self.dir) if f != "shop.db"]
        self.assertEqual(leftovers, [], "journal or WAL files appeared")

    def q(self, sql, params=None, *options):
        return guest(f"print(json.dumps(read_only_sql_query('shop', {sql!r}, {params!r})))",
                     "--db", f"shop={self.db}", *options)


class Queries(SqlTestCase):
    def test_list_databases_and_schema(self):
        self.assertEqual(guest("print(json.dumps(list_databases()))", "--db", f"shop={self.db}"),
                         ["shop"])
        schema = guest("print(json.dumps(database_schema('shop')))", "--db", f"shop={self.db}")
        tables = {t["name"]: [c["name"] for c in t["columns"]] for t in schema["tables"]}
        for table in ("customers", "products", "orders", "order_items"):
            self.assertIn(table, tables)
        self.assertIn("email", tables["customers"])

    def test_rows_columns_and_types(self):
        r = self.q("SELECT 1 AS i, 2.5 AS f, 'h\u00e9' AS s, NULL AS n, x'00ff' AS b")
        self.assertEqual(r["columns"], ["i", "f", "s", "n", "b"])
        self.assertEqual(r["rows"], [[1, 2.5, "h\u00e9", None, {"$base64": "AP8="}]])
        self.assertIs(r["truncated"], False)

    def test_named_and_positional_params(self):
        r = self.q("SELECT count(*) FROM customers WHERE id <= :n", {"n": 10})
        self.assertEqual(r["rows"], [[10]])
        r = self.q("SELECT ? + ?", [40, 2])
        self.assertEqual(r["rows"], [[42]])

    def test_real_data_joins(self):
        r = self.q("SELECT c.name, count(o.id) FROM customers c JOIN orders o "
                   "ON o.customer_id = c.id GROUP BY c.id ORDER BY 2 DESC LIMIT 3")
        self.assertEqual(len(r["rows"]), 3)
        self.assertGreater(r["rows"][0][1], 0)

    def test_row_cap_truncates(self):
        r = self.q("SELECT * FROM order_items")
        self.assertEqual(len(r["rows"]), 1000)
        self.assertIs(r["truncated"], True)

    def test_errors_tell_what_to_do(self):
        self.assertIn("no such table: nope", self.q("SELECT * FROM nope")["error"])
        r = guest("print(json.dumps(read_only_sql_query('other', 'SELECT 1')))",
                  "--db", f"shop={self.db}")
        self.assertEqual(r["error"], "database 'other' is not available; available: shop")
        rc, r = run_json("read_only_sql_query('shop')", "--db", f"shop={self.db}")
        self.assertEqual(r["error"]["type"], "RuntimeError")


class HostileSql(SqlTestCase):
    REFUSED = [
        f"ATTACH DATABASE '/tmp/mpsb-attach.db' AS x",
        "VACUUM INTO '/tmp/mpsb-vacuum.db'",
        "PRAGMA query_only=0",
        "WITH x AS (SELECT 1) INSERT INTO customers(name) SELECT 'evil' FROM x",
        "INSERT INTO customers(name) VALUES ('evil')",
        "UPDATE customers SET name = 'evil'",
        "DELETE FROM customers",
        "DROP TABLE customers",
        "CREATE TABLE evil(x)",
        "SELECT load_extension('/tmp/evil.so')",
        "SELECT 1; SELECT 2",
        "SELECT * FROM pragma_database_list",
    ]

    def test_each_is_refused_with_a_clear_error(self):
        for sql in self.REFUSED:
            with self.subTest(sql=sql):
                r = self.q(sql)
                self.assertIn("error", r)
                self.assertNotIn(self.dir, json.dumps(r))
        self.assertFalse(os.path.exists("/tmp/mpsb-attach.db"))
        self.assertFalse(os.path.exists("/tmp/mpsb-vacuum.db"))

    def test_unbounded_recursion_is_interrupted(self):
        r = self.q("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                   "SELECT count(*) FROM c")
        self.assertIn("interrupted", r["error"])
        r = self.q("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                   "SELECT x FROM c")
        self.assertIs(r["truncated"], True)

    def test_huge_values_are_bounded(self):
        r = self.q("SELECT randomblob(1000000000)")
        self.assertIn("error", r)
        r = self.q("SELECT group_concat(name, ',') FROM customers, products")
        self.assertTrue("error" in r or r["truncated"])


class Permissions(SqlTestCase):
    def config(self, actors):
        path = os.path.join(self.dir, "..", os.path.basename(self.dir) + ".json")
        with open(path, "w") as f:
            json.dump({"databases": {"shop": self.db}, "actors": actors}, f)
        self.addCleanup(os.remove, path)
        return path

    def test_actor_without_a_grant_is_denied(self):
        path = self.config({"alice": ["shop"]})
        r = guest("print(json.dumps(read_only_sql_query('shop', 'SELECT 1')))",
                  "--config", path, "--actor", "bob")
        self.assertEqual(r["error"], "permission denied: actor 'bob' may not query database 'shop'")
        r = guest("print(json.dumps(list_databases()))", "--config", path, "--actor", "bob")
        self.assertEqual(r, [])
        r = guest("print(json.dumps(read_only_sql_query('shop', 'SELECT 1')))",
                  "--config", path, "--actor", "alice")
        self.assertEqual(r["rows"], [[1]])

    def test_config_limits_apply(self):
        path = os.path.join(self.dir, "..", os.path.basename(self.dir) + "-limits.json")
        with open(path, "w") as f:
            json.dump({"databases": {"shop": self.db}, "actors": {"*": ["shop"]},
                       "limits": {"timeout": 0.5, "max_host_result": "1K",
                                  "sql_max_rows": 5}}, f)
        self.addCleanup(os.remove, path)
        r = guest("print(json.dumps(read_only_sql_query('shop', 'SELECT id FROM orders')))",
                  "--config", path)
        self.assertEqual(len(r["rows"]), 5)
        self.assertIs(r["truncated"], True)
        rc, r = run_json("read_only_sql_query('shop', 'SELECT group_concat(name) FROM customers')",
                         "--config", path)
        self.assertEqual(r["error"]["type"], "RuntimeError")
        self.assertIn("too large", r["error"]["message"])
        rc, r = run_json("while True: pass", "--config", path)
        self.assertEqual(r["status"], "timeout")
        self.assertLess(r["duration_ms"], 1000)
        rc, r = run_json("while True: pass", "--config", path, "--timeout", "0.1")
        self.assertLess(r["duration_ms"], 400)  # the later option wins

    def test_bad_config_is_a_usage_error(self):
        bad = os.path.join(self.dir, "..", os.path.basename(self.dir) + "-bad.json")
        with open(bad, "w") as f:
            f.write('{"databases": {"shop": 5}}')
        self.addCleanup(os.remove, bad)
        proc = subprocess.run([BIN, "run", "--config", bad, "-c", "1"], capture_output=True)
        self.assertEqual(proc.returncode, 2)
        self.assertIn(b"must be a file path", proc.stderr)
        with open(bad, "w") as f:
            f.write('{"limits": {"timeuot": 5}}')
        proc = subprocess.run([BIN, "run", "--config", bad, "-c", "1"], capture_output=True)
        self.assertEqual(proc.returncode, 2)
        self.assertIn(b"timeuot", proc.stderr)
        proc = subprocess.run([BIN, "run", "--db", "shop", "-c", "1"], capture_output=True)
        self.assertEqual(proc.returncode, 2)
        proc = subprocess.run([BIN, "run", "--db", "x=/nonexistent.db", "-c", "1"],
                              capture_output=True)
        self.assertEqual(proc.returncode, 2)


class BridgeAbuse(unittest.TestCase):
    def test_oversized_arguments(self):
        rc, r = run_json("read_only_sql_query('shop', 'x' * (2 * 1024 * 1024))")
        self.assertEqual(r["error"]["type"], "ValueError")

    def test_many_host_calls_are_bounded_and_reported(self):
        rc, r = run_json("for i in range(100000):\n    list_databases()", "--timeout", "30")
        self.assertEqual(r["status"], "error")
        self.assertEqual(r["error"]["type"], "RuntimeError")
        self.assertIn("too many host calls", r["error"]["message"])

    def test_unknown_names_are_name_errors(self):
        rc, r = run_json("os_system('id')")
        self.assertEqual(r["error"]["type"], "NameError")

    def test_forged_frames_from_a_compromised_worker(self):
        rc, r = run_json("#mpsb-test-forge:garbage\nprint(1)", binary=TESTHOOKS)
        self.assertEqual(r["status"], "crashed")
        self.assertIn("protocol violation", r["reason"])
        rc, r = run_json("#mpsb-test-forge:oversized-output\nprint(1)", binary=TESTHOOKS)
        self.assertEqual(r["status"], "crashed")
        self.assertIn("more output than the cap", r["reason"])
        # A call to a name that was never registered is answered with an
        # error and runs nothing; the worker checks the answer itself.
        rc, r = run_json("#mpsb-test-forge:unknown-host\nprint('fine')", binary=TESTHOOKS)
        self.assertEqual(r["status"], "ok", r)
        self.assertEqual(r["stdout"], "fine\n")

    def test_forged_frame_kills_only_that_worker(self):
        proc = subprocess.run([TESTHOOKS, "repl"], input=b"x = 1\n#mpsb-test-forge:garbage\n"
                              b"print('alive')\n", capture_output=True, timeout=30)
        self.assertEqual(proc.stdout, b"alive\n")
        self.assertIn(b"protocol violation", proc.stderr)


if __name__ == "__main__":
    unittest.main()
