/** The published-content contract (src/content/published.ts): each rule the build, the elements and the tools share. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  doiUrl,
  escapeAttribute,
  hashedName,
  isLocalFigure,
  misplacedFields,
  normalizeCode,
  prerenderedFileName,
  sectionAnchor,
} from '../../src/content/published.js';

const DIGEST = createHash('sha256').update('{"id":"myoclonus"}').digest('hex');

describe('published file names', () => {
  it('carry the first 10 hex digits of the SHA-256 between the name and the extension', () => {
    assert.equal(hashedName('myoclonus.en', '.json', DIGEST), `myoclonus.en.${DIGEST.slice(0, 10)}.json`);
    assert.equal(hashedName('nervous-system', '.svg', 'abcdef0123456789'), 'nervous-system.abcdef0123.svg');
  });
});

describe('the local-figure rule', () => {
  it('takes a file name beside the payload, hashed or not, for a file of the topics folder', () => {
    for (const src of ['nervous-system.svg', 'nervous-system.9bbea85a4e.svg', 'a.png', 'https-flow.svg', 'http-flow.svg']) {
      assert.equal(isLocalFigure(src), true, src);
    }
  });

  it('takes an https address for an address, used as it is', () => {
    for (const src of ['https://example.org/figure.svg', 'https://cdn.example/nervous-system.9bbea85a4e.svg']) {
      assert.equal(isLocalFigure(src), false, src);
    }
  });
});

describe('the section anchor', () => {
  it('is the topic id and the section id, joined by a hyphen', () => {
    assert.equal(sectionAnchor('myoclonus', 'symptoms'), 'myoclonus-symptoms');
  });
});

describe('the DOI link', () => {
  it('is doi.org followed by the DOI, its slashes kept', () => {
    assert.equal(doiUrl('10.3390/brainsci7080103'), 'https://doi.org/10.3390/brainsci7080103');
    assert.equal(doiUrl('10.1002/(SICI)1097-4636:2;3-K/a_b~c.d*e!f\'g$h&i=j+k,l@m'), 'https://doi.org/10.1002/(SICI)1097-4636:2;3-K/a_b~c.d*e!f\'g$h&i=j+k,l@m');
  });

  it('percent-encodes `<`, `#` and a space, so the link is the DOI and nothing else', () => {
    const url = doiUrl('10.1234/a<b #c');
    assert.equal(url, 'https://doi.org/10.1234/a%3Cb%20%23c');
    const parsed = new URL(url);
    assert.equal(parsed.origin, 'https://doi.org');
    assert.equal(parsed.hash, '');
    assert.equal(decodeURIComponent(parsed.pathname), '/10.1234/a<b #c');
  });

  it('percent-encodes what would end the path or change its meaning, and what is not ASCII, as UTF-8', () => {
    assert.equal(doiUrl('10.1234/a?b%c"d>e\\f{g}|^`[h]'), 'https://doi.org/10.1234/a%3Fb%25c%22d%3Ee%5Cf%7Bg%7D%7C%5E%60%5Bh%5D');
    assert.equal(doiUrl('10.1234/é😀\n'), 'https://doi.org/10.1234/%C3%A9%F0%9F%98%80%0A');
  });

  it('gives a lone surrogate, which has no UTF-8, as U+FFFD rather than failing', () => {
    assert.equal(doiUrl('10.1234/a\uD800b\uDC00'), 'https://doi.org/10.1234/a%EF%BF%BDb%EF%BF%BD');
  });
});

describe('clinical-code normalisation', () => {
  it('is upper case without any space', () => {
    assert.equal(normalizeCode(' g25. 3\t'), 'G25.3');
    assert.equal(normalizeCode('17450006'), '17450006');
    assert.equal(normalizeCode('a\n b  c'), 'ABC');
  });
});

describe('the prerendered file name', () => {
  it('is <topic>.<locale>.html, and .strict-csp.html for the strict-CSP snippet', () => {
    assert.equal(prerenderedFileName('myoclonus', 'es'), 'myoclonus.es.html');
    assert.equal(prerenderedFileName('myoclonus', 'es', false), 'myoclonus.es.html');
    assert.equal(prerenderedFileName('myoclonus', 'pt-BR', true), 'myoclonus.pt-BR.strict-csp.html');
  });
});

describe('attribute escaping', () => {
  it('escapes &, " and < (each of them, everywhere), and leaves the rest', () => {
    assert.equal(escapeAttribute('a&b"c<d>e\'f&"<'), 'a&amp;b&quot;c&lt;d>e\'f&amp;&quot;&lt;');
    assert.equal(escapeAttribute('&amp;'), '&amp;amp;');
  });
});

describe('the place of a payload', () => {
  const place = { topic: 'myoclonus', locale: 'es' };

  it('finds nothing when the id is the folder and the locale the file', () => {
    assert.deepEqual(misplacedFields({ id: 'myoclonus', locale: 'es' }, place), []);
  });

  it('names the id that is not its folder and the locale that is not its file', () => {
    assert.deepEqual(misplacedFields({ id: 'tremor', locale: 'es' }, place), ['id']);
    assert.deepEqual(misplacedFields({ id: 'myoclonus', locale: 'en' }, place), ['locale']);
    assert.deepEqual(misplacedFields({ id: 'tremor', locale: 'en' }, place), ['id', 'locale']);
  });

  it('leaves fields that are not strings to the schema', () => {
    assert.deepEqual(misplacedFields({ id: 5, locale: null }, place), []);
    assert.deepEqual(misplacedFields({}, place), []);
  });
});
