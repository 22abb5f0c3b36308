/**
 * Headless Chromium over the DevTools protocol: launching it, opening a measured page, and the
 * small scripts the benchmark runs inside pages.
 */
import puppeteer, { type Browser, type BrowserContext, type CDPSession, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../chromium.config.mjs';

export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
    // scripts/bench.ts closes the browser itself on Ctrl+C, after which it removes its files.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

export interface MeasuredPage {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * A new tab in a browser context of its own (its own HTTP cache, nothing shared with earlier runs),
 * with the CPU slowed down `cpuSlowdown` times and the HTTP cache on or off. `beforeScripts` run in
 * every document the tab opens, before the page's own scripts.
 */
export async function openMeasuredPage(
  browser: Browser,
  { cpuSlowdown = CPU_SLOWDOWN, cacheDisabled = true, beforeScripts = [] as string[] } = {},
): Promise<MeasuredPage> {
  const context: BrowserContext = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    for (const source of beforeScripts) await page.evaluateOnNewDocument(source);
    return { page, cdp, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Source text that calls `fn(...args)` in a page. The function is sent as text, so it may use only
 * its arguments and the page's globals. tsx (esbuild's keepNames) wraps named functions in
 * `__name(...)`, which pages do not have: a stand-in that does nothing is declared first.
 */
export function pageSource<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

/** Runs `fn(...args)` in the page and returns its (awaited, JSON-able) result. */
export async function inPage<A extends unknown[], R>(page: Page, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
  return (await page.evaluate(pageSource(fn, ...args))) as Awaited<R>;
}

/** Rejects after `ms` with a message naming what was waited for. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000} s waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Scripts that run inside pages. They are sent as text (see pageSource): no imports, no closures.
// ---------------------------------------------------------------------------------------------

export interface TextProbeOptions {
  /** Texts that must all be in each host's DOM (light and shadow). */
  texts: string[];
  /** The elements to search: `body` for a static page, `health-topic` for widgets. */
  hostSelector: string;
  /** How many such elements must hold the texts. */
  hostCount: number;
}

export interface TextProbeRecord {
  /** performance.now() in the frame in which every host first held the texts. */
  foundAt: number;
  /** performance.now() in the next frame: the texts have been painted by then. */
  paintedAt: number;
  /** Frames the probe looked at. */
  frames: number;
}

/**
 * The time-to-text probe, run before any page script: each animation frame it looks through the
 * hosts (and every shadow root inside them) for the texts; once all hosts hold them, it notes the
 * time at the next frame. `window.__textProbe` is a promise of the record.
 */
export function installTextProbe({ texts, hostSelector, hostCount }: TextProbeOptions): void {
  const normalize = (text: string) => text.replace(/\s+/g, ' ');
  const wanted = texts.map(normalize);
  const deepText = (root: Node): string => {
    const parts: string[] = [];
    const visit = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) parts.push((child as Text).data);
        else if (child.nodeType === Node.ELEMENT_NODE) {
          const shadow = (child as Element).shadowRoot;
          if (shadow) visit(shadow);
          visit(child);
        }
      }
    };
    const shadow = (root as Element).shadowRoot;
    if (shadow) visit(shadow);
    visit(root);
    return normalize(parts.join(''));
  };
  const shown = new WeakSet<Element>();
  const record: TextProbeRecord = { foundAt: -1, paintedAt: -1, frames: 0 };
  (window as unknown as { __textProbe: Promise<TextProbeRecord> }).__textProbe = new Promise((resolve) => {
    const check = () => {
      record.frames += 1;
      let count = 0;
      for (const host of document.querySelectorAll(hostSelector)) {
        if (!shown.has(host)) {
          const text = deepText(host);
          if (wanted.every((part) => text.includes(part))) shown.add(host);
        }
        if (shown.has(host)) count += 1;
      }
      if (count >= hostCount) {
        record.foundAt = performance.now();
        requestAnimationFrame(() => {
          record.paintedAt = performance.now();
          resolve(record);
        });
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
}

/** The text probe's record, once every host shows the texts. */
export async function textShown(page: Page, timeoutMs = 60_000): Promise<TextProbeRecord> {
  return withTimeout(page.evaluate('window.__textProbe') as Promise<TextProbeRecord>, timeoutMs, 'the article text');
}

export interface ResourceTiming {
  path: string;
  startTime: number;
  responseEnd: number;
}

/** When each file the page downloaded started and finished (Resource Timing). */
export function resourceTimings(): ResourceTiming[] {
  return performance.getEntriesByType('resource').map((entry) => ({
    path: new URL(entry.name).pathname,
    startTime: entry.startTime,
    responseEnd: (entry as PerformanceResourceTiming).responseEnd,
  }));
}

export interface LayoutShiftRecord {
  /** Sum of the layout shifts without recent input. */
  cls: number;
  shifts: { value: number; startTime: number; sources: string[] }[];
  /** performance.now() of the first health-topic-load event. */
  loadedAt: number;
}

/**
 * Records layout shifts (a buffered PerformanceObserver, so shifts before it ran count too) and the
 * widget's load event. `window.__layoutShifts(quietMs)` resolves once the article has loaded and
 * no shift has happened for `quietMs` (at most 10 s after the load).
 */
export function installLayoutShiftRecorder(): void {
  const record: LayoutShiftRecord = { cls: 0, shifts: [], loadedAt: -1 };
  let lastShiftAt = 0;
  const describe = (node: Node | null | undefined): string => {
    if (!node || node.nodeType !== Node.ELEMENT_NODE) return node ? node.nodeName : '(gone)';
    const element = node as Element;
    const part = element.getAttribute('part');
    const host = element.getRootNode() instanceof ShadowRoot ? `${(element.getRootNode() as ShadowRoot).host.localName} >>> ` : '';
    return `${host}${element.localName}${element.id ? `#${element.id}` : ''}${part ? `[part="${part}"]` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
      if (entry.hadRecentInput) continue;
      record.cls += entry.value;
      lastShiftAt = performance.now();
      record.shifts.push({ value: entry.value, startTime: entry.startTime, sources: (entry.sources ?? []).map((source) => describe(source.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  let loaded: () => void;
  const articleLoaded = new Promise<void>((resolve) => (loaded = resolve));
  addEventListener('health-topic-load', () => {
    if (record.loadedAt < 0) record.loadedAt = performance.now();
    loaded();
  });
  (window as unknown as { __layoutShifts: (quietMs: number) => Promise<LayoutShiftRecord> }).__layoutShifts = async (quietMs) => {
    await articleLoaded;
    const settleBy = performance.now() + 10_000;
    await new Promise<void>((resolve) => {
      const wait = () => {
        const now = performance.now();
        if (now - Math.max(lastShiftAt, record.loadedAt) >= quietMs || now > settleBy) resolve();
        else setTimeout(wait, 100);
      };
      wait();
    });
    return record;
  };
}

export interface LanguageSwitchRecord {
  /** The click event's time stamp (the input's time). */
  clickAt: number;
  /** performance.now() in the frame after the title first read `title`. */
  paintedAt: number;
}

/**
 * Arms a watch for the language switch: the next click on a language in the picker starts it;
 * each frame then looks at the widget's title, and once it reads `title` the time is noted at the
 * next frame. `window.__languageSwitch` is a promise of the record.
 */
export function armLanguageSwitchWatch(title: string): void {
  const record: LanguageSwitchRecord = { clickAt: -1, paintedAt: -1 };
  const titleText = () => document.querySelector('health-topic')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
  (window as unknown as { __languageSwitch: Promise<LanguageSwitchRecord> }).__languageSwitch = new Promise((resolve) => {
    const onClick = (event: Event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element) || !target.closest('[role="menuitemradio"]')) return;
      removeEventListener('click', onClick, true);
      record.clickAt = event.timeStamp;
      const check = () => {
        if (titleText() !== title) {
          requestAnimationFrame(check);
          return;
        }
        requestAnimationFrame(() => {
          record.paintedAt = performance.now();
          resolve(record);
        });
      };
      check();
    };
    addEventListener('click', onClick, true);
  });
}
