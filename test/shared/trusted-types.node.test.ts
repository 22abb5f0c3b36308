/**
 * The widget's one Trusted Types policy (src/shared/trusted-types.ts): made once, and only for
 * what cannot run an attacker's code. Each test imports a fresh copy of the module, as a new page.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';

type Rules = { createHTML: (html: string) => string; createScript: (text: string) => string; createScriptURL: (url: string) => string };

let pages = 0;
async function freshPage(trustedTypes: unknown): Promise<typeof import('../../src/shared/trusted-types.js')> {
  (globalThis as Record<string, unknown>).trustedTypes = trustedTypes;
  // What the page's copies of the build share (src/shared/this-build.ts) goes with the page.
  for (const key of Object.getOwnPropertySymbols(globalThis)) {
    if (key.description?.startsWith('health-topic-elements ')) delete (globalThis as Record<symbol, unknown>)[key];
  }
  return import(`../../src/shared/trusted-types.js?page-${++pages}`);
}

/** Trusted Types that allow every policy, keeping the rules each was made with. */
function allowing(): { names: string[]; rules: Rules[]; trustedTypes: unknown } {
  const names: string[] = [];
  const rules: Rules[] = [];
  return { names, rules, trustedTypes: { createPolicy: (name: string, given: Rules) => (names.push(name), rules.push(given), given) } };
}

afterEach(() => {
  mock.restoreAll();
  delete (globalThis as Record<string, unknown>).trustedTypes;
});

describe('the widget\'s Trusted Types policy', () => {
  it('is none where the browser has no Trusted Types', async () => {
    const { widgetPolicy } = await freshPage(undefined);
    assert.equal(widgetPolicy(), null);
  });

  it('is made once, named health-topic-elements', async () => {
    const page = allowing();
    const { widgetPolicy } = await freshPage(page.trustedTypes);
    assert.equal(widgetPolicy(), widgetPolicy());
    assert.deepEqual(page.names, ['health-topic-elements']);
  });

  it('passes JSON text, and refuses any other text', async () => {
    const page = allowing();
    const { widgetPolicy } = await freshPage(page.trustedTypes);
    widgetPolicy();
    const [{ createScript }] = page.rules;
    assert.equal(createScript!('{"@context":"https://schema.org"}'), '{"@context":"https://schema.org"}');
    for (const script of ['alert(1)', '{"a":1};alert(1)', '']) assert.throws(() => createScript!(script), SyntaxError, script);
  });

  it('passes no script address but the build\'s own checked chunks (none, in a build without them)', async () => {
    const page = allowing();
    const { widgetPolicy } = await freshPage(page.trustedTypes);
    widgetPolicy();
    const [{ createScriptURL }] = page.rules;
    for (const url of ['https://evil.example/x.js', 'data:text/javascript,alert(1)']) {
      assert.throws(() => createScriptURL!(url), /is not a file of this build/, url);
    }
  });

  it('passes only HTML handed over as checked, once each', async () => {
    const page = allowing();
    const { checkedHtml } = await freshPage(page.trustedTypes);
    assert.equal(checkedHtml('<article>Checked</article>'), '<article>Checked</article>');
    const [{ createHTML }] = page.rules;
    for (const html of ['<article>Checked</article>', '<img src=x onerror=alert(1)>']) {
      assert.throws(() => createHTML!(html), /Only HTML this build signed/, html);
    }
  });

  it('gives no HTML to insert where the browser has Trusted Types and the page refused the policy; the plain string where it has none', async () => {
    mock.method(console, 'warn', () => undefined);
    const refused = await freshPage({ createPolicy: () => { throw new TypeError('disallowed'); } });
    assert.equal(refused.checkedHtml('<p>x</p>'), undefined);
    const without = await freshPage(undefined);
    assert.equal(without.checkedHtml('<p>x</p>'), '<p>x</p>');
  });

  it('is none where the page\'s CSP does not allow it, with one warning that names it and what is left out', async () => {
    const warned = mock.method(console, 'warn', () => undefined);
    const { widgetPolicy } = await freshPage({
      createPolicy: () => {
        throw new TypeError('Policy "health-topic-elements" disallowed.');
      },
    });
    assert.equal(widgetPolicy(), null);
    assert.equal(widgetPolicy(), null);
    assert.equal(warned.mock.calls.length, 1);
    const [warning] = warned.mock.calls[0]!.arguments as [string];
    assert.match(warning, /does not allow the Trusted Types policy "health-topic-elements"; no JSON-LD is added, and the build's HTML is not used for the first paint/);
  });
});
