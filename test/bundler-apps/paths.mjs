/** Where the bundler apps are installed and built, shared by their build script and the browser tests. */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The apps' own folder, outside the project, so nothing resolves from the project's node_modules:
 * they see only what `npm install` of the packed tarball gave them. One folder per checkout.
 */
export const APP_DIR = path.join(os.tmpdir(), `health-topic-elements-apps-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);

/** The production builds (and webpack's development build), served by the test runner. */
export const BUILDS_DIR = path.join(root, '.test-results/bundler-apps');

/** The builds, by name: the folder under BUILDS_DIR each is written to. */
export const BUILDS = ['vite', 'webpack', 'webpack-dev', 'rollup'];

/** Where the Vite app's dev server answers, inside the test runner's server. */
export const VITE_DEV_BASE = '/bundler-apps/vite-dev/';
