/** The content linter's reading level (scripts/lint-content/rules/reading-level.ts), on prose made here. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countProse, fernandezHuerta, fernandezHuertaLabel, readingLevel, spanishSyllables } from '../../scripts/lint-content/rules/reading-level.js';

const messageOf = (input: unknown) => readingLevel(input).map((finding) => `${finding.path}|${finding.severity}|${finding.message}`);

describe('counting prose', () => {
  it('counts words with letters, joined by apostrophes and hyphens, and sentences ended by . ! ? before a space', () => {
    const input = {
      summary: ['Version 2.5 at www.nih.gov is out... Really?! Yes'],
      sections: [{ blocks: [{ type: 'paragraph', text: [{ type: 'text', text: 'It’s well-known' }] }] }],
    };
    // Words: Version, at, www, nih, gov, is, out, Really, Yes, It’s, well-known; "2.5" is a number.
    assert.deepEqual(countProse(input, (word) => word.length), { words: 11, sentences: 4, syllables: 46 });
  });

  it('counts a list item as one sentence, and the sentences of every other kind of prose', () => {
    const input = {
      summary: ['One. Two.'],
      sections: [{ blocks: [
        { type: 'paragraph', text: 'Three. Four.' },
        { type: 'list', leadIn: 'Five. Six:', items: ['Seven. Still seven.', '2024'] },
        { type: 'figure', caption: 'Eight. Nine' },
      ] }],
    };
    assert.deepEqual(countProse(input, () => 1), { words: 11, sentences: 9, syllables: 11 });
  });

  it('counts every word as at least one syllable', () => {
    assert.deepEqual(countProse({ summary: ['Hm. Brr!'] }, () => 0), { words: 2, sentences: 2, syllables: 2 });
  });

  it('passes over text without words, and prose that is not text', () => {
    assert.deepEqual(countProse({ summary: ['2017.', '', 42, [{ type: 'text' }], [null], [null, { type: 'text', text: 'Word' }]] }, () => 1), { words: 0, sentences: 0, syllables: 0 });
  });
});

describe('Spanish syllables', () => {
  it('are groups of vowels, with strong pairs and accented í, ú said apart', () => {
    const expected: Record<string, number> = { leer: 2, oído: 3, reúne: 3, ÚLTIMO: 3, hoy: 1, yo: 1, rey: 1, bsq: 1, cuidado: 3, poeta: 3, ayuda: 3, bíceps: 2, rugby: 2,
      // Words of the Spanish article: mio-clo-ní-a ("io" a diphthong, "ía" a hiatus), re-ac-ción.
      mioclonía: 4, reacción: 3, país: 2, ciudad: 2, que: 1, muy: 1, y: 1, aéreo: 4, cerebrovascular: 6, enfermedad: 4, síntoma: 3 };
    for (const [word, syllables] of Object.entries(expected)) assert.equal(spanishSyllables(word), syllables, word);
  });
});

describe('the Fernández Huerta index', () => {
  it('is 206.84 less 0.60 per syllable in 100 words, less 1.02 per word in a sentence', () => {
    assert.equal(fernandezHuerta({ words: 10, sentences: 2, syllables: 20 }).toFixed(2), '81.74');
    assert.equal(fernandezHuerta({ words: 100, sentences: 5, syllables: 150 }).toFixed(2), '96.44');
  });

  it('is labelled from its lower bound up', () => {
    const labels = [[90, 'very easy'], [89.9, 'easy'], [80, 'easy'], [79.9, 'fairly easy'], [70, 'fairly easy'], [69.9, 'standard'], [60, 'standard'],
      [59.9, 'fairly difficult'], [50, 'fairly difficult'], [49.9, 'difficult'], [30, 'difficult'], [29.9, 'very difficult'], [-5, 'very difficult']] as const;
    for (const [score, label] of labels) assert.equal(fernandezHuertaLabel(score), label, String(score));
  });
});

describe('the reading level finding', () => {
  it('gives English prose its Flesch-Kincaid grade, with the words and sentences counted', () => {
    assert.deepEqual(messageOf({ locale: 'en-GB', summary: ['The cat sat on the mat. It was warm.'] }), [
      '|info|reading level: Flesch-Kincaid grade -2.0 (9 words, 2 sentences)',
    ]);
    assert.deepEqual(messageOf({ locale: 'en', summary: ['Myoclonus.'] }), ['|info|reading level: Flesch-Kincaid grade 20.2 (1 word, 1 sentence)']);
    // English syllables, as English counts them: "beau-ti-ful" is three.
    assert.deepEqual(messageOf({ locale: 'en', summary: ['Beautiful.'] }), ['|info|reading level: Flesch-Kincaid grade 20.2 (1 word, 1 sentence)']);
  });

  it('gives Spanish prose its Fernández Huerta index and label', () => {
    assert.deepEqual(messageOf({ locale: 'es-MX', summary: ['El gato se sentó. Hacía calor.'] }), [
      '|info|reading level: Fernández Huerta 93.8, very easy (6 words, 2 sentences)',
    ]);
  });

  it('says when there is nothing to measure, or the language is not measured', () => {
    assert.deepEqual(messageOf({ locale: 'en', summary: ['2017'] }), ['|info|reading level: no prose to measure.']);
    assert.deepEqual(messageOf({ locale: 'fr', summary: ['Le chat.'] }), ['|info|reading level: not measured for "fr" (only English and Spanish are).']);
    assert.deepEqual(messageOf({ summary: ['No locale.'] }), []);
  });
});
