/**
 * Starts what the WebKit tests need, and stops it again: an Xvfb display (the GTK MiniBrowser
 * needs one; without it, WebKitWebDriver's session creation hangs instead of failing) and
 * WebKitWebDriver on a free port. Each runs in its own process group, so stopping it also ends the
 * MiniBrowser the driver started.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH } from '../engines.config.mjs';

const READY_WITHIN_MS = 30_000;

function fail(message) {
  throw new Error(`WebKit: ${message}`);
}

function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** A free display number, chosen by Xvfb itself (`-displayfd`), so two runs never share one. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let errors = '';
    let number = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ xvfb, display: `:${number.trim()}` });
    });
    xvfb.on('error', (error) => reject(new Error(`WebKit: cannot start Xvfb (apt-get install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`WebKit: Xvfb exited (${code}) before giving a display:\n${errors}`)));
  });
}

/** A port no one listens on now; the driver is started on it, and a clash is retried. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True once the driver's /status says ready, false if it exits first (a port clash, say). */
async function waitUntilReady(driver, port, output) {
  const exited = new Promise((resolve) => driver.once('exit', () => resolve('exited')));
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await response.json()).value?.ready) return true;
    } catch {
      // Not listening yet.
    }
    const pause = new Promise((resolve) => setTimeout(resolve, 100));
    if ((await Promise.race([exited, pause])) === 'exited') return false;
  }
  stopGroup(driver);
  return fail(`WebKitWebDriver on port ${port} was not ready within ${READY_WITHIN_MS / 1000} s:\n${output()}`);
}

export async function startWebKitDriver({ timeZone } = {}) {
  if (!existsSync(WEBKIT_DRIVER_PATH)) fail(`no WebKitWebDriver at ${WEBKIT_DRIVER_PATH} (apt-get install webkit2gtk-driver, or set WEBKIT_DRIVER_PATH).`);
  if (!existsSync(MINIBROWSER_PATH)) fail(`no MiniBrowser at ${MINIBROWSER_PATH} (apt-get install webkit2gtk-driver, or set MINIBROWSER_PATH).`);
  const { xvfb, display } = await startXvfb();
  try {
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const port = await freePort();
      const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        // The MiniBrowser it starts inherits this environment, time zone included.
        env: { ...process.env, DISPLAY: display, ...(timeZone ? { TZ: timeZone } : {}) },
      });
      let log = '';
      driver.stdout.on('data', (chunk) => (log += chunk));
      driver.stderr.on('data', (chunk) => (log += chunk));
      driver.on('error', (error) => (log += `${error.message}\n`));
      if (await waitUntilReady(driver, port, () => log)) {
        return {
          port,
          display,
          stop() {
            stopGroup(driver);
            stopGroup(xvfb);
          },
        };
      }
      if (attempt === 3) fail(`WebKitWebDriver exited before it was ready:\n${log}`);
    }
  } catch (error) {
    stopGroup(xvfb);
    throw error;
  }
  return undefined;
}
