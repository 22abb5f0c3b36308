/**
 * Runs the Node tests: every test/**\/*.node.test.ts file (or the files named on the command line),
 * through node:test with tsx, printing the spec and one count line. Node 20's `--test` takes no
 * glob patterns, so the files are listed here.
 *
 *   node scripts/test-node.mjs [file...]
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const NODE_TEST_SUFFIX = '.node.test.ts';

/** Every Node test file under test/, relative to the project, in a stable order. */
export function nodeTestFiles() {
  return readdirSync(path.join(root, 'test'), { recursive: true })
    .filter((file) => file.endsWith(NODE_TEST_SUFFIX))
    .map((file) => path.join('test', file))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const named = process.argv.slice(2);
  const files = named.length > 0 ? named : nodeTestFiles();
  const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./test/support/node-count-reporter.mjs', '--test-reporter-destination=stdout'];
  const run = spawn(process.execPath, ['--import', 'tsx', '--test', ...reporters, ...files], { cwd: root, stdio: 'inherit' });
  run.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
