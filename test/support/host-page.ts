import { waitUntil } from '@open-wc/testing';

/** What test/e2e/pages/record-page-events.js records on a host page. */
export interface PageRecord {
  violations: string[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  events: { type: string; id: string; detail: { code?: string; topic?: string } }[];
  /** Scripts and stylesheets the page could not load. */
  failedResources: string[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & { pageRecord: PageRecord };
  document: Document;
  record: PageRecord;
}

/**
 * Opens a host page in an iframe of the given size and waits until its widgets have sent `events`
 * load or error events between them.
 */
export async function openHostPage(url: string, { width = 1024, height = 800, events = 1 } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = 'Host page under test';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow as HostPage['window'];
  await waitUntil(() => frameWindow.pageRecord.events.length >= events, `${url}: ${events} widget events`, { timeout: 8000 });
  // Let the elements inside the article finish rendering.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { frame, window: frameWindow, document: frame.contentDocument!, record: frameWindow.pageRecord };
}

export function closeHostPages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
