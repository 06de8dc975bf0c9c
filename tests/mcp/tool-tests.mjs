// The execute_micropython tool's behaviour, the same over every transport.
// Each transport's test file calls toolTests inside its describe block.

import { test } from 'node:test';
import assert from 'node:assert/strict';

export const TOOL = 'execute_micropython';

export function run(client, python, extra = {}) {
  return client.callTool({ name: TOOL, arguments: { python, ...extra } });
}

// clients() returns { main, short }: connected SDK clients, short to a server
// started with --timeout 1 (it may be main). Called once the before hook ran.
export function toolTests(clients) {
  test('ping', async () => {
    assert.deepEqual(await clients().main.ping(), {});
  });

  test('tools/list: exactly execute_micropython with its input schema', async () => {
    const { tools } = await clients().short.listTools();
    assert.deepEqual(tools.map((t) => t.name), [TOOL]);
    const [tool] = tools;
    assert.equal(typeof tool.description, 'string');
    // The description states this server's limits (--timeout 1).
    assert.match(tool.description, /\b1 s wall clock/);
    const schema = tool.inputSchema;
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['python']);
    assert.deepEqual(Object.keys(schema.properties).sort(), ['python', 'reset_context', 'show_result']);
    assert.equal(schema.properties.python.type, 'string');
    assert.equal(schema.properties.reset_context.type, 'boolean');
    assert.equal(schema.properties.show_result.type, 'boolean');
  });

  test('state persists across calls; reset_context clears it', async () => {
    const { main } = clients();
    const set = await run(main, 'x = 41');
    assert.equal(set.isError, false);
    assert.equal(set.structuredContent.status, 'ok');

    const got = await run(main, 'print(x + 1)');
    assert.equal(got.isError, false);
    assert.deepEqual(got.content, [{ type: 'text', text: '42\n' }]);
    assert.equal(got.structuredContent.status, 'ok');
    assert.equal(got.structuredContent.stdout, '42\n');
    assert.equal(got.structuredContent.error, null);

    const reset = await run(main, 'print(x)', { reset_context: true });
    assert.equal(reset.isError, true);
    assert.equal(reset.structuredContent.status, 'error');
    assert.equal(reset.structuredContent.error.type, 'NameError');
    assert.match(reset.content[0].text, /NameError/);

    // The reset interpreter keeps new state again.
    await run(main, 'y = 7');
    const again = await run(main, 'print(y * 6)');
    assert.equal(again.structuredContent.stdout, '42\n');
  });

  test('read_only_sql_query, list_databases and database_schema on the demo database', async () => {
    const { main } = clients();
    const r = await run(main,
      "print(read_only_sql_query('shop', 'SELECT count(*) FROM customers')['rows'])");
    assert.equal(r.isError, false, r.content[0]?.text);
    const m = /^\[\[(\d+)\]\]\n$/.exec(r.content[0].text);
    assert.ok(m, `unexpected output ${JSON.stringify(r.content[0].text)}`);
    assert.ok(Number(m[1]) > 0);

    const dbs = await run(main, 'print(list_databases())');
    assert.equal(dbs.structuredContent.stdout, "['shop']\n");

    const schema = await run(main,
      "import json\nprint(json.dumps([t['name'] for t in database_schema('shop')['tables']]))");
    assert.equal(schema.isError, false, schema.content[0]?.text);
    const tables = JSON.parse(schema.structuredContent.stdout);
    for (const t of ['customers', 'products', 'orders', 'order_items']) {
      assert.ok(tables.includes(t), `${t} missing from ${tables}`);
    }

    const write = await run(main, "print(read_only_sql_query('shop', 'DELETE FROM customers'))");
    assert.equal(write.isError, false);
    assert.match(write.structuredContent.stdout, /error/);
  });

  test('a guest exception is a tool error, not a protocol error', async () => {
    const r = await run(clients().main, '1/0');
    assert.equal(r.isError, true);
    assert.equal(r.structuredContent.status, 'error');
    assert.equal(r.structuredContent.error.type, 'ZeroDivisionError');
    assert.match(r.content[0].text, /ZeroDivisionError/);
  });

  test('unknown tool and missing python are JSON-RPC invalid params', async () => {
    const { main } = clients();
    await assert.rejects(main.callTool({ name: 'nope', arguments: { python: '1' } }),
      (err) => err.code === -32602);
    await assert.rejects(main.callTool({ name: TOOL, arguments: {} }),
      (err) => err.code === -32602);
  });

  test('timeout: while True: pass with --timeout 1; the session stays usable', async () => {
    const { short } = clients();
    await run(short, 'kept = 1');
    const started = Date.now();
    const r = await run(short, 'while True: pass');
    const elapsed = Date.now() - started;
    assert.equal(r.isError, true);
    assert.equal(r.structuredContent.status, 'timeout');
    assert.match(r.content[0].text, /timeout/);
    assert.ok(elapsed >= 900 && elapsed < 5000, `took ${elapsed} ms`);
    const next = await run(short, "print('after', kept)");
    assert.equal(next.isError, false);
    assert.equal(next.structuredContent.stdout, 'after 1\n');
  });

  test('show_result: HTML rendering escapes guest output', async () => {
    const { main } = clients();
    const payload = '</pre><script>alert(1)</script><img src=x onerror=alert(1)>';
    const r = await run(main, `print('${payload}')`, { show_result: true });
    assert.equal(r.isError, false);
    assert.equal(r.content.length, 2);
    assert.deepEqual(r.content[0], { type: 'text', text: payload + '\n' });
    const { type, resource } = r.content[1];
    assert.equal(type, 'resource');
    assert.equal(resource.uri, 'mpsandbox://result.html');
    assert.equal(resource.mimeType, 'text/html');
    assert.equal(r.structuredContent.html, resource.text);
    for (const html of [resource.text, r.structuredContent.html]) {
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<img/i);
      assert.match(html, /&lt;script&gt;/);
      assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    }
    // Without show_result there is no HTML.
    const plain = await run(main, "print('x')");
    assert.equal(plain.content.length, 1);
    assert.equal(plain.structuredContent.html, undefined);
  });
}
