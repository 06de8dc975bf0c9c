"""`mpsandbox mcp` driven as a raw JSON-RPC peer over its stdin/stdout:
protocol edge cases an SDK client never sends, the tool's results, and the
show_result HTML escaping. (tests/mcp drives it with the official SDK.)
"""
import json
import os
import subprocess
import unittest

BIN = os.environ.get("MPSANDBOX", "build/mpsandbox")
DEMO_DB = os.environ.get("DEMO_DB", "build/demo/shop.db")


def converse(*messages, options=()):
    """Sends the messages (dicts, or raw strings), returns the responses."""
    text = "".join((m if isinstance(m, str) else json.dumps(m)) + "\n" for m in messages)
    proc = subprocess.run([BIN, "mcp", *options], input=text.encode(), capture_output=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


INIT = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                   "clientInfo": {"name": "test", "version": "1"}}}


def call(id, python, **extra):
    return {"jsonrpc": "2.0", "id": id, "method": "tools/call",
            "params": {"name": "execute_micropython", "arguments": {"python": python, **extra}}}


class Protocol(unittest.TestCase):
    def test_initialize_negotiates_the_version(self):
        for asked, got in (("2025-06-18", "2025-06-18"), ("2025-03-26", "2025-03-26"),
                           ("2024-11-05", "2024-11-05"), ("1999-01-01", "2025-06-18")):
            with self.subTest(asked=asked):
                init = dict(INIT, params=dict(INIT["params"], protocolVersion=asked))
                [r] = converse(init)
                self.assertEqual(r["result"]["protocolVersion"], got)
                self.assertIn("tools", r["result"]["capabilities"])

    def test_notifications_and_responses_get_no_answer(self):
        replies = converse(INIT, {"jsonrpc": "2.0", "method": "notifications/initialized"},
                           {"jsonrpc": "2.0", "id": 99, "result": {}},
                           {"jsonrpc": "2.0", "id": 1, "method": "ping"})
        self.assertEqual([r["id"] for r in replies], [0, 1])
        self.assertEqual(replies[1]["result"], {})

    def test_errors(self):
        replies = converse("this is not json",
                           "[{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}]",
                           {"jsonrpc": "1.0", "id": 2, "method": "ping"},
                           {"jsonrpc": "2.0", "id": 3, "method": "no/such/method"},
                           {"jsonrpc": "2.0", "id": 4, "method": "tools/call",
                            "params": {"name": "rm_rf", "arguments": {}}},
                           {"jsonrpc": "2.0", "id": 5, "method": "tools/call",
                            "params": {"name": "execute_micropython", "arguments": {}}},
                           {"jsonrpc": "2.0", "id": 6, "method": "tools/call",
                            "params": {"name": "execute_micropython",
                                       "arguments": {"python": 5}}},
                           {"jsonrpc": "2.0", "id": [7], "method": "ping"})
        codes = [r["error"]["code"] for r in replies]
        self.assertEqual(codes, [-32700, -32600, -32600, -32601, -32602, -32602, -32602, -32600])
        self.assertEqual(replies[3]["id"], 3)
        self.assertIsNone(replies[0]["id"])

    def test_tools_list(self):
        [r] = converse({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        [tool] = r["result"]["tools"]
        self.assertEqual(tool["name"], "execute_micropython")
        self.assertEqual(tool["inputSchema"]["required"], ["python"])
        for word in ("print", "read_only_sql_query", "list_databases", "database_schema",
                     "reset_context", "MicroPython"):
            self.assertIn(word, tool["description"])


class Tool(unittest.TestCase):
    def test_state_reset_sql_and_errors(self):
        replies = converse(
            INIT,
            call(1, "x = 41\nprint(x + 1)"),
            call(2, "print(x)"),
            call(3, "print('x' in globals())", reset_context=True),
            call(4, "print(read_only_sql_query('shop', 'SELECT count(*) FROM customers')"
                    "['rows'][0][0] > 0)"),
            call(5, "1/0"),
            call(6, "y = 1"),
            options=("--db", f"shop={DEMO_DB}"))
        r = {m["id"]: m["result"] for m in replies[1:]}
        self.assertEqual(r[1]["content"][0]["text"], "42\n")
        self.assertIs(r[1]["isError"], False)
        self.assertEqual(r[1]["structuredContent"]["status"], "ok")
        self.assertEqual(r[2]["structuredContent"]["stdout"], "41\n")
        self.assertEqual(r[3]["structuredContent"]["stdout"], "False\n")
        self.assertEqual(r[4]["structuredContent"]["stdout"], "True\n")
        self.assertIs(r[5]["isError"], True)
        self.assertEqual(r[5]["structuredContent"]["error"]["type"], "ZeroDivisionError")
        self.assertIn("ZeroDivisionError", r[5]["content"][0]["text"])
        self.assertIn("use print()", r[6]["content"][0]["text"])

    def test_limits_are_errors_the_model_sees(self):
        replies = converse(call(1, "while True: pass"), call(2, "print('after')"),
                           options=("--timeout", "0.3"))
        self.assertIs(replies[0]["result"]["isError"], True)
        self.assertEqual(replies[0]["result"]["structuredContent"]["status"], "timeout")
        self.assertIn("timeout", replies[0]["result"]["content"][0]["text"])
        self.assertEqual(replies[1]["result"]["content"][0]["text"], "after\n")

    def test_show_result_escapes_every_byte_of_output(self):
        hostile = "</pre><script>alert(1)</script><img src=x onerror=alert(1)>"
        [r] = converse(call(1, f"print({hostile!r})\nprint('\\x00\"&\\'')",
                            show_result=True))
        html = r["result"]["structuredContent"]["html"]
        resource = r["result"]["content"][1]["resource"]
        self.assertEqual(resource["mimeType"], "text/html")
        self.assertEqual(resource["text"], html)
        for forbidden in ("<script", "<img", "</pre><", "onerror=alert(1)>"):
            self.assertNotIn(forbidden, html.replace("<pre>", "").replace("</pre></div>", ""))
        self.assertIn("&lt;script&gt;", html)
        self.assertIn("&amp;", html)
        self.assertIn("&quot;", html)

    def test_invalid_utf8_output_still_makes_valid_json(self):
        [r] = converse(call(1, "import sys\nsys.stdout.write(b'\\xff ok')"))
        self.assertEqual(r["result"]["structuredContent"]["stdout"], "\ufffd ok")
        self.assertEqual(r["result"]["content"][0]["text"], "\ufffd ok")


if __name__ == "__main__":
    unittest.main()
