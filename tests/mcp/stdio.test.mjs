// `mpsandbox mcp` over stdio, driven by the official MCP TypeScript SDK client.
// Run: cd tests/mcp && npm ci && MPSANDBOX=$PWD/../../build/mpsandbox DEMO_DB=$PWD/../../build/demo/shop.db node --test
// (build first: make build/mpsandbox demo-db). MPSANDBOX and DEMO_DB must be absolute paths.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';

import { toolTests } from './tool-tests.mjs';

const MPSANDBOX = process.env.MPSANDBOX;
const DEMO_DB = process.env.DEMO_DB;
for (const [name, value] of Object.entries({ MPSANDBOX, DEMO_DB })) {
  if (!value || !path.isAbsolute(value)) {
    throw new Error(`${name} must be set to an absolute path (got ${JSON.stringify(value)})`);
  }
}

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

  toolTests(() => ({ main: main.client, short: short.client }));

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
