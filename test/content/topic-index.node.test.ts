/** The topic index and payload files as the elements read them (src/content/topic-index.ts, src/content/figures.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPayload } from '../../src/content/figures.js';
import { readTopicIndex, UnreadableIndex } from '../../src/content/topic-index.js';

describe('the topic index', () => {
  it('gives each topic\'s payload file by locale', () => {
    const topics = { myoclonus: { en: 'myoclonus.en.eb2276cb16.json', es: 'myoclonus.es.d7f291c798.json' }, empty: {} };
    const integrity = { 'myoclonus.en.eb2276cb16.json': 'sha256-AAAA', 'myoclonus.es.d7f291c798.json': 'sha256-BBBB' };
    assert.deepEqual(readTopicIndex(JSON.stringify({ topics, integrity, builtBy: 'scripts/build-content.ts' })), { topics, integrity });
  });

  it('is refused, as a CDN answering with something else would make it, in one kind of error', () => {
    for (const text of ['null', '[]', '{}', '{"topics": null}', '{"topics": "myoclonus"}', '{"topics": true}', '{"topics": 42}', '{"topics": {"myoclonus": null}}',
      '{"topics": {"myoclonus": "en.json"}}', '{"topics": {"myoclonus": {"en": 42}}}', '{"topics": {"a": {"en": "a.json"}, "b": {"es": false}}}',
      // The hashes the elements check each file against: an index without them vouches for nothing.
      '{"topics": {}}', '{"topics": {}, "integrity": null}', '{"topics": {}, "integrity": "sha256-x"}', '{"topics": {}, "integrity": {"a.json": 42}}',
      // With its hashes, and still no index of topics.
      '{"topics": 42, "integrity": {}}', '{"topics": {"a": {"en": "a.json"}, "b": {"es": false}}, "integrity": {}}']) {
      assert.throws(() => readTopicIndex(text), (error) => error instanceof UnreadableIndex && error.message === 'The topic index is not readable.', text);
    }
  });
});

describe('a payload file', () => {
  const text = JSON.stringify({
    id: 'myoclonus',
    sections: [{ id: 'causes', blocks: [
      { type: 'figure', src: 'nervous-system.9bbea85a4e.svg', alt: 'The brain' },
      { type: 'paragraph', text: 'Not a figure', src: 'not-a-figure.svg' },
      { type: 'figure', src: 7 },
    ] }],
  });

  it('addresses each figure file where the reader is served it', () => {
    const payload = readPayload(text, (src) => `https://cdn.example/topics/${src}`) as any;
    assert.deepEqual(payload.sections[0].blocks.map((block: { src: unknown }) => block.src), [
      'https://cdn.example/topics/nervous-system.9bbea85a4e.svg',
      'not-a-figure.svg',
      7,
    ]);
  });

  it('is read into objects without a prototype, so nothing added to Object.prototype is read from it', () => {
    const payload = readPayload(text, (src) => src) as any;
    assert.equal(Object.getPrototypeOf(payload), null);
    assert.equal(Object.getPrototypeOf(payload.sections[0].blocks[0]), null);
    assert.ok(Array.isArray(payload.sections));
    assert.deepEqual(JSON.parse(JSON.stringify(payload)), JSON.parse(text));
  });
});
