// The playground page (GET / of `mpsandbox serve`) in a real browser: Debian's
// Chromium, driven by playwright-core over the DevTools protocol.
// Run: cd tests/browser && npm ci && MPSANDBOX=$PWD/../../build/mpsandbox DEMO_DB=$PWD/../../build/demo/shop.db node --test
// (build first: make build/mpsandbox demo-db; needs /usr/bin/chromium, or set CHROMIUM).
// Leaves a screenshot in build/tests/playground.png.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer, stopServer } from '../serve-process.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCREENSHOT = path.join(REPO, 'build', 'tests', 'playground.png');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];


describe('playground page in Chromium', () => {
  let server;
  let userDataDir;
  let context;
  let page;
  const dialogs = [];
  const pageErrors = [];
  const requests = [];

  before(async () => {
    server = await startServer();
    userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mpsandbox-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1100, height: 700 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(10000);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (err) => { pageErrors.push(String(err)); });
    page.on('request', (req) => { requests.push(req.url()); });
    await page.goto(server.base);
  });

  after(async () => {
    await context?.close().catch(() => {});
    await stopServer(server);
    if (userDataDir) {
      await fs.rm(userDataDir, { recursive: true, force: true });
    }
  });

  // Replaces the editor's text by typing it, runs it (button or Ctrl+Enter)
  // and waits until the page has shown the result of that very request.
  async function runCode(code, { shortcut = false } = {}) {
    const editor = page.locator('#code');
    await editor.fill('');
    await editor.pressSequentially(code);
    assert.equal(await editor.inputValue(), code);
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/execute') &&
      r.request().method() === 'POST' && r.request().postDataJSON()?.python === code);
    if (shortcut) {
      await editor.press('Control+Enter');
    } else {
      await page.click('#run');
    }
    const response = await answered;
    assert.equal(response.status(), 200);
    await page.waitForFunction(() => !document.getElementById('run').disabled &&
      document.getElementById('status').textContent !== 'running...');
    return {
      status: await page.textContent('#status'),
      stdout: await page.textContent('#stdout'),
      stderr: await page.textContent('#stderr'),
    };
  }

  test('the page loads with its controls and no script errors', async () => {
    assert.equal(await page.title(), 'mpsandbox playground');
    for (const id of ['#code', '#run', '#session', '#reset', '#status', '#meta', '#stdout', '#stderr', '#dbs']) {
      assert.equal(await page.locator(id).count(), 1, `${id} missing`);
    }
    assert.equal(await page.inputValue('#session'), 'playground');
    assert.deepEqual(pageErrors, []);
  });

  test('x = 6*7; print(x) shows 42 with status ok', async () => {
    const r = await runCode('x = 6*7\nprint(x)');
    assert.equal(r.status, 'ok');
    assert.equal(r.stdout, '42\n');
    assert.equal(r.stderr, '');
    assert.equal(await page.getAttribute('#status', 'class'), 'ok');
    assert.match(await page.textContent('#meta'), /\d+(\.\d+)? ms/);
  });

  test('print(x) again (Ctrl+Enter) sees the same session: 42', async () => {
    const r = await runCode('print(x)', { shortcut: true });
    assert.equal(r.status, 'ok');
    assert.equal(r.stdout, '42\n');
    // The page's named session exists on the server.
    const sessions = await (await fetch(new URL('/v1/sessions', server.base))).json();
    assert.ok(sessions.sessions.some((s) => s.id === 'playground'), JSON.stringify(sessions));
  });

  test('the databases panel lists shop and its tables', async () => {
    await page.waitForFunction(() => !/loading/.test(document.getElementById('dbs').textContent));
    const panel = await page.evaluate(() => {
      const box = document.getElementById('dbs');
      return {
        names: [...box.querySelectorAll(':scope > div')].map((d) => d.textContent),
        tables: [...box.querySelectorAll('li')].map((li) => li.textContent),
      };
    });
    assert.deepEqual(panel.names, ['shop']);
    for (const t of ['customers', 'products', 'orders', 'order_items']) {
      assert.ok(panel.tables.includes(t), `${t} missing from ${panel.tables}`);
    }
  });

  test('a guest error shows its traceback in #stderr with status error', async () => {
    const r = await runCode('1/0');
    assert.equal(r.status, 'error');
    assert.equal(await page.getAttribute('#status', 'class'), 'error');
    assert.match(r.stderr, /ZeroDivisionError/);
  });

  test('hostile output is shown as text: no element, no dialog', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const r = await runCode(`print('${payload}')\nraise ValueError('${payload}')`);
    assert.equal(r.status, 'error');
    assert.equal(r.stdout, payload + '\n');
    assert.match(r.stderr, /ValueError: <img src=x onerror=alert\(1\)>/);
    const dom = await page.evaluate(() => ({
      stdoutChildren: document.getElementById('stdout').children.length,
      stderrChildren: document.getElementById('stderr').children.length,
      images: document.images.length,
    }));
    assert.deepEqual(dom, { stdoutChildren: 0, stderrChildren: 0, images: 0 });
    await page.waitForTimeout(500); // an onerror would fire by now
    assert.deepEqual(dialogs, []);
    assert.ok(!requests.some((u) => new URL(u).pathname === '/x'), 'the page requested /x');
    assert.deepEqual(pageErrors, []);

    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const stat = await fs.stat(SCREENSHOT);
    assert.ok(stat.size > 1000);
  });

  test('Reset session forgets x', async () => {
    await page.click('#reset');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'session reset');
    const r = await runCode('print(x)');
    assert.equal(r.status, 'error');
    assert.match(r.stderr, /NameError/);
    assert.deepEqual(dialogs, []);
  });
});
