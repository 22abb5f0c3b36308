/**
 * Runs the browser tests in each engine asked for, one after another (default: chromium, firefox,
 * webkit), then prints one line per engine and their sum. For WebKit it starts Xvfb and
 * WebKitWebDriver first and stops them afterwards. Every engine runs even when an earlier one
 * fails; the exit code is non-zero if any failed. A run that breaks off before any count is written
 * (the browser went away) runs once more; a failed test never does.
 *
 *   node scripts/test-browsers.mjs [engine...] [-- web-test-runner options]
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGINES, TIME_ZONES } from '../engines.config.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

const COUNTS = '.test-results/counts.txt';
const separator = process.argv.indexOf('--');
const names = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const runnerArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const engines = names.length > 0 ? names : ENGINES;
for (const name of engines) {
  if (!ENGINES.includes(name)) {
    console.error(`Unknown engine "${name}": use one of ${ENGINES.join(', ')}.`);
    process.exit(2);
  }
}

const runnerBin = fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url));

function countLines() {
  return existsSync(COUNTS) ? readFileSync(COUNTS, 'utf8').trim().split('\n').filter(Boolean) : [];
}

/** The counts an engine's run appended to counts.txt after line `from`, or undefined. */
function countsSince(engine, from) {
  const line = countLines().slice(from).findLast((entry) => entry.startsWith(`${engine} `));
  if (!line) return undefined;
  const [passed, failed, skipped = 0] = line.split(' ').slice(1).map(Number);
  return { passed, failed, skipped };
}

let stopping;
let stopped = false;
function runTests(engine, env) {
  return new Promise((resolve) => {
    const environment = { ...process.env, ...env, TEST_ENGINE: engine, TZ: TIME_ZONES[engine] };
    const runner = spawn(process.execPath, [runnerBin, ...runnerArgs], { stdio: 'inherit', env: environment });
    stopping = () => runner.kill('SIGINT');
    runner.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** One run of an engine's tests: its exit code, and the counts it wrote (none if it broke off). */
async function runOnce(engine) {
  const from = countLines().length;
  let code = 1;
  let driver;
  try {
    if (engine === 'webkit') {
      driver = await startWebKitDriver({ timeZone: TIME_ZONES.webkit });
      console.log(`WebKitWebDriver ready on port ${driver.port}, display ${driver.display}`);
    }
    code = await runTests(engine, driver ? { WEBKIT_DRIVER_PORT: String(driver.port) } : {});
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    driver?.stop();
  }
  return { code, counts: countsSince(engine, from) };
}

async function runEngine(engine) {
  console.log(`\n=== ${engine} ===`);
  const started = Date.now();
  let { code, counts } = await runOnce(engine);
  if (!counts && code !== 0 && !stopped) {
    // The run broke off before any count was written: the browser itself went away (WebKit's
    // MiniBrowser has disconnected mid-run on a CI machine, in a file that passes on its own).
    // That says nothing of the tests, so the engine runs once more; a failed test never reruns.
    console.log(`\n${engine}: the run broke off outside any test (the browser disconnected, say); running ${engine} once more.`);
    ({ code, counts } = await runOnce(engine));
  }
  if (!counts || (code !== 0 && counts.failed === 0)) {
    // The run broke outside any test (the browser did not start, say): that is a failure too.
    counts = { passed: counts?.passed ?? 0, failed: 1, skipped: counts?.skipped ?? 0 };
    mkdirSync('.test-results', { recursive: true });
    appendFileSync(COUNTS, `${engine} ${counts.passed} ${counts.failed} ${counts.skipped}\n`);
  }
  return { engine, code, counts, seconds: Math.round((Date.now() - started) / 1000) };
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopped = true;
    stopping?.();
    process.exitCode = 1;
  });
}

const results = [];
for (const engine of engines) results.push(await runEngine(engine));

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
console.log('');
for (const { engine, counts, seconds } of results) console.log(`${engine}: ${line(counts)} (${seconds} s)`);
if (results.length > 1) {
  const sum = (key) => results.reduce((total, result) => total + result.counts[key], 0);
  console.log(`browsers: ${line({ passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped') })}`);
}
process.exitCode = results.some((result) => result.code !== 0 || result.counts.failed > 0) ? 1 : process.exitCode;
