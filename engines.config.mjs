/**
 * The three browser engines the tests run in, each from a Debian package (no browser downloads):
 * Chromium (`chromium`), Firefox (`firefox-esr`, driven over WebDriver BiDi by puppeteer-core) and
 * WebKit (`webkit2gtk-driver`: WebKitWebDriver and the GTK MiniBrowser, on an Xvfb display that
 * scripts/webkit-driver.mjs starts). Each path can be overridden for other systems.
 */
import puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.config.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The time zone each engine's tests run in: UTC, one west of it and one east of it, so a date
 * shown to readers that shifted with their zone (a day early in the Americas, a day late in Asia)
 * fails somewhere. scripts/test-browsers.mjs sets TZ for the browser it starts.
 */
export const TIME_ZONES = { chromium: 'UTC', firefox: 'America/Los_Angeles', webkit: 'Asia/Tokyo' };

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Firefox settings for a test profile: reading the clipboard without the paste prompt a reader would answer. */
const FIREFOX_PREFS = { 'dom.events.testing.asyncClipboard': true };

/** The web-test-runner launcher for an engine. WebKit needs the port of a running WebKitWebDriver. */
export function launcherFor(engine, { webkitDriverPort = process.env.WEBKIT_DRIVER_PORT } = {}) {
  switch (engine) {
    case 'chromium':
      return chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS } });
    case 'firefox':
      return chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
          // Lets the test runner script the browser's chrome, the only way to emulate media there
          // (test/support/engine-commands.mjs). The driver listens on loopback, for this run only.
          args: ['--remote-allow-system-access'],
        },
      });
    case 'webkit':
      if (!webkitDriverPort) {
        throw new Error('WebKit needs a running WebKitWebDriver: run `node scripts/test-browsers.mjs webkit` (or npm run test:webkit).');
      }
      return webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(webkitDriverPort),
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver speaks WebDriver classic only; without this, session creation fails.
          'wdio:enforceWebDriverClassic': true,
          // The clipboard option stands in for the permission a reader grants when asked.
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation', '--javascript-can-access-clipboard=true'] },
        },
      });
    default:
      throw new Error(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}.`);
  }
}
