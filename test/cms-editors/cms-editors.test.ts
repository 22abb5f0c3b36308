/**
 * Each form an author can paste (the link, the snippet, the article as HTML), through the
 * rich-text editors hospital CMSs embed, in their default configuration and with raw HTML
 * allowed; then what the editor saved, on a page whose template loads the build's script once.
 * What survives is the README's table ("Pasting into a CMS editor"), read and compared here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { writeLink } from '../../apps/snippet-builder/link.js';
import { addressPrerendered } from '../../apps/snippet-builder/snippet.js';
import { buildAt, outcome, pastedPage, snippet } from '../support/pasted-page.js';
import { roundTrip, type Configuration, type EditorName } from './editors.js';

type Form = 'Link' | 'Snippet' | 'Article as HTML';
/** What an editor made of a form: kept whole; cut, and what the page then shows; or nothing of it left. */
type Survival = string;
const EDITORS: [EditorName, Configuration][] = [
  ['TinyMCE 8', 'default'],
  ['TinyMCE 8', 'raw HTML allowed'],
  ['CKEditor 5', 'default'],
  ['CKEditor 5', 'raw HTML allowed'],
];

let base: string;
let forms: Record<Form, { html: string; kept: (saved: string) => boolean }>;

/** The README's table: by form, then by "editor, configuration". */
async function readmeTable(): Promise<Record<string, Record<string, string>>> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split(/^### Pasting into a CMS editor$/m)[1]?.split(/^#/m)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line)).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const [header, ...body] = rows;
  return Object.fromEntries(body.map(([form, ...cells]) => [form, Object.fromEntries(cells.map((cell, n) => [header[n + 1], cell]))]));
}

/** What the page makes of what an editor saved: the article, an error state's code, or nothing of the widget (the page unbroken). */
async function onTemplatePage(saved: string): Promise<string> {
  const { page } = await pastedPage(`<h1>Neurology</h1>\n${saved}\n<p id="after">The page goes on.</p>\n<script type="module" src="${base}health-topic-elements.js"></script>`);
  // The script defines the elements whether or not the page holds one.
  await waitUntil(() => page.customElements.get('health-topic'), 'the template\'s script', { timeout: 8000 });
  const widgets = page.document.querySelectorAll('health-topic').length;
  await waitUntil(() => page.pageRecord.events.length >= widgets, 'each widget\'s event', { timeout: 8000 });
  expect(page.pageRecord.errors, saved.slice(0, 200)).to.deep.equal([]);
  expect(page.document.getElementById('after'), 'the page goes on').to.not.equal(null);
  if (widgets === 0) return 'nothing';
  const ends = [...new Set(outcome(page))];
  return ends.length === 1 && ends[0] === 'health-topic-load' ? 'article' : ends.join(', ');
}

describe('pasting into the rich-text editors CMSs embed', () => {
  before(async () => {
    base = `${await executeServerCommand<string, undefined>('cdn-origin')}/cors/dist/`;
    const build = await buildAt(base);
    const prerendered = await (await fetch('/dist/prerendered/myoclonus.es.html')).text();
    const link = writeLink({ baseUrl: base, topic: 'myoclonus', lang: 'es', sections: ['symptoms', 'treatment'], headingLevel: 3, title: 'Mioclonía' });
    const href = /href="([^"]+)"/.exec(link)![1];
    forms = {
      Link: { html: `<p>${link}</p>`, kept: (saved) => saved.includes(`href="${href}"`) },
      Snippet: { html: snippet(base, build, { lang: 'es' }), kept: (saved) => /<script[^>]+health-topic-elements/.test(saved) && saved.includes('<health-topic') },
      'Article as HTML': {
        html: snippet(base, build, { lang: 'es', prerendered: addressPrerendered(prerendered, '/dist/', base, false) }),
        kept: (saved) => saved.includes('shadowrootmode="open"') && saved.length > prerendered.length * 0.9,
      },
    };
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps what the README says each editor keeps, and each saved form reaches the article or leaves the page whole', async function () {
    // Twelve round trips through two editors, each saved form then on a page of its own.
    this.timeout(120_000);
    const measured: Record<string, Record<string, Survival>> = {};
    for (const [form, { html, kept }] of Object.entries(forms)) {
      measured[form] = {};
      for (const [editor, configuration] of EDITORS) {
        const saved = await roundTrip(editor, configuration, html);
        const shown = await onTemplatePage(saved);
        measured[form][`${editor}, ${configuration}`] = kept(saved)
          ? 'kept'
          : shown === 'article'
            ? 'cut; the article shows once the script runs'
            : shown === 'nothing'
              ? 'stripped'
              : `cut; the widget shows its ${shown} state`;
        // A form kept whole shows the article.
        if (kept(saved)) expect(shown, `${form} through ${editor}, ${configuration}`).to.equal('article');
      }
    }
    expect(measured).to.deep.equal(await readmeTable());
  });
});
