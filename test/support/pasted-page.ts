/**
 * Pages that hold a pasted snippet, as a hospital's CMS would serve them: an iframe of the test's
 * origin, recording what the page would notice (test/e2e/pages/record-page-events.js), with
 * snippets written by the snippet builder's own function for files on the test CDN
 * (test/support/cdn-server.mjs).
 */
import type { PageRecord } from './host-page.js';
import { writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';
import type { BuildIntegrity } from '../../src/content/published.js';

export type Page = Window & { pageRecord: PageRecord & { layoutShift: number }; __tamperedCodeRan?: string[] };

/** The build record (dist/integrity.json, or a deployed build's copy) at `base`. */
export async function buildAt(base: string, file = 'integrity.json'): Promise<BuildIntegrity> {
  return (await fetch(new URL(file, base))).json();
}

/** A snippet as the builder writes it, for the files at `base`. */
export function snippet(base: string, build: BuildIntegrity, choices: Partial<SnippetChoices> = {}): string {
  return writeSnippet({
    baseUrl: base,
    build,
    topic: 'myoclonus',
    headingLevel: 2,
    sections: [],
    version: 'pinned',
    fallback: { title: 'Myoclonus', href: 'https://hospital.example/myoclonus' },
    ...choices,
  });
}

/** A page of this origin holding `body` (and `head`), in an iframe; `scripts: false` is a browser with JavaScript off. */
export async function pastedPage(body: string, { scripts = true, head = '' } = {}): Promise<{ frame: HTMLIFrameElement; page: Page }> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '800';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">
    <script src="${location.origin}/test/e2e/pages/record-page-events.js"></script>${head}</head><body><main>${body}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as Page };
}

/** What each widget on the page ended in: `health-topic-load`, or its error's code. */
export const outcome = (page: Page) => page.pageRecord.events.map((event) => event.detail.code ?? event.type);
