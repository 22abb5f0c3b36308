/**
 * The snippet builder on the demo site (demo/snippet-builder.html, with demo/build/ and dist/
 * written by `npm test`'s build step), in an iframe of this page, ready once its preview shows.
 */
import { waitUntil } from '@open-wc/testing';
import type { BuilderState, StateChange } from '../../apps/snippet-builder/builder-state.js';

export type Builder = HTMLElement & { snippet: string; link: string; css: string; state: BuilderState; choose: (changes: StateChange) => void; updateComplete: Promise<boolean> };

/** The builder's preview element. */
export const previewOf = (builder: Builder) => builder.shadowRoot!.querySelector('health-topic');

export async function openBuilder(): Promise<{ frame: HTMLIFrameElement; builder: Builder; root: ShadowRoot }> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/snippet-builder.html';
  document.body.append(frame);
  await loaded;
  await waitUntil(() => Boolean(frame.contentDocument!.querySelector('snippet-builder')?.shadowRoot?.querySelector('#link')), 'the builder', { timeout: 8000 });
  const builder = frame.contentDocument!.querySelector('snippet-builder') as Builder;
  const root = builder.shadowRoot!;
  const previewTitle = () => previewOf(builder)?.shadowRoot?.querySelector('[part="title"]')?.textContent;
  await waitUntil(() => previewTitle() === 'Myoclonus' && root.querySelectorAll('input[type="checkbox"][value]').length === 7, 'the preview', { timeout: 8000 });
  return { frame, builder, root };
}
