// `mpsandbox serve`'s MCP endpoint (streamable HTTP, POST /mcp), driven by the
// official MCP TypeScript SDK client, plus a few raw HTTP checks of the
// transport rules the SDK does not exercise.
// Run: cd tests/mcp && npm ci && MPSANDBOX=$PWD/../../build/mpsandbox DEMO_DB=$PWD/../../build/demo/shop.db node --test http.test.mjs
// (build first: make build/mpsandbox demo-db). MPSANDBOX and DEMO_DB must be absolute paths.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';

import { startServer, stopServer } from '../serve-process.mjs';
import { TOOL, run, toolTests } from './tool-tests.mjs';



// A connected SDK client; transport errors (there should be none) are kept.
async function connect(server) {
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', server.base));
  const errors = [];
  const client = new Client({ name: 'mpsandbox-sdk-http-test', version: '0.0.0' });
  client.onerror = (err) => { errors.push(err); };
  await client.connect(transport);
  return { client, transport, errors };
}

// One raw JSON-RPC POST to /mcp.
async function post(server, message, headers = {}) {
  const response = await fetch(new URL('/mcp', server.base), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: typeof message === 'string' ? message : JSON.stringify(message),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

async function sessionsGauge(server) {
  const text = await (await fetch(new URL('/metrics', server.base))).text();
  const m = /^mpsandbox_sessions (\d+)$/m.exec(text);
  assert.ok(m, `no mpsandbox_sessions in /metrics:\n${text}`);
  return Number(m[1]);
}

const INIT = {
  jsonrpc: '2.0', id: 1, method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
};

describe('mpsandbox serve: MCP over streamable HTTP (official SDK client)', () => {
  let server;
  let main;

  before(async () => {
    server = await startServer(['--timeout', '1']);
    main = await connect(server);
  });

  after(async () => {
    await main?.client.close().catch(() => {});
    await stopServer(server);
  });

  test('initialize: server info, a supported protocol version, an Mcp-Session-Id', () => {
    const info = main.client.getServerVersion();
    assert.equal(info.name, 'mpsandbox');
    assert.equal(typeof info.version, 'string');
    assert.ok(main.client.getServerCapabilities().tools, 'tools capability');
    assert.equal(typeof main.client.getInstructions(), 'string');
    assert.ok(SUPPORTED_PROTOCOL_VERSIONS.includes(main.transport.protocolVersion),
      `negotiated ${main.transport.protocolVersion}`);
    assert.match(main.transport.sessionId, /^[0-9a-f]{32}$/);
  });

  toolTests(() => ({ main: main.client, short: main.client }));

  test('two clients are two sessions with separate interpreters', async () => {
    const a = await connect(server);
    const b = await connect(server);
    try {
      assert.notEqual(a.transport.sessionId, b.transport.sessionId);
      assert.notEqual(a.transport.sessionId, main.transport.sessionId);
      await run(a.client, "secret = 'only-in-a'");
      const fromB = await run(b.client, 'print(secret)');
      assert.equal(fromB.isError, true);
      assert.equal(fromB.structuredContent.error.type, 'NameError');
      await run(b.client, "secret = 'only-in-b'");
      const fromA = await run(a.client, 'print(secret)');
      assert.equal(fromA.structuredContent.stdout, 'only-in-a\n');

      // Sessions run in parallel: two 0.6 s sleeps take well under 1.2 s.
      const started = Date.now();
      const [ra, rb] = await Promise.all([
        run(a.client, 'import time\ntime.sleep(0.6)\nprint(secret)'),
        run(b.client, 'import time\ntime.sleep(0.6)\nprint(secret)'),
      ]);
      const elapsed = Date.now() - started;
      assert.equal(ra.structuredContent.stdout, 'only-in-a\n');
      assert.equal(rb.structuredContent.stdout, 'only-in-b\n');
      assert.ok(elapsed < 1100, `two parallel 0.6 s calls took ${elapsed} ms`);
      assert.deepEqual([...a.errors, ...b.errors], []);
    } finally {
      await a.transport.terminateSession().catch(() => {});
      await b.transport.terminateSession().catch(() => {});
      await Promise.allSettled([a.client.close(), b.client.close()]);
    }
  });

  test('terminateSession sends DELETE; the session is gone afterwards', async () => {
    const c = await connect(server);
    const id = c.transport.sessionId;
    const protocolVersion = c.transport.protocolVersion;
    await run(c.client, 'z = 1');
    const before = await sessionsGauge(server);

    await c.transport.terminateSession(); // throws unless 2xx or 405
    assert.equal(c.transport.sessionId, undefined);
    assert.equal(await sessionsGauge(server), before - 1);

    // The old id is now unknown: 404, so a client knows to initialize again.
    const stale = await post(server, { jsonrpc: '2.0', id: 5, method: 'ping' },
      { 'Mcp-Session-Id': id, 'MCP-Protocol-Version': protocolVersion });
    assert.equal(stale.status, 404, stale.text);
    assert.equal(JSON.parse(stale.text).error.code, -32600);

    const again = await fetch(new URL('/mcp', server.base),
      { method: 'DELETE', headers: { 'Mcp-Session-Id': id } });
    assert.equal(again.status, 404);
    await again.body?.cancel();
    assert.deepEqual(c.errors, []);
    await c.client.close();
  });

  test('no transport errors on the long-lived client', () => {
    // The SDK opens GET /mcp for a server stream after initialize; the 405 it
    // gets must be handled quietly.
    assert.deepEqual(main.errors, []);
  });
});

describe('mpsandbox serve: raw streamable HTTP rules', () => {
  let server;

  before(async () => { server = await startServer(); });
  after(async () => { await stopServer(server); });

  async function initialize() {
    const r = await post(server, INIT);
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    const id = r.headers.get('mcp-session-id');
    assert.match(id, /^[0-9a-f]{32}$/);
    return id;
  }

  test('initialize, notifications/initialized → 202 with no body, tools/list', async () => {
    const id = await initialize();
    const h = { 'Mcp-Session-Id': id, 'MCP-Protocol-Version': '2025-06-18' };
    const note = await post(server, { jsonrpc: '2.0', method: 'notifications/initialized' }, h);
    assert.equal(note.status, 202);
    assert.equal(note.text, '');
    const list = await post(server, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, h);
    assert.equal(list.status, 200);
    assert.equal(JSON.parse(list.text).result.tools[0].name, TOOL);
    // A JSON-RPC response from the client is accepted like a notification.
    const resp = await post(server, { jsonrpc: '2.0', id: 'srv-1', result: {} }, h);
    assert.equal(resp.status, 202);
  });

  test('a request without Mcp-Session-Id is 400; an unknown one is 404', async () => {
    const none = await post(server, { jsonrpc: '2.0', id: 3, method: 'tools/list' });
    assert.equal(none.status, 400, none.text);
    const unknown = await post(server, { jsonrpc: '2.0', id: 3, method: 'tools/list' },
      { 'Mcp-Session-Id': '0123456789abcdef0123456789abcdef' });
    assert.equal(unknown.status, 404, unknown.text);
  });

  test('an unsupported MCP-Protocol-Version is 400', async () => {
    const id = await initialize();
    const r = await post(server, { jsonrpc: '2.0', id: 4, method: 'ping' },
      { 'Mcp-Session-Id': id, 'MCP-Protocol-Version': '1999-01-01' });
    assert.equal(r.status, 400, r.text);
  });

  test('GET /mcp is 405 with Allow and a JSON body', async () => {
    const r = await fetch(new URL('/mcp', server.base), { headers: { Accept: 'text/event-stream' } });
    assert.equal(r.status, 405);
    assert.match(r.headers.get('allow'), /POST/);
    const text = await r.text();
    assert.doesNotThrow(() => JSON.parse(text), `not JSON: ${JSON.stringify(text)}`);
  });

  test('an initialize that gets no session id back leaves no session behind', async () => {
    // A session whose id is never sent to anyone can never be deleted; with
    // max_sessions (64) of them the service refuses every execution.
    const before = await sessionsGauge(server);
    const note = await post(server, { jsonrpc: '2.0', method: 'initialize' }); // no id
    assert.equal(note.headers.get('mcp-session-id'), null);
    assert.equal(await sessionsGauge(server), before, 'initialize without an id leaked a session');
  });

  test('DNS rebinding: a foreign Host or Origin is refused with 403', async () => {
    // fetch() will not let us set Host, so use node:http directly.
    const { request } = await import('node:http');
    const raw = (headers) => new Promise((resolve, reject) => {
      const body = JSON.stringify(INIT);
      const req = request({ host: '127.0.0.1', port: server.port, path: '/mcp', method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
          'Content-Length': Buffer.byteLength(body), ...headers } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
      req.end(body);
    });
    assert.equal(await raw({ Host: 'evil.example' }), 403);
    assert.equal(await raw({ Host: `127.0.0.1:${server.port}`, Origin: 'http://evil.example' }), 403);
    assert.equal(await raw({ Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` }), 200);
  });
});
