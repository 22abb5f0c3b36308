/**
 * Info: reading level. English: the Flesch-Kincaid grade; Spanish: the Fernández Huerta index
 * (docs/content-linter.md says why each, and how prose is counted).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { baseLanguage } from '../../../src/shared/locales.js';
import { count, wholeFile } from '../findings.js';
import { field, inlineTexts, wordsOf } from '../payload.js';
import type { Finding } from '../types.js';

export interface ProseCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A sentence ends at . ! or ? before a space or the end, so "2.5" and "www.nih.gov" do not end one. */
const SENTENCE_END = /[.!?]+(?=\s|$)/u;

/** Words hold a letter: "2017" is read as a number, not measured as a word. */
function wordsIn(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => /\p{L}/u.test(word));
}

/**
 * Counts the article's own prose (summary, paragraphs, lead-ins, list items, captions; not the
 * references or the disclaimer). Words after the last full stop still make a sentence, so a
 * caption without a full stop, or a lead-in ending in ":", counts as one.
 */
export function countProse(input: unknown, syllablesOf: (word: string) => number): ProseCounts {
  const counts: ProseCounts = { words: 0, sentences: 0, syllables: 0 };
  for (const prose of inlineTexts(input)) {
    const text = wordsOf(prose.value);
    const words = wordsIn(text);
    if (words.length === 0) continue;
    counts.words += words.length;
    counts.syllables += words.reduce((sum, word) => sum + Math.max(1, syllablesOf(word)), 0);
    counts.sentences += prose.isListItem ? 1 : text.split(SENTENCE_END).filter((part) => wordsIn(part).length > 0).length;
  }
  return counts;
}

const SPANISH_VOWELS = 'aeiouáéíóúü';
const STRONG_VOWELS = 'aeoáéó';
const ACCENTED_WEAK_VOWELS = 'íú';

/**
 * Syllables in a Spanish word, by a small heuristic: each group of vowels is one syllable (a
 * diphthong, such as "io" in "mio-clo-ní-a"), except that two strong vowels (a, e, o) side by side,
 * or an accented í or ú beside any vowel, are said apart (hiatus: "re-ac-ción", "ní-a", "pa-ís").
 * A final "y" is a vowel ("muy", "y"). The silent "u" of "que", "gui" joins its vowel's group, as it
 * should. It miscounts a few words ("guía"), which moves a whole article's score very little.
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase();
  let syllables = 0;
  let previousVowel: string | undefined;
  for (let index = 0; index < letters.length; index += 1) {
    const letter = letters[index]!;
    const isVowel = SPANISH_VOWELS.includes(letter) || (letter === 'y' && index === letters.length - 1);
    if (!isVowel) {
      previousVowel = undefined;
      continue;
    }
    if (previousVowel === undefined || isHiatus(previousVowel, letter)) syllables += 1;
    previousVowel = letter;
  }
  return Math.max(1, syllables);
}

function isHiatus(first: string, second: string): boolean {
  const bothStrong = STRONG_VOWELS.includes(first) && STRONG_VOWELS.includes(second);
  return bothStrong || ACCENTED_WEAK_VOWELS.includes(first) || ACCENTED_WEAK_VOWELS.includes(second);
}

/**
 * The Fernández Huerta index (1959), Flesch's reading ease adapted to Spanish: higher is easier.
 * It is usually quoted as 206.84 − 0.60·P − 1.02·F with F as sentences per 100 words, a misprint
 * (Law, 2011): that sign would make shorter sentences score harder. Here F is words per sentence,
 * as in Flesch's own formula, which Fernández Huerta's weights follow (1.02 against Flesch's 1.015).
 */
export function fernandezHuerta({ words, sentences, syllables }: ProseCounts): number {
  const syllablesPer100Words = (100 * syllables) / words;
  const wordsPerSentence = words / sentences;
  return 206.84 - 0.6 * syllablesPer100Words - 1.02 * wordsPerSentence;
}

const FERNANDEZ_HUERTA_LABELS: [number, string][] = [
  [90, 'very easy'],
  [80, 'easy'],
  [70, 'fairly easy'],
  [60, 'standard'],
  [50, 'fairly difficult'],
  [30, 'difficult'],
];

export function fernandezHuertaLabel(score: number): string {
  return FERNANDEZ_HUERTA_LABELS.find(([floor]) => score >= floor)?.[1] ?? 'very difficult';
}

/** Info: the article's reading level, in English and Spanish. */
export function readingLevel(input: unknown): Finding[] {
  const locale = field(input, 'locale');
  if (typeof locale !== 'string') return [];
  const language = baseLanguage(locale);
  const info = (message: string): Finding[] => [wholeFile('info', `reading level: ${message}`)];
  if (language !== 'en' && language !== 'es') return info(`not measured for "${locale}" (only English and Spanish are).`);

  const counts = countProse(input, language === 'en' ? syllable : spanishSyllables);
  if (counts.words === 0) return info('no prose to measure.');
  const size = `(${count(counts.words, 'word')}, ${count(counts.sentences, 'sentence')})`;
  if (language === 'en') {
    const grade = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
    return info(`Flesch-Kincaid grade ${grade.toFixed(1)} ${size}`);
  }
  const score = fernandezHuerta(counts);
  return info(`Fernández Huerta ${score.toFixed(1)}, ${fernandezHuertaLabel(score)} ${size}`);
}
