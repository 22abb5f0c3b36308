/**
 * The widget's own words (src/i18n/messages.ts): what each says in English, and that translators
 * work from the same words, ids and descriptions (src/i18n/xliff/), so every message is translated.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ENGLISH, messagesFor } from '../../src/i18n/localization.js';
import { uiMessages, type Msg } from '../../src/i18n/messages.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Unit {
  source: string;
  target: string;
  note?: string;
}

/** A placeholder as both sides write it: `{0}` for lit-localize's `<x id="0" .../>` and for `${…}` in the source. */
const placeholders = (text: string) => text.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}');

function xliffUnits(locale: string): Map<string, Unit> {
  const xliff = readFileSync(path.join(root, `src/i18n/xliff/${locale}.xlf`), 'utf8');
  const units = new Map<string, Unit>();
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([^]*?)<\/trans-unit>/g)) {
    const part = (name: string) => new RegExp(`<${name}[^>]*>([^]*?)</${name}>`).exec(body!)?.[1];
    units.set(id!, { source: placeholders(part('source')!), target: placeholders(part('target')!), note: part('note') });
  }
  return units;
}

/**
 * Each message as messages.ts states it, by its key: its id, English words (`{0}` for a value) and
 * description. The `msg` given to uiMessages answers with the id, so each key shows its own.
 */
function statedMessages(): Map<string, { id: string; source: string; desc?: string }> {
  const byId = new Map<string, { id: string; source: string; desc?: string }>();
  const record = (source: string | { strings: readonly string[] }, options: { id: string; desc?: string }) => {
    const words = typeof source === 'string' ? source : source.strings.reduce((text, part, index) => `${text}{${index - 1}}${part}`);
    byId.set(options.id, { id: options.id, source: words, ...(options.desc === undefined ? {} : { desc: options.desc }) });
    return options.id;
  };
  const stated = new Map<string, { id: string; source: string; desc?: string }>();
  for (const [key, message] of Object.entries(uiMessages(record as unknown as Msg))) {
    const id = typeof message === 'function' ? (message as (...values: string[]) => string)('a', 'b') : message;
    stated.set(key, byId.get(id)!);
  }
  return stated;
}

describe('the widget\'s words', () => {
  it('say in English what the widget shows', () => {
    const words = Object.fromEntries(Object.entries(ENGLISH).filter(([, message]) => typeof message === 'string'));
    assert.deepEqual(words, {
      contents: 'Contents',
      references: 'References',
      pending: 'pending',
      notRecorded: 'not recorded',
      rebuiltEditorUnknown: 'Who edited the parts marked as rebuilt is not recorded.',
      rebuiltNotReviewed: 'The medical review named here does not cover them.',
      reviewUnknown: "Review status unknown: this copy records no date for its next medical review and no review cycle, so the disclaimer's words on regular review are the publisher's, about its own copy.",
      lastReviewed: 'Last reviewed',
      lastUpdated: 'Last updated',
      licenceEnded: 'This article is no longer available.',
      loading: 'Loading the article…',
      unavailable: 'Article not available',
      missingTopic: 'No article was chosen for this space.',
      invalidPayload: 'This article cannot be shown because its content has errors.',
      contentNotFound: 'This article cannot be shown because the site cannot find its files. The site\'s web team can fix this.',
      changedFile: 'This article cannot be shown because one of its files was changed after it was published. Try again later. The site\'s web team can fix this.',
      elementConflict: 'This article cannot be shown on this page. The site\'s web team can fix this.',
      network: 'The article could not be loaded. Check your connection and try again.',
      timeout: 'The article took too long to load. Check your connection and try again.',
      tryAgain: 'Try again',
      language: 'Language',
      availableAt: 'Available at:',
      etAl: 'et al',
    });
  });

  it('put the names, topic, code, languages and dates they are given in their place', () => {
    assert.equal(ENGLISH.byline('Cynthia M. Johnson, MA'), 'By Cynthia M. Johnson, MA');
    assert.equal(ENGLISH.reviewedBy('Rimas Lukas, MD'), 'Reviewed by Rimas Lukas, MD');
    assert.equal(ENGLISH.notFound('myoclonus'), 'We could not find the article "myoclonus".');
    assert.equal(ENGLISH.noArticleForCode('G25.3'), 'We could not find an article for the code "G25.3".');
    assert.equal(ENGLISH.notInLanguage('French', 'English'), 'This article is not available in French. It is shown in English.');
    assert.equal(ENGLISH.website('EBSCO DynaMed'), 'EBSCO DynaMed website');
    assert.equal(ENGLISH.accessed('May 31, 2024'), 'Accessed May 31, 2024.');
  });

  it('are each in the Spanish XLIFF file, with the same English words and description translators see', () => {
    const units = xliffUnits('es');
    const stated = [...statedMessages().values()];
    assert.equal(new Set(stated.map(({ id }) => id)).size, Object.keys(ENGLISH).length, 'one id per message');
    for (const { id, source, desc } of stated) {
      const unit = units.get(id);
      assert.ok(unit, `no trans-unit "${id}" in es.xlf`);
      assert.equal(unit.source, source, id);
      assert.equal(unit.note, desc, id);
    }
    assert.deepEqual([...units.keys()].sort(), stated.map(({ id }) => id).sort());
  });

  it('are each shown in Spanish, by their id, with the values in the translation\'s own order', async () => {
    const units = xliffUnits('es');
    const spanish = await messagesFor('es');
    const stated = statedMessages();
    for (const [key, message] of Object.entries(spanish)) {
      const shown = typeof message === 'function' ? (message as (...values: string[]) => string)('a', 'b') : message;
      const { id } = stated.get(key)!;
      assert.equal(shown, units.get(id)!.target.replace('{0}', 'a').replace('{1}', 'b'), key);
    }
  });
});
