/**
 * Each widget's words in its own language (src/i18n/localization.ts): which language is asked for
 * where an element stands, which translation answers, and language names inside sentences.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import { displayLanguage, ENGLISH, languageOf as languageOfElement, loadedMessagesFor, messagesFor, uiLocaleFor } from '../../src/i18n/localization.js';

describe('the widget\'s language', () => {
  it('is the one asked for, or its base language, or English when its words are not translated', () => {
    assert.equal(uiLocaleFor('es'), 'es');
    assert.equal(uiLocaleFor('ES-mx'), 'es');
    assert.equal(uiLocaleFor('fr'), 'en');
    assert.equal(uiLocaleFor('en-GB'), 'en');
  });

  it('has its words ready at once in English, and in another language once they are loaded', async () => {
    assert.equal(loadedMessagesFor('en-US'), ENGLISH);
    assert.equal(loadedMessagesFor('fr'), ENGLISH);
    assert.equal(loadedMessagesFor('es'), undefined);
    const spanish = await messagesFor('es-MX');
    assert.equal(spanish.contents, 'Contenido');
    assert.equal(spanish.byline('Ana Ruiz'), 'Por Ana Ruiz');
    assert.equal(loadedMessagesFor('es-AR'), spanish);
  });

  it('loads a language\'s words once, for every region of it', async () => {
    const first = messagesFor('es');
    assert.equal(messagesFor('es-CO'), first);
    assert.equal(await messagesFor('en'), ENGLISH);
    assert.equal(await messagesFor('de'), ENGLISH);
  });
});

/** Just enough of a DOM element for languageOf: its `lang`, its parent, and the root it is in. */
class FakeElement {
  parentElement: FakeElement | null = null;
  root: unknown = null;
  constructor(private readonly lang: string | null) {}
  getAttribute(name: string): string | null {
    return name === 'lang' ? this.lang : null;
  }
  getRootNode(): unknown {
    return this.root;
  }
  child(lang: string | null = null): FakeElement {
    const child = new FakeElement(lang);
    child.parentElement = this;
    child.root = this.root;
    return child;
  }
}

class FakeShadowRoot {
  constructor(readonly host: FakeElement) {}
}

const languageOf = (element: FakeElement) => languageOfElement(element as unknown as Element);

describe('the language asked for where an element stands', () => {
  const realShadowRoot = (globalThis as { ShadowRoot?: unknown }).ShadowRoot;
  afterEach(() => {
    (globalThis as { ShadowRoot?: unknown }).ShadowRoot = realShadowRoot;
  });

  /** A page `<html lang=…>` with a host element inside, and an element in the host's shadow root. */
  function page(documentLang: string | null, hostLang: string | null) {
    (globalThis as { ShadowRoot?: unknown }).ShadowRoot = FakeShadowRoot;
    const html = new FakeElement(documentLang);
    html.root = { nodeName: '#document' };
    const host = html.child().child(hostLang);
    const inShadow = new FakeElement(null);
    inShadow.root = new FakeShadowRoot(host);
    return { host, inShadow, deeper: inShadow.child() };
  }

  it('is the element\'s own lang, without spaces around it', () => {
    const { host } = page('en', null);
    assert.equal(languageOf(host.child(' es-MX ')), 'es-MX');
  });

  it('is else the nearest ancestor\'s, across shadow roots, passing over blank ones', () => {
    const { deeper } = page('en', 'es');
    assert.equal(languageOf(deeper), 'es');
    assert.equal(languageOf(page('pt-BR', '  ').deeper), 'pt-BR');
  });

  it('is else English', () => {
    assert.equal(languageOf(page(null, null).deeper), 'en');
    assert.equal(languageOf(new FakeElement('')), 'en');
  });
});

describe('language names inside a sentence', () => {
  afterEach(() => mock.restoreAll());

  it('are the names readers of the other language use, in lower case where that language writes them so', () => {
    assert.equal(displayLanguage('es', 'en'), 'Spanish');
    assert.equal(displayLanguage('en', 'es'), 'inglés');
    assert.equal(displayLanguage('en', 'es-MX'), 'inglés');
    assert.equal(displayLanguage('es', 'de'), 'Spanisch');
  });

  it('are lowered for Catalan, Spanish, French, Italian and Portuguese readers, even where the engine capitalises them', () => {
    // WebKitGTK's Intl.DisplayNames writes "Inglés": an engine like it, here.
    const capitalised = { en: 'English', es: 'Spanish' } as Record<string, string>;
    mock.method(Intl, 'DisplayNames', function DisplayNames() {
      return { of: (code: string) => `${capitalised[code]!.toUpperCase()}` };
    });
    for (const reader of ['ca', 'es', 'FR', 'it-CH', 'pt-BR']) assert.equal(displayLanguage('en', reader), 'eNGLISH', reader);
    for (const reader of ['en', 'de', 'frr', 'x-es', 'ptx']) assert.equal(displayLanguage('en', reader), 'ENGLISH', reader);
  });

  it('are the code itself when the engine knows no name for it', () => {
    assert.equal(displayLanguage('not a language', 'en'), 'not a language');
    assert.equal(displayLanguage('es', 'not a language'), 'es');
  });
});
