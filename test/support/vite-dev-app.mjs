/**
 * The Vite bundler app's dev server (`vite` as its developer runs it), inside the test runner's own
 * server at VITE_DEV_BASE, so a test page opens the app from the same origin and reads its DOM. It
 * is the app's own Vite, installed with the packed package by scripts/build-bundler-apps.mjs, and
 * starts on the first request for it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_DIR, VITE_DEV_BASE } from '../bundler-apps/paths.mjs';

let server;

async function viteDevServer() {
  const vite = path.join(APP_DIR, 'node_modules/vite/dist/node/index.js');
  if (!existsSync(vite)) return undefined;
  const { createServer } = await import(pathToFileURL(vite).href);
  return createServer({
    root: APP_DIR,
    base: VITE_DEV_BASE,
    // The app's own config, as `vite` would read it (it keeps the figure a file: see vite.config.mjs there).
    configFile: path.join(APP_DIR, 'vite.config.mjs'),
    logLevel: 'warn',
    appType: 'mpa',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
}

/** Koa middleware handing the requests under VITE_DEV_BASE to the app's Vite dev server. */
export async function viteDevApp(context, next) {
  if (!context.path.startsWith(VITE_DEV_BASE)) return next();
  server ??= viteDevServer();
  const vite = await server;
  if (!vite) {
    context.status = 503;
    context.body = `No Vite app in ${APP_DIR}: run node scripts/build-bundler-apps.mjs (npm test does).`;
    return undefined;
  }
  // Vite answers on the raw response; Koa must leave it alone.
  context.respond = false;
  await new Promise((resolve) => {
    context.res.once('finish', resolve);
    vite.middlewares(context.req, context.res, () => {
      context.res.statusCode = 404;
      context.res.end();
    });
  });
  return undefined;
}

/** Stops the dev server with the test runner. */
export const viteDevAppPlugin = {
  name: 'vite-dev-app',
  async serverStop() {
    await (await server)?.close();
  },
};
