"""`mpsandbox serve` end to end through real HTTP: sessions, one-off runs,
every 4xx path, concurrency, tokens, the loopback rule, metrics and MCP
over streamable HTTP (raw). tests/mcp and tests/browser add the SDK client
and the playground in a browser.
"""
import json
import os
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request

BIN = os.environ.get("MPSANDBOX", "build/mpsandbox")
DEMO_DB = os.environ.get("DEMO_DB", "build/demo/shop.db")


class Server:
    def __init__(self, *options):
        self.proc = subprocess.Popen([BIN, "serve", "--port", "0", *options],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = self.proc.stdout.readline().decode()
        assert "serving on http://" in first, (first, self.proc.stderr.read())
        self.base = first.split("serving on ")[1].strip().rstrip("/")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()
        self.proc.stderr.close()

    def request(self, method, path, body=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def execute(self, python, headers=None, **fields):
        status, _, body = self.request("POST", "/v1/execute", dict(python=python, **fields),
                                       headers)
        return status, json.loads(body)


class Api(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server("--db", f"shop={DEMO_DB}", "--timeout", "1")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def test_health_and_playground(self):
        status, _, body = self.server.request("GET", "/healthz")
        self.assertEqual((status, json.loads(body)), (200, {"status": "ok"}))
        status, headers, body = self.server.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertIn(b"mpsandbox playground", body)
        self.assertNotIn(b"http://", body.replace(b"http://127", b""))  # loads nothing remote

    def test_sessions_persist_and_are_isolated(self):
        s, r = self.server.execute("x = 41", session="persist-a")
        self.assertEqual((s, r["status"], r["session"]), (200, "ok", "persist-a"))
        s, r = self.server.execute("print(x + 1)", session="persist-a")
        self.assertEqual(r["stdout"], "42\n")
        s, r = self.server.execute("print('x' in globals())", session="persist-b")
        self.assertEqual(r["stdout"], "False\n")
        s, r = self.server.execute("print('x' in globals())")
        self.assertEqual((r["stdout"], r["session"]), ("False\n", None))

    def test_reset_context_and_delete(self):
        self.server.execute("x = 1", session="reset-me")
        s, r = self.server.execute("print('x' in globals())", session="reset-me",
                                   reset_context=True)
        self.assertEqual(r["stdout"], "False\n")
        status, _, body = self.server.request("GET", "/v1/sessions")
        self.assertIn("reset-me", [s["id"] for s in json.loads(body)["sessions"]])
        self.assertEqual(self.server.request("DELETE", "/v1/sessions/reset-me")[0], 204)
        self.assertEqual(self.server.request("DELETE", "/v1/sessions/reset-me")[0], 404)

    def test_show_result_html_is_escaped(self):
        s, r = self.server.execute(
            "print('</pre><script>alert(1)</script><img src=x onerror=alert(1)>')",
            show_result=True)
        self.assertNotIn("<script", r["html"])
        self.assertNotIn("<img", r["html"])
        self.assertIn("&lt;script&gt;", r["html"])

    def test_sql_limits_and_errors_are_results(self):
        s, r = self.server.execute("print(read_only_sql_query('shop', 'SELECT count(*) FROM "
                                   "customers')['rows'])")
        self.assertEqual(r["stdout"], "[[300]]\n")
        s, r = self.server.execute("1/0")
        self.assertEqual((s, r["status"], r["error"]["type"]), (200, "error", "ZeroDivisionError"))
        s, r = self.server.execute("while True: pass")
        self.assertEqual((s, r["status"]), (200, "timeout"))

    def test_client_errors(self):
        cases = [
            ("POST", "/v1/execute", b"not json", 400),
            ("POST", "/v1/execute", b"[1, 2]", 400),
            ("POST", "/v1/execute", json.dumps({"code": "x"}).encode(), 400),
            ("POST", "/v1/execute", json.dumps({"python": 5}).encode(), 400),
            ("POST", "/v1/execute", json.dumps({"python": "1", "session": "a/b"}).encode(), 400),
            ("POST", "/v1/execute", json.dumps({"python": "1", "session": ""}).encode(), 400),
            ("POST", "/v1/execute", json.dumps({"python": "1", "reset_context": "yes"}).encode(),
             400),
            ("POST", "/v1/execute", json.dumps({"python": "#" * (1024 * 1024 + 1)}).encode(), 400),
            ("POST", "/v1/execute", b"{" * (5 * 1024 * 1024), 400),
            ("GET", "/v1/nothing", None, 404),
            ("DELETE", "/v1/sessions/never-made", None, 404),
        ]
        for method, path, raw, expected in cases:
            with self.subTest(method=method, path=path, body=(raw or b"")[:40]):
                status, headers, body = self.server.request(method, path, raw=raw)
                self.assertEqual(status, expected, body)
                self.assertIn("error", json.loads(body))

    def test_one_exec_per_session_and_sessions_in_parallel(self):
        results = {}

        def run(name, session, code):
            results[name] = self.server.execute(code, session=session)

        threads = [threading.Thread(target=run, args=("a", "par-a", "import time\ntime.sleep(0.6)")),
                   threading.Thread(target=run, args=("b", "par-b", "import time\ntime.sleep(0.6)"))]
        start = time.monotonic()
        for t in threads:
            t.start()
        time.sleep(0.2)
        busy_status, busy = self.server.execute("print(1)", session="par-a")
        for t in threads:
            t.join()
        self.assertLess(time.monotonic() - start, 1.1)
        self.assertEqual(results["a"][1]["status"], "ok")
        self.assertEqual(results["b"][1]["status"], "ok")
        self.assertEqual(busy_status, 409)
        self.assertIn("already running", busy["error"])

    def test_a_slow_client_blocks_nobody(self):
        import socket
        from urllib.parse import urlparse
        url = urlparse(self.server.base)
        slow = socket.create_connection((url.hostname, url.port))
        try:
            slow.sendall(b"POST /v1/execute HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Length: 100000\r\n\r\n{\"python\": ")
            start = time.monotonic()
            s, r = self.server.execute("print('not blocked')")
            self.assertEqual(r["stdout"], "not blocked\n")
            self.assertLess(time.monotonic() - start, 2)
        finally:
            slow.close()

    def test_metrics(self):
        self.server.execute("print(1)")
        status, headers, body = self.server.request("GET", "/metrics")
        text = body.decode()
        self.assertEqual(status, 200)
        self.assertIn('mpsandbox_executions_total{status="ok"}', text)
        self.assertIn("mpsandbox_execution_seconds_bucket{le=\"+Inf\"}", text)
        self.assertIn("mpsandbox_sessions ", text)
        self.assertIn("mpsandbox_pool_size 2", text)
        self.assertIn("mpsandbox_worker_kills_total", text)

    def test_dns_rebinding_is_refused(self):
        status, _, _ = self.server.request("GET", "/v1/sessions", headers={"Host": "evil.example"})
        self.assertEqual(status, 403)
        status, _, _ = self.server.request("POST", "/mcp", raw=b"{}", headers={
            "Origin": "http://evil.example"})
        self.assertEqual(status, 403)


class McpOverHttp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def post(self, message, session=None):
        headers = {"Content-Type": "application/json",
                   "Accept": "application/json, text/event-stream"}
        if session:
            headers["Mcp-Session-Id"] = session
        return self.server.request("POST", "/mcp", message, headers)

    def test_conversations(self):
        init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                           "clientInfo": {"name": "t", "version": "1"}}}
        status, headers, body = self.post(init)
        self.assertEqual(status, 200)
        sid = headers["Mcp-Session-Id"]
        status, _, body = self.post(init)
        other = dict(_)["Mcp-Session-Id"]
        self.assertNotEqual(sid, other)
        call = lambda i, code: {"jsonrpc": "2.0", "id": i, "method": "tools/call",
                                "params": {"name": "execute_micropython",
                                           "arguments": {"python": code}}}
        self.post(call(2, "x = 7"), sid)
        status, _, body = self.post(call(3, "print(x * 6)"), sid)
        self.assertEqual(json.loads(body)["result"]["content"][0]["text"], "42\n")
        status, _, body = self.post(call(4, "print('x' in globals())"), other)
        self.assertEqual(json.loads(body)["result"]["content"][0]["text"], "False\n")
        status, _, body = self.post({"jsonrpc": "2.0", "method": "notifications/initialized"}, sid)
        self.assertEqual((status, body), (202, b""))
        self.assertEqual(self.post({"jsonrpc": "2.0", "id": 5, "method": "ping"})[0], 400)
        self.assertEqual(self.post({"jsonrpc": "2.0", "id": 5, "method": "ping"}, "nope")[0], 404)
        self.assertEqual(self.server.request("GET", "/mcp")[0], 405)
        self.assertEqual(self.server.request("DELETE", "/mcp",
                                             headers={"Mcp-Session-Id": sid})[0], 200)
        self.assertEqual(self.post({"jsonrpc": "2.0", "id": 6, "method": "ping"}, sid)[0], 404)


class Tokens(unittest.TestCase):
    def test_tokens_map_to_actors_and_are_required(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            json.dump({"databases": {"shop": os.path.abspath(DEMO_DB)},
                       "actors": {"alice": ["shop"]},
                       "tokens": {"alice-token-0123456789": "alice",
                                  "bob-token-0123456789ab": "bob"}}, f)
            f.flush()
            server = Server("--config", f.name)
            try:
                self.assertEqual(server.execute("print(1)")[0], 401)
                bad = {"Authorization": "Bearer wrong-token-0123456789"}
                self.assertEqual(server.execute("print(1)", bad)[0], 401)
                alice = {"Authorization": "Bearer alice-token-0123456789"}
                bob = {"Authorization": "Bearer bob-token-0123456789ab"}
                q = "print(read_only_sql_query('shop', 'SELECT 1'))"
                self.assertIn("[[1]]", server.execute(q, alice)[1]["stdout"])
                self.assertIn("permission denied", server.execute(q, bob)[1]["stdout"])
                server.execute("secret = 1", alice, session="s")
                s, r = server.execute("print('secret' in globals())", bob, session="s")
                self.assertEqual(r["stdout"], "False\n")  # same name, another actor's session
                self.assertEqual(server.request("GET", "/healthz")[0], 200)
            finally:
                server.stop()

    def test_no_tokens_means_loopback_only(self):
        proc = subprocess.run([BIN, "serve", "--host", "0.0.0.0", "--port", "0"],
                              capture_output=True, timeout=30)
        self.assertEqual(proc.returncode, 2)
        self.assertIn(b"without tokens", proc.stderr)


if __name__ == "__main__":
    unittest.main()
