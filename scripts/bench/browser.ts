/**
 * Headless Chromium (puppeteer-core, over the DevTools protocol) and the one measurement every page
 * figure uses: a first visit (a new browser context: empty HTTP cache, cache on) on Lighthouse's
 * mobile screen with the CPU slowed down 4x, until the article's text, its last sentence included,
 * has been painted, then until the layout has settled. Two conditions: "lab" (loopback) and "field"
 * (slow 4G on every request as well).
 */
import puppeteer, { type Browser, type NetworkConditions, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../chromium.config.mjs';

export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen (a Moto G Power), so CLS is measured where Lighthouse measures it. */
export const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/**
 * Lighthouse's slow 4G, applied by Chromium to each request: 150 ms from request to response
 * headers, 1.6 Mbps down, 750 kbps up (DevTools' own preset stretches the latency 3.75x and cuts
 * the throughput by a tenth to stand for a new connection; these are the figures as stated).
 */
export const CONDITIONS = {
  lab: undefined,
  field: { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8 },
} satisfies Record<string, NetworkConditions | undefined>;
export type Condition = keyof typeof CONDITIONS;

// No signal handlers: the bench closes the browser itself on Ctrl+C, then removes its files.
export const launchBrowser = () =>
  puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, protocolTimeout: 120_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });

export interface LoadOptions {
  /** Texts each host must hold (in its light DOM, shadow roots and same-origin iframes). */
  texts: string[];
  hostSelector?: string;
  hostCount?: number;
  condition?: Condition;
  /** Also measure the JS heap after a garbage collection. */
  heap?: boolean;
  /** Runs once the layout has settled, before the tab closes. */
  then?: (page: Page) => Promise<void>;
}

export async function measureLoad(browser: Browser, url: string, { texts, hostSelector = 'body', hostCount = 1, condition = 'lab', heap, then }: LoadOptions) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(MOBILE);
    await page.emulateCPUThrottling(CPU_SLOWDOWN);
    await page.emulateNetworkConditions(CONDITIONS[condition] ?? null);
    await page.evaluateOnNewDocument(pageSource(installProbe, texts, hostSelector, hostCount));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const load = (await page.evaluate('window.__bench.settled()')) as Awaited<ReturnType<NonNullable<ReturnType<typeof installProbe>>>>;
    const cdp = heap ? await page.createCDPSession() : undefined;
    await cdp?.send('HeapProfiler.collectGarbage');
    const heapUsed = (await cdp?.send('Runtime.getHeapUsage'))?.usedSize;
    await then?.(page);
    return { ...load, cls: largestSessionWindow(load.shifts), heap: heapUsed };
  } finally {
    await context.close();
  }
}

export type Load = Awaited<ReturnType<typeof measureLoad>>;

/** What had been downloaded when the text was painted: the page itself, or its other files (gzip body bytes, and how many requests). */
export function arrivedBeforeText(load: Load, isPage: boolean) {
  // A file asked for after the frame that showed the text (what loads after the paint) did not hold it back, even if it arrived before that frame reached the screen.
  const files = load.resources.filter((file) => file.isPage === isPage && !file.fromCache && file.start < load.textFoundAt && file.end <= load.paintedAt);
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), requests: files.length, paths: files.map((file) => file.path) };
}

/** Shifts less than 1 s apart form a session, of at most 5 s; CLS is the largest session's sum, as Lighthouse counts it. */
function largestSessionWindow(shifts: { value: number; startTime: number }[]): number {
  let [largest, sum, first, last] = [0, 0, -Infinity, -Infinity];
  for (const { value, startTime } of shifts) {
    if (startTime - last > 1000 || startTime - first > 5000) [sum, first] = [0, startTime];
    [sum, last] = [sum + value, startTime];
    largest = Math.max(largest, sum);
  }
  return largest;
}

/** Source text calling `fn(...args)` in a page. tsx (esbuild's keepNames) adds `__name(...)` calls, which pages lack. */
export function pageSource<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

/**
 * Runs in the page before its own scripts. Each animation frame it reads the hosts' text; once
 * `hostCount` hosts hold every text, the time that frame was painted is the time to text.
 * `__bench.settled()` waits for that and for 1 s without a layout shift.
 */
function installProbe(texts: string[], hostSelector: string, hostCount: number) {
  if (window !== window.top) return undefined; // the top page reads its iframes itself
  const normalize = (text: string) => text.replace(/\s+/g, ' ');
  const deepText = (node: Node): string => {
    const element = node as Element;
    if (element.localName === 'script' || element.localName === 'style') return '';
    let text = node.nodeType === Node.TEXT_NODE ? (node as Text).data : '';
    if (element.shadowRoot) text += deepText(element.shadowRoot);
    const frameBody = element.localName === 'iframe' ? (element as HTMLIFrameElement).contentDocument?.body : undefined;
    if (frameBody) text += deepText(frameBody);
    for (let child = node.firstChild; child; child = child.nextSibling) text += deepText(child);
    return text;
  };
  // No input is sent during a load, so every shift counts: under mobile emulation Chromium marks
  // shifts as following input (the viewport it sets at load); Lighthouse works around that too.
  const shifts: { value: number; startTime: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push({ value: entry.value, startTime: entry.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
  const shown = new WeakSet<Element>();
  let textFoundAt = Infinity;
  const painted = new Promise<number>((resolve, reject) => {
    setTimeout(() => reject(new Error(`not painted within 60 s: ${texts.join(' / ')}`)), 60_000);
    const check = () => {
      let count = 0;
      for (const host of document.querySelectorAll(hostSelector)) {
        if (!shown.has(host) && texts.every((text) => normalize(deepText(host)).includes(normalize(text)))) shown.add(host);
        if (shown.has(host)) count += 1;
      }
      if (count < hostCount) return void requestAnimationFrame(check);
      textFoundAt = performance.now();
      // A speck added in this frame is painted with the text: its Element Timing is the frame's paint
      // time, even when the page's scripts hold the main thread right after.
      const speck = Object.assign(document.createElement('bench-speck'), { textContent: '.' });
      speck.setAttribute('elementtiming', 'bench');
      speck.style.cssText = 'position: fixed; bottom: 0; right: 0; font-size: 2px';
      new PerformanceObserver((list) => resolve((list.getEntries()[0] as PerformanceEntry & { renderTime: number }).renderTime)).observe({ type: 'element' });
      document.documentElement.append(speck);
    };
    requestAnimationFrame(check);
  });
  const settled = async () => {
    const paintedAt = await painted;
    const quietFor = () => performance.now() - Math.max(paintedAt, shifts.at(-1)?.startTime ?? 0);
    while (quietFor() < 1000 && performance.now() < paintedAt + 10_000) await new Promise((resolve) => setTimeout(resolve, 100));
    // Every file of the page and of its same-origin iframes, in the top page's clock; bytes as sent (gzip).
    const frames = [window, ...Array.from(document.querySelectorAll('iframe'), (frame) => frame.contentWindow!)];
    const resources = frames.flatMap((frame) => {
      const offset = frame.performance.timeOrigin - performance.timeOrigin;
      const entries = [...(frame === window ? performance.getEntriesByType('navigation') : []), ...frame.performance.getEntriesByType('resource')];
      return (entries as PerformanceResourceTiming[]).map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.startTime + offset,
        end: entry.responseEnd + offset,
        bytes: entry.encodedBodySize,
        // Served from this visit's own cache (an image rendered twice): no download. All files are same-origin, so the size is known.
        fromCache: entry.transferSize === 0,
        isPage: entry.entryType === 'navigation',
      }));
    });
    return { paintedAt, textFoundAt, firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, shifts, resources };
  };
  Object.assign(window, { __bench: { settled } });
  return settled;
}
