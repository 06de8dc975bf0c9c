// serve-process.mjs — what the Node test suites (tests/mcp, tests/browser)
// share: the MPSANDBOX and DEMO_DB paths from the environment, and starting
// and stopping `mpsandbox serve` on a free port. Plain Node, no packages.

import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const MPSANDBOX = process.env.MPSANDBOX;
export const DEMO_DB = process.env.DEMO_DB;
for (const [name, value] of Object.entries({ MPSANDBOX, DEMO_DB })) {
  if (!value || !path.isAbsolute(value)) {
    throw new Error(`${name} must be set to an absolute path (got ${JSON.stringify(value)})`);
  }
}

// Starts `serve --port 0 --db shop=DEMO_DB ...extraArgs`; resolves with the
// process, its base URL, its port and a getter for its stderr once the
// announcement line is out.
export function startServer(extraArgs = []) {
  const proc = spawn(MPSANDBOX, ['serve', '--port', '0', '--db', `shop=${DEMO_DB}`, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not announce itself: ${stderr}`)), 10000);
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code ?? signal}) before announcing: ${stderr}`));
    });
    const lines = readline.createInterface({ input: proc.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const m = /^mpsandbox \S+ serving on (http:\/\/127\.0\.0\.1:(\d+)\/)$/.exec(line);
      if (!m) {
        reject(new Error(`unexpected first line ${JSON.stringify(line)}`));
        return;
      }
      lines.on('line', () => {}); // keep draining the rest of the banner
      resolve({ proc, base: m[1], port: Number(m[2]), stderr: () => stderr });
    });
  });
}

// Stops a server from startServer: SIGTERM, then SIGKILL after 5 s.
export async function stopServer(server) {
  if (!server || server.proc.exitCode !== null || server.proc.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => server.proc.once('exit', resolve));
  server.proc.kill('SIGTERM');
  const timer = setTimeout(() => server.proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
