/**
 * The Chromium the tests and the benchmark drive: Debian's package at /usr/bin/chromium, or
 * CHROME_PATH; with the flags that work on a machine whose only network is loopback.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
