// `mpsandbox mcp` over stdio, driven by the official MCP TypeScript SDK client.
// Run: cd tests/mcp && npm ci && MPSANDBOX=$PWD/../../build/mpsandbox DEMO_DB=$PWD/../../build/demo/shop.db node --test
// (build first: make build/mpsandbox demo-db). MPSANDBOX and DEMO_DB must be absolute paths.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';

const MPSANDBOX = process.env.MPSANDBOX;
const DEMO_DB = process.env.DEMO_DB;
for (const [name, value] of Object.entries({ MPSANDBOX, DEMO_DB })) {
  if (!value || !path.isAbsolute(value)) {
    throw new Error(`${name} must be set to an absolute path (got ${JSON.stringify(value)})`);
  }
}

const TOOL = 'execute_micropython';

// Spawns a server and connects a client; records the negotiated protocol
// version (the SDK hands it to the transport) and the server's stderr.
async function connect(extraArgs = []) {
  const transport = new StdioClientTransport({
    command: MPSANDBOX,
    args: ['mcp', '--db', `shop=${DEMO_DB}`, ...extraArgs],
    stderr: 'pipe',
  });
  const server = { stderr: '', protocolVersion: undefined, pid: null, transport };
  transport.stderr.on('data', (chunk) => { server.stderr += chunk; });
  transport.setProtocolVersion = (version) => { server.protocolVersion = version; };
  const client = new Client({ name: 'mpsandbox-sdk-test', version: '0.0.0' });
  await client.connect(transport);
  server.pid = transport.pid;
  return { client, server };
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code !== 'ESRCH';
  }
}

function run(client, python, extra = {}) {
  return client.callTool({ name: TOOL, arguments: { python, ...extra } });
}

describe('mpsandbox mcp over stdio (official SDK client)', () => {
  let main;   // default limits
  let short;  // --timeout 1

  before(async () => {
    [main, short] = await Promise.all([connect(), connect(['--timeout', '1'])]);
  });

  after(async () => {
    await Promise.allSettled([main?.client.close(), short?.client.close()]);
  });

  test('initialize: server info and a protocol version the SDK supports', () => {
    const info = main.client.getServerVersion();
    assert.equal(info.name, 'mpsandbox');
    assert.equal(typeof info.version, 'string');
    assert.ok(main.client.getServerCapabilities().tools, 'tools capability');
    assert.equal(typeof main.client.getInstructions(), 'string');
    assert.ok(SUPPORTED_PROTOCOL_VERSIONS.includes(main.server.protocolVersion),
      `negotiated ${main.server.protocolVersion} (SDK asked for ${LATEST_PROTOCOL_VERSION})`);
  });

  test('ping', async () => {
    assert.deepEqual(await main.client.ping(), {});
  });

  test('tools/list: exactly execute_micropython with its input schema', async () => {
    const { tools } = await main.client.listTools();
    assert.deepEqual(tools.map((t) => t.name), [TOOL]);
    const [tool] = tools;
    assert.equal(typeof tool.description, 'string');
    assert.ok(tool.description.length > 0);
    const schema = tool.inputSchema;
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['python']);
    assert.deepEqual(Object.keys(schema.properties).sort(), ['python', 'reset_context', 'show_result']);
    assert.equal(schema.properties.python.type, 'string');
    assert.equal(schema.properties.reset_context.type, 'boolean');
    assert.equal(schema.properties.show_result.type, 'boolean');
  });

  test('state persists across calls; reset_context clears it', async () => {
    const set = await run(main.client, 'x = 41');
    assert.equal(set.isError, false);
    assert.equal(set.structuredContent.status, 'ok');

    const got = await run(main.client, 'print(x + 1)');
    assert.equal(got.isError, false);
    assert.deepEqual(got.content, [{ type: 'text', text: '42\n' }]);
    assert.equal(got.structuredContent.status, 'ok');
    assert.equal(got.structuredContent.stdout, '42\n');
    assert.equal(got.structuredContent.error, null);

    const reset = await run(main.client, 'print(x)', { reset_context: true });
    assert.equal(reset.isError, true);
    assert.equal(reset.structuredContent.status, 'error');
    assert.equal(reset.structuredContent.error.type, 'NameError');
    assert.match(reset.content[0].text, /NameError/);
  });

  test('read_only_sql_query on the demo database', async () => {
    const r = await run(main.client,
      "print(read_only_sql_query('shop', 'SELECT count(*) FROM customers')['rows'])");
    assert.equal(r.isError, false, r.content[0]?.text);
    const m = /^\[\[(\d+)\]\]\n$/.exec(r.content[0].text);
    assert.ok(m, `unexpected output ${JSON.stringify(r.content[0].text)}`);
    assert.ok(Number(m[1]) > 0);

    const dbs = await run(main.client, 'print(list_databases())');
    assert.equal(dbs.structuredContent.stdout, "['shop']\n");

    const schema = await run(main.client,
      "import json\nprint(json.dumps([t['name'] for t in database_schema('shop')['tables']]))");
    assert.equal(schema.isError, false, schema.content[0]?.text);
    const tables = JSON.parse(schema.structuredContent.stdout);
    for (const t of ['customers', 'products', 'orders', 'order_items']) {
      assert.ok(tables.includes(t), `${t} missing from ${tables}`);
    }
  });

  test('a guest exception is a tool error, not a protocol error', async () => {
    const r = await run(main.client, '1/0');
    assert.equal(r.isError, true);
    assert.equal(r.structuredContent.status, 'error');
    assert.equal(r.structuredContent.error.type, 'ZeroDivisionError');
    assert.match(r.content[0].text, /ZeroDivisionError/);
  });

  test('unknown tool and missing python are JSON-RPC invalid params', async () => {
    await assert.rejects(main.client.callTool({ name: 'nope', arguments: { python: '1' } }),
      (err) => err.code === -32602);
    await assert.rejects(main.client.callTool({ name: TOOL, arguments: {} }),
      (err) => err.code === -32602);
  });

  test('timeout: while True: pass with --timeout 1', async () => {
    const started = Date.now();
    const r = await run(short.client, 'while True: pass');
    const elapsed = Date.now() - started;
    assert.equal(r.isError, true);
    assert.equal(r.structuredContent.status, 'timeout');
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    // The server is still usable afterwards.
    const next = await run(short.client, "print('after')");
    assert.equal(next.isError, false);
    assert.equal(next.structuredContent.stdout, 'after\n');
  });

  test('show_result: HTML rendering escapes guest output', async () => {
    const payload = '</pre><script>alert(1)</script><img src=x onerror=alert(1)>';
    const r = await run(main.client, `print('${payload}')`, { show_result: true });
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
    const plain = await run(main.client, "print('x')");
    assert.equal(plain.content.length, 1);
    assert.equal(plain.structuredContent.html, undefined);
  });

  test('the server exits on its own when the client closes stdin', async () => {
    const { client, server } = await connect();
    assert.ok(alive(server.pid));
    const started = Date.now();
    await client.close();
    const elapsed = Date.now() - started;
    assert.equal(alive(server.pid), false, 'server process still running');
    // The SDK sends SIGTERM only after waiting 2 s for a clean exit.
    assert.ok(elapsed < 1500, `close took ${elapsed} ms`);
  });
});
