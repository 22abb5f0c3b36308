/**
 * The README's Analytics examples, run as written: each is handed a page (an event target standing
 * in for `document`) and the analytics function it calls, then hears one of each reading event.
 * An example that stops passing the events on, or passes the wrong thing, fails here.
 */
import { expect } from '@open-wc/testing';

const DETAILS: Record<string, Record<string, unknown>> = {
  'section-view': { topic: 'myoclonus', locale: 'en', section: 'causes', index: 0 },
  'read-complete': { topic: 'myoclonus', locale: 'en', sectionsViewed: 3, sections: 7 },
  'link-click': { topic: 'myoclonus', locale: 'es', href: 'https://doi.org/10.1/x', kind: 'doi', outbound: true },
  print: { topic: 'myoclonus', locale: 'en' },
};

/** The code blocks of the README's "Analytics" section, after the line that names each. */
async function examples(): Promise<Map<string, string>> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split('\n### Analytics\n')[1].split('\n### ')[0];
  const found = new Map<string, string>();
  for (const [, name, code] of section.matchAll(/\n(Google Analytics 4|Matomo|Plausible)[^\n]*:\n\n```js\n([\s\S]*?)```/g)) found.set(name, code);
  return found;
}

/** Runs an example against a stand-in page and the one analytics global it uses, and sends each event once. */
function run(code: string, global: string, value: unknown) {
  const page = new EventTarget();
  new Function('document', global, code)(page, value);
  for (const [name, detail] of Object.entries(DETAILS)) page.dispatchEvent(new CustomEvent(`health-topic-${name}`, { detail }));
}

describe('the README\'s Analytics examples', () => {
  it('are there for Google Analytics 4, Matomo and Plausible', async () => {
    expect([...(await examples()).keys()]).to.deep.equal(['Google Analytics 4', 'Matomo', 'Plausible']);
  });

  it('Google Analytics 4: one gtag event per reading event, named in GA4\'s style, with the detail as its parameters', async () => {
    const calls: unknown[][] = [];
    run((await examples()).get('Google Analytics 4')!, 'gtag', (...args: unknown[]) => calls.push(args));
    expect(calls).to.deep.equal(Object.entries(DETAILS).map(([name, detail]) => ['event', `health_topic_${name.replaceAll('-', '_')}`, detail]));
  });

  it('Matomo: one trackEvent per reading event, with the article as its name', async () => {
    const _paq: unknown[][] = [];
    run((await examples()).get('Matomo')!, '_paq', _paq);
    expect(_paq.map(([command, category, action, name]) => [command, category, action, name])).to.deep.equal(
      Object.entries(DETAILS).map(([name, detail]) => ['trackEvent', 'Health topic', name, `${detail.topic}/${detail.locale}`]),
    );
  });

  it('Plausible: one custom event per reading event, with the detail as its properties', async () => {
    const calls: unknown[][] = [];
    run((await examples()).get('Plausible')!, 'plausible', (...args: unknown[]) => calls.push(args));
    expect(calls).to.deep.equal(Object.entries(DETAILS).map(([name, detail]) => [`Health topic ${name}`, { props: detail }]));
  });
});
