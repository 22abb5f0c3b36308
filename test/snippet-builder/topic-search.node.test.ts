/**
 * The snippet builder's topic search (apps/snippet-builder/topic-search.ts) over generated topic
 * ids and searches: never more than MATCHES_SHOWN listed, every topic that holds the search counted
 * and none other, names that start with it first. The seed is printed; FC_SEED replays it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MATCHES_SHOWN, matchTopics, matchesLine, namedTopic, readableTopic } from '../../apps/snippet-builder/topic-search.js';

const seed = Number(process.env.FC_SEED) || Date.now() % 2 ** 31;

/** Ids from a few syllables and separators, so searches often hit, and now and then odd keys. */
const id = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom('my', 'o', 'clo', 'nus', 'spi', 'nal', '-', '_', '1', '2'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'x" onerror="', 'É-tude') },
);
const search = fc.array(fc.constantFrom('my', 'o', 'nus', ' ', '-', 'MY', '1', 'z'), { maxLength: 4 }).map((parts) => parts.join(''));
const words = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

describe('topic search', () => {
  it(`lists at most ${MATCHES_SHOWN} of exactly the topics holding the search, those starting with it first (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 60 }), search, (ids, typed) => {
        const topics = Object.fromEntries(ids.map((topic) => [topic, ['en']]));
        const matches = matchTopics(topics, typed);
        const holding = ids.filter((topic) => words(topic).includes(words(typed)));
        assert.equal(matches.of, ids.length);
        assert.equal(matches.total, holding.length);
        assert.equal(matches.shown.length, Math.min(MATCHES_SHOWN, holding.length));
        for (const topic of matches.shown) assert.ok(holding.includes(topic), `${topic} holds "${typed}"`);
        const starts = matches.shown.map((topic) => words(topic).startsWith(words(typed)));
        assert.deepEqual(starts, [...starts].sort((a, b) => Number(b) - Number(a)), 'names that start with the search first');
      }),
      { seed, numRuns: 500 },
    );
  });

  it('reads an id as words both ways: hyphens, underscores and spaces are the same to the search', () => {
    const topics = { 'restless-legs_syndrome': ['en'], restless: ['en'] };
    const matches = matchTopics(topics, 'Legs  Syndrome');
    assert.deepEqual(matches.shown, ['restless-legs_syndrome']);
    assert.equal(readableTopic('restless-legs_syndrome'), 'Restless legs syndrome');
    assert.equal(namedTopic(matchTopics(topics, 'restless'), 'Restless'), 'restless');
    assert.equal(namedTopic(matches, 'Legs  Syndrome'), undefined);
  });

  it('says how many match, with thousands written out', () => {
    const topics = Object.fromEntries(Array.from({ length: 5000 }, (_, n) => [`topic-${n}`, ['en']]));
    assert.equal(matchesLine(matchTopics(topics, ''), '', false), '5,000 topics: type part of a name to find one.');
    assert.equal(matchesLine(matchTopics(topics, ''), '', true), '20 of 5,000 topics shown: type more to narrow the list.');
    assert.equal(matchesLine(matchTopics(topics, 'topic 4999'), 'topic 4999', true), '1 topic matches.');
    assert.equal(matchesLine(matchTopics(topics, 'nothing'), ' nothing ', true), 'No topic matches “nothing”.');
  });
});
