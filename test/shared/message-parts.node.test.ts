/**
 * Messages whose values are not plain text, and lists of such values (src/shared/message-parts.ts):
 * where a translation puts each value, how a language joins a list, and text that stays text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html } from 'lit';
import { isolated, listParts, timeTemplate, withParts } from '../../src/shared/message-parts.js';
import { htmlOf } from '../support/rendered-html.js';

const link = html`<a href="https://example.org">NINDS</a>`;

describe('a message with values', () => {
  it('puts each value where the message puts its marker, in the message\'s order', () => {
    const english = (source: string, day: string) => `Rebuilt from ${source}, read on ${day}.`;
    const spanish = (source: string, day: string) => `Leído el ${day}: ${source}.`;
    assert.deepEqual(withParts(english, [link], ['May 31']), ['Rebuilt from ', link, ', read on ', 'May 31', '.']);
    assert.deepEqual(withParts(spanish, [link], ['31 de mayo']), ['Leído el ', '31 de mayo', ': ', link, '.']);
  });

  it('puts every part of a value in its place, and leaves no empty text where a marker starts or ends the message', () => {
    assert.deepEqual(withParts((names) => names!, ['Ana', ' and ', link]), ['Ana', ' and ', link]);
    assert.deepEqual(withParts((a, b) => `${a}${b}`, ['A'], []), ['A']);
    assert.deepEqual(withParts(() => 'No values.'), ['No values.']);
  });

  it('tells the tenth value and later ones from the first', () => {
    const values = Array.from({ length: 12 }, (_, index) => [`v${index}`]);
    assert.deepEqual(withParts((...markers) => markers.reverse().join(' '), ...values), values.flat().reverse().flatMap((value, index) => (index === 0 ? [value] : [' ', value])));
  });

  it('never takes text a value holds for a marker, and drops a marker the message made up', () => {
    const hostile = '\uE0000\uE001';
    assert.deepEqual(withParts((name) => `By ${name}.`, [hostile]), ['By ', hostile, '.']);
    assert.deepEqual(withParts(() => 'By \uE0007\uE001.'), ['By ', '.']);
  });
});

describe('a list of values', () => {
  it('is joined the way the language joins one, each value kept as it is', () => {
    assert.deepEqual(listParts(['A', link, 'C'], 'en'), ['A', ', ', link, ', and ', 'C']);
    assert.deepEqual(listParts(['A', link, 'C'], 'es'), ['A', ', ', link, ' y ', 'C']);
    assert.deepEqual(listParts(['A', 'B'], 'en'), ['A', ' and ', 'B']);
  });

  it('is the value alone, or nothing, when there are fewer than two', () => {
    assert.deepEqual(listParts([link], 'en'), [link]);
    assert.deepEqual(listParts([], 'en'), []);
  });

  it('is joined as in English when the language is no language tag', () => {
    assert.deepEqual(listParts(['A', 'B', 'C'], 'not a tag!'), ['A', ', ', 'B', ', and ', 'C']);
  });
});

describe('a day and a name as markup', () => {
  it('writes a day in a <time> that machines can read, its text as the reader\'s language has it', () => {
    assert.equal(htmlOf(timeTemplate('2024-05-31', '31 de mayo de 2024')), '<time datetime="2024-05-31">31 de mayo de 2024</time>');
  });

  it('sets a name apart in a <bdi>, as text', () => {
    assert.equal(htmlOf(isolated('Dr <b>X</b> \u202E')), '<bdi>Dr &lt;b&gt;X&lt;/b&gt; \u202E</bdi>');
    assert.equal(htmlOf(isolated(link)), '<bdi><a href="https://example.org">NINDS</a></bdi>');
  });
});
