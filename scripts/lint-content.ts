/**
 * Lints topic payloads: the schema, and what a medical editor should know before publishing.
 *
 *   tsx scripts/lint-content.ts [files...] [--strict] [--max-review-age-days N] [--today YYYY-MM-DD]
 *   npm run lint:content -- [files...] [options]
 *
 * Without files it lints every content/topics/<topic>/<locale>.json. It prints one line per finding,
 * `<file>:<json path>: <severity>: <message>` (`<file>: <severity>: <message>` when the finding is
 * about the whole file), then a summary line. Errors break the widget or the reader's safety;
 * warnings are editorial; info lines give each article's reading level.
 *
 *   --strict                  warnings fail the run too
 *   --max-review-age-days N   how old the last medical review may be (default 1095, three years)
 *   --today YYYY-MM-DD        the day review ages are counted to (default: today), for repeatable runs
 *
 * Exit code: 1 when a payload has an error (or, with --strict, a warning); 2 on a bad option; else 0.
 * docs/content-linter.md lists the rules and why each exists.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { InlineText } from '../src/content/schema.js';
import { plainText } from '../src/content/rich-text.js';
import { validateTopic } from '../src/content/validate.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** A JSON path as validate.ts writes it, such as `sections[2].blocks[0]`; empty for the whole file. */
  path: string;
  severity: Severity;
  message: string;
}

export interface LintOptions {
  /** The day review ages are counted to, `YYYY-MM-DD`. */
  today: string;
  maxReviewAgeDays: number;
}

/** The payload a translation was made from, as found beside it. */
export type Original = { fileName: string; found: false } | { fileName: string; found: true; payload: unknown };

export interface LintContext extends LintOptions {
  /** The topic and locale the payload's place names, when it sits at `topics/<topic>/<locale>.json`. */
  expected?: { topic: string; locale: string };
  /** For a translation: the payload it translates. Left out when it could not be read. */
  original?: Original;
}

export const DEFAULT_MAX_REVIEW_AGE_DAYS = 1095;

const root = path.resolve(import.meta.dirname, '..');
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const DAY_MS = 24 * 60 * 60 * 1000;
/** The same rule as the schema's links: the web, e-mail or the phone, never `javascript:` or `data:`. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)\S+$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Ids a CMS or an export makes up: `section-1`, `s2`, `part-3`, `42`, hash-like strings. */
const POSITIONAL_ID = /^(?:(?:section|sec|s|part|p|chapter|heading|h)-?\d+|\d+|(?=[a-f]*\d)[0-9a-f]{8,})$/;

/** Every finding for one parsed payload, errors first. */
export function lintPayload(input: unknown, context: LintContext): Finding[] {
  const findings = [
    ...schemaFindings(input),
    ...placeFindings(input, context.expected),
    ...duplicateSectionIds(input),
    ...unsafeLinks(input),
    ...impossibleDates(input),
    ...danglingLeadIns(input),
    ...figuresWithoutAltOrCredit(input),
    ...missingDates(input),
    ...overdueReview(input, context),
    ...untraceableReferences(input),
    ...unstableSectionIds(input),
    ...translationDifferences(input, context.original),
    ...readingLevel(input),
  ];
  return findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** Reads, parses and lints one payload file, finding its place and, for a translation, its original. */
export function lintFile(file: string, options: LintOptions): Finding[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return [wholeFile('error', `The file cannot be read (${(error as Error).message}).`)];
  }
  const parsed = parseJson(source);
  if (!parsed.ok) return [wholeFile('error', parsed.message)];
  return lintPayload(parsed.value, { ...options, expected: expectedPlace(file), original: originalOf(file, parsed.value) });
}

// ---------------------------------------------------------------------------------------------
// Reading the raw JSON: every rule but the schema's runs on data that may not match the schema,
// so each access is guarded and a missing part is simply not checked.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function entries(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

interface Located {
  value: unknown;
  path: string;
}

function sectionsOf(input: unknown): Located[] {
  return entries(field(input, 'sections')).map((value, index) => ({ value, path: `sections[${index}]` }));
}

function blocksOf(section: Located): Located[] {
  return entries(field(section.value, 'blocks')).map((value, index) => ({ value, path: `${section.path}.blocks[${index}]` }));
}

interface Prose extends Located {
  /** A list item counts as one sentence, whatever its punctuation. */
  isListItem: boolean;
}

/** Every place inline text can hold the article's words and links: summary, paragraphs, lists, captions. */
function inlineTexts(input: unknown): Prose[] {
  const found: Prose[] = entries(field(input, 'summary')).map((value, index) => ({ value, path: `summary[${index}]`, isListItem: false }));
  for (const block of sectionsOf(input).flatMap(blocksOf)) {
    const at = (key: string): Prose => ({ value: field(block.value, key), path: `${block.path}.${key}`, isListItem: false });
    switch (field(block.value, 'type')) {
      case 'paragraph':
        found.push(at('text'));
        break;
      case 'list':
        if (field(block.value, 'leadIn') !== undefined) found.push(at('leadIn'));
        entries(field(block.value, 'items')).forEach((value, index) => {
          found.push({ value, path: `${block.path}.items[${index}]`, isListItem: true });
        });
        break;
      case 'figure':
        if (field(block.value, 'caption') !== undefined) found.push(at('caption'));
        break;
    }
  }
  return found;
}

/** Inline text as far as plainText needs it: a string, or runs that each hold their text. */
function isReadable(value: unknown): value is InlineText {
  return typeof value === 'string' || (Array.isArray(value) && value.every((run) => typeof field(run, 'text') === 'string'));
}

function wordsOf(value: unknown): string {
  return isReadable(value) ? plainText(value) : '';
}

function errorAt(path: string, message: string): Finding {
  return { path, severity: 'error', message };
}

function warningAt(path: string, message: string): Finding {
  return { path, severity: 'warning', message };
}

function wholeFile(severity: Severity, message: string): Finding {
  return { path: '', severity, message };
}

// ---------------------------------------------------------------------------------------------
// Errors: the widget would break, or a reader could be harmed.

function schemaFindings(input: unknown): Finding[] {
  const result = validateTopic(input);
  if (result.ok) return [];
  return result.issues.map((issue) => errorAt(issue.path, `Schema: ${plainSchemaMessage(issue.message)}`));
}

/** valibot's generic wording, said the way an editor would. */
function plainSchemaMessage(message: string): string {
  const missing = /^Invalid key: Expected "(.+)" but received undefined$/.exec(message);
  if (missing) return `"${missing[1]}" is required but missing.`;
  const unknown = /^Unknown property \(Invalid key: Expected never but received "(.+)"\)\.$/.exec(message);
  if (unknown) return `"${unknown[1]}" is not a field payloads may have (a misspelling?).`;
  // validate.ts labels a wrong type where an object belongs as an unknown property: keep only the type.
  const wrongType = /^Unknown property \((Invalid type: .+)\)\.$/.exec(message);
  if (wrongType) return `${wrongType[1]}.`;
  return message;
}

function placeFindings(input: unknown, expected: LintContext['expected']): Finding[] {
  if (!expected) return [];
  const findings: Finding[] = [];
  const id = field(input, 'id');
  const locale = field(input, 'locale');
  if (typeof id === 'string' && id !== expected.topic) {
    findings.push(errorAt('id', `The topic id is "${id}" but its folder is "${expected.topic}"; they must match or the build stops.`));
  }
  if (typeof locale === 'string' && locale !== expected.locale) {
    const file = `${expected.locale}.json`;
    findings.push(errorAt('locale', `The locale is "${locale}" but the file is "${file}"; they must match or the build stops.`));
  }
  return findings;
}

/** The fragment a hospital page links to: `#myoclonus-symptoms`. */
function deepLink(input: unknown, sectionId: string): string {
  const topic = field(input, 'id');
  return typeof topic === 'string' ? `#${topic}-${sectionId}` : `#…-${sectionId}`;
}

function duplicateSectionIds(input: unknown): Finding[] {
  const firstPathOf = new Map<string, string>();
  const findings: Finding[] = [];
  for (const section of sectionsOf(input)) {
    const id = field(section.value, 'id');
    if (typeof id !== 'string') continue;
    const first = firstPathOf.get(id);
    if (first === undefined) {
      firstPathOf.set(id, section.path);
      continue;
    }
    const collision = `both sections would answer to the deep link ${deepLink(input, id)}`;
    findings.push(errorAt(`${section.path}.id`, `Section id "${id}" is also the id of ${first}; ${collision}.`));
  }
  return findings;
}

function unsafeLinks(input: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const text of inlineTexts(input)) {
    entries(text.value).forEach((run, index) => {
      if (field(run, 'type') !== 'link') return;
      const href = field(run, 'href');
      if (typeof href === 'string' && SAFE_LINK.test(href)) return;
      const words = typeof field(run, 'text') === 'string' ? `"${field(run, 'text')}"` : 'without text';
      const target = typeof href === 'string' ? `leads to "${href}"` : 'has no address';
      const allowed = 'a web page (http:// or https://), an e-mail address (mailto:) or a phone number (tel:)';
      findings.push(errorAt(`${text.path}[${index}].href`, `The link ${words} ${target}: a link may only lead to ${allowed}.`));
    });
  }
  return findings;
}

const DATE_FIELDS = [
  { key: 'lastReviewed', label: 'Last reviewed', what: 'date of the last medical review' },
  { key: 'lastUpdated', label: 'Last updated', what: 'date the article last changed' },
] as const;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The schema checks the form only: "2024-02-30" passes it, and the widget would show 1 March or fail. */
function impossibleDates(input: unknown): Finding[] {
  return DATE_FIELDS.flatMap(({ key }) => {
    const value = field(input, key);
    if (typeof value !== 'string' || !DATE_PATTERN.test(value) || isCalendarDate(value)) return [];
    return [errorAt(key, `"${value}" is not a real date; the widget would show another day or fail to show the article.`)];
  });
}

// ---------------------------------------------------------------------------------------------
// Warnings: editorial.

/** The source article's own defect: a lead-in paragraph whose list was lost (the next block is not a list). */
function danglingLeadIns(input: unknown): Finding[] {
  return sectionsOf(input).flatMap((section) => {
    const blocks = blocksOf(section);
    return blocks.flatMap((block, index) => {
      if (field(block.value, 'type') !== 'paragraph') return [];
      if (!wordsOf(field(block.value, 'text')).trimEnd().endsWith(':')) return [];
      if (field(blocks[index + 1]?.value, 'type') === 'list') return [];
      const cause = 'the list it introduces is missing, or the ":" should be a full stop';
      return [warningAt(`${block.path}.text`, `This paragraph ends in ":" but no list follows it; ${cause}.`)];
    });
  });
}

function figuresWithoutAltOrCredit(input: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const block of sectionsOf(input).flatMap(blocksOf)) {
    if (field(block.value, 'type') !== 'figure') continue;
    if (!hasText(field(block.value, 'alt'))) {
      const why = 'people who cannot see it learn nothing from it';
      findings.push(warningAt(`${block.path}.alt`, `The figure has no alt text, so ${why}; describe what the picture shows.`));
    }
    if (!hasText(field(block.value, 'credit'))) {
      const advice = 'say who made the picture and under what terms it is used';
      findings.push(warningAt(`${block.path}.credit`, `The figure has no credit; ${advice}.`));
    }
  }
  return findings;
}

/** SOURCES.md: an unknown date is left out, never invented. */
const NEVER_GUESSED = 'never a guessed date';

function missingDates(input: unknown): Finding[] {
  return DATE_FIELDS.filter(({ key }) => field(input, key) === undefined).map(({ key, label, what }) => {
    const omitted = `the widget leaves out the "${label}" row`;
    return warningAt(key, `The ${what} is not given, so ${omitted}; add it only when it is known, ${NEVER_GUESSED}.`);
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function overdueReview(input: unknown, { today, maxReviewAgeDays }: LintOptions): Finding[] {
  const reviewed = field(input, 'lastReviewed');
  if (typeof reviewed !== 'string' || !DATE_PATTERN.test(reviewed) || !isCalendarDate(reviewed)) return [];
  const age = daysBetween(reviewed, today);
  if (age <= maxReviewAgeDays) return [];
  const overdue = `more than the ${maxReviewAgeDays} days allowed; the article is due for review`;
  return [warningAt('lastReviewed', `The last medical review was on ${reviewed}, ${age} days before ${today}, ${overdue}.`)];
}

function untraceableReferences(input: unknown): Finding[] {
  return entries(field(input, 'references')).flatMap((reference, index) => {
    if (hasText(field(reference, 'doi')) || hasText(field(reference, 'url'))) return [];
    const title = field(reference, 'title');
    const named = hasText(title) ? ` ("${title}")` : '';
    const why = 'so readers cannot find the source from the article; add one once it is verified';
    return [warningAt(`references[${index}]`, `Reference ${index + 1}${named} has neither a DOI nor a URL, ${why}.`)];
  });
}

/** Hospitals link to sections by id, so an id must name the section, not its position. */
function unstableSectionIds(input: unknown): Finding[] {
  return sectionsOf(input).flatMap((section) => {
    const id = field(section.value, 'id');
    if (typeof id !== 'string' || !(POSITIONAL_ID.test(id) || id.toLowerCase().includes('untitled'))) return [];
    const advice = 'so use words that name the section, such as "symptoms", and keep them once published';
    const why = `hospital pages deep-link to sections (${deepLink(input, id)})`;
    return [warningAt(`${section.path}.id`, `Section id "${id}" looks positional or generated; ${why}, ${advice}.`)];
  });
}

function translationDifferences(input: unknown, original: Original | undefined): Finding[] {
  const translationOf = field(input, 'translationOf');
  if (typeof translationOf !== 'string' || !original) return [];
  if (!original.found) {
    const missing = `there is no ${original.fileName} beside it to compare its structure with`;
    return [warningAt('translationOf', `This payload translates "${translationOf}", but ${missing}.`)];
  }
  const difference = firstStructureDifference(input, original.payload);
  if (!difference) return [];
  return [warningAt(difference.path, `${difference.message} in ${original.fileName}, the payload this one translates.`)];
}

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

/**
 * Where a translation first leaves its original's shape: sections, their ids and order, block
 * types, list lengths, summary paragraphs and references. The message ends "here but … " for the
 * caller to name the original.
 */
function firstStructureDifference(translation: unknown, original: unknown): { path: string; message: string } | undefined {
  const summaryHere = entries(field(translation, 'summary')).length;
  const summaryThere = entries(field(original, 'summary')).length;
  if (summaryHere !== summaryThere) {
    return { path: 'summary', message: `The summary has ${count(summaryHere, 'paragraph')} here but ${summaryThere}` };
  }
  const sectionsHere = sectionsOf(translation);
  const sectionsThere = sectionsOf(original);
  for (let index = 0; index < Math.min(sectionsHere.length, sectionsThere.length); index += 1) {
    const difference = firstSectionDifference(sectionsHere[index]!, sectionsThere[index]!, index);
    if (difference) return difference;
  }
  if (sectionsHere.length !== sectionsThere.length) {
    return { path: 'sections', message: `The article has ${count(sectionsHere.length, 'section')} here but ${sectionsThere.length}` };
  }
  const referencesHere = entries(field(translation, 'references')).length;
  const referencesThere = entries(field(original, 'references')).length;
  if (referencesHere !== referencesThere) {
    return { path: 'references', message: `The article has ${count(referencesHere, 'reference')} here but ${referencesThere}` };
  }
  return undefined;
}

function firstSectionDifference(here: Located, there: Located, index: number): { path: string; message: string } | undefined {
  const idHere = String(field(here.value, 'id'));
  const idThere = String(field(there.value, 'id'));
  if (idHere !== idThere) {
    return { path: `${here.path}.id`, message: `Section ${index + 1} has the id "${idHere}" here but "${idThere}"` };
  }
  const blocksHere = blocksOf(here);
  const blocksThere = blocksOf(there);
  for (let blockIndex = 0; blockIndex < Math.min(blocksHere.length, blocksThere.length); blockIndex += 1) {
    const blockHere = blocksHere[blockIndex]!;
    const typeHere = String(field(blockHere.value, 'type'));
    const typeThere = String(field(blocksThere[blockIndex]!.value, 'type'));
    if (typeHere !== typeThere) {
      const message = `Block ${blockIndex + 1} of section "${idHere}" is a ${typeHere} here but a ${typeThere}`;
      return { path: `${blockHere.path}.type`, message };
    }
    const itemsHere = entries(field(blockHere.value, 'items')).length;
    const itemsThere = entries(field(blocksThere[blockIndex]!.value, 'items')).length;
    if (typeHere === 'list' && itemsHere !== itemsThere) {
      return { path: `${blockHere.path}.items`, message: `This list has ${count(itemsHere, 'item')} here but ${itemsThere}` };
    }
  }
  if (blocksHere.length !== blocksThere.length) {
    const message = `Section "${idHere}" has ${count(blocksHere.length, 'block')} here but ${blocksThere.length}`;
    return { path: `${here.path}.blocks`, message };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Info: reading level.

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

function readingLevel(input: unknown): Finding[] {
  const locale = field(input, 'locale');
  if (typeof locale !== 'string') return [];
  const language = locale.split('-')[0]!.toLowerCase();
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

// ---------------------------------------------------------------------------------------------
// Files.

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseJson(source: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    // Node's messages can quote the whole file and do not always give a position: say it shortly, with a line.
    const reason = (error as Error).message
      .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
      .replace(/(?: in JSON)? at position \d+.*$/s, '');
    const offset = jsonErrorOffset(source);
    const where = offset < 0 ? '' : ` (${lineAndColumn(source, offset)})`;
    return { ok: false, message: `The file is not valid JSON: ${reason}${where}.` };
  }
}

const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_SCALAR = new RegExp(`${JSON_STRING.source}|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null`, 'y');

/** Where the JSON grammar first fails, as an offset (-1 if it does not): the editor's "where". */
function jsonErrorOffset(source: string): number {
  let at = 0;
  const skipSpace = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at]!)) at += 1;
  };
  const expect = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(source)) throw at;
    at = pattern.lastIndex;
  };
  const container = (close: string, member: () => void) => {
    at += 1;
    skipSpace();
    if (source[at] === close) return void (at += 1);
    for (;;) {
      member();
      skipSpace();
      if (source[at] === close) return void (at += 1);
      if (source[at] !== ',') throw at;
      at += 1;
    }
  };
  const value = (): void => {
    skipSpace();
    if (source[at] === '{') {
      return container('}', () => {
        skipSpace();
        expect(JSON_STRING);
        skipSpace();
        expect(/:/y);
        value();
      });
    }
    if (source[at] === '[') return container(']', value);
    expect(JSON_SCALAR);
  };
  try {
    value();
    skipSpace();
    return at < source.length ? at : -1;
  } catch (stop) {
    if (typeof stop === 'number') return stop;
    throw stop;
  }
}

function lineAndColumn(source: string, offset: number): string {
  const lines = source.slice(0, offset).split('\n');
  return `line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
}

/** Payloads live at topics/<topic>/<locale>.json; elsewhere there is no folder or file name to agree with. */
function expectedPlace(file: string): LintContext['expected'] {
  const folder = path.dirname(path.resolve(file));
  if (path.basename(path.dirname(folder)) !== 'topics') return undefined;
  return { topic: path.basename(folder), locale: path.basename(file, '.json') };
}

/** A translation's original is the file of that locale in the same topic folder. */
function originalOf(file: string, payload: unknown): Original | undefined {
  const translationOf = field(payload, 'translationOf');
  // Only a language tag names a file: anything else would reach outside the folder.
  if (typeof translationOf !== 'string' || !/^[A-Za-z0-9-]+$/.test(translationOf)) return undefined;
  const fileName = `${translationOf}.json`;
  const originalFile = path.join(path.dirname(file), fileName);
  if (!existsSync(originalFile)) return { fileName, found: false };
  try {
    return { fileName, found: true, payload: JSON.parse(readFileSync(originalFile, 'utf8')) };
  } catch {
    return undefined; // Its own lint reports why it cannot be read.
  }
}

function allPayloadFiles(): string[] {
  const topicsDir = path.join(root, 'content/topics');
  const topics = readdirSync(topicsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return topics
    .map((topic) => topic.name)
    .sort()
    .flatMap((topic) =>
      readdirSync(path.join(topicsDir, topic))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.join(topicsDir, topic, name)),
    );
}

export function formatFinding(file: string, finding: Finding): string {
  const where = finding.path ? `${file}:${finding.path}` : file;
  return `${where}: ${finding.severity}: ${finding.message}`;
}

// ---------------------------------------------------------------------------------------------
// Command line.

function readOptions(): { files: string[]; strict: boolean; options: LintOptions } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      'max-review-age-days': { type: 'string', default: String(DEFAULT_MAX_REVIEW_AGE_DAYS) },
      today: { type: 'string' },
    },
  });
  const maxReviewAgeDays = Number(values['max-review-age-days']);
  if (!Number.isInteger(maxReviewAgeDays) || maxReviewAgeDays < 0) {
    throw new Error(`--max-review-age-days takes a whole number of days, not "${values['max-review-age-days']}".`);
  }
  const today = values.today ?? localToday();
  if (!DATE_PATTERN.test(today) || !isCalendarDate(today)) throw new Error(`--today takes a date such as 2026-05-31, not "${today}".`);
  return { files: positionals.length > 0 ? positionals : allPayloadFiles(), strict: values.strict, options: { today, maxReviewAgeDays } };
}

function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

function main(): void {
  let run: ReturnType<typeof readOptions>;
  try {
    run = readOptions();
  } catch (error) {
    console.error(`lint-content: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const totals = { error: 0, warning: 0, info: 0 };
  for (const file of run.files) {
    const shownName = path.relative(process.cwd(), path.resolve(file));
    for (const finding of lintFile(file, run.options)) {
      totals[finding.severity] += 1;
      console.log(formatFinding(shownName, finding));
    }
  }
  console.log(`${count(run.files.length, 'payload')}: ${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}`);
  if (totals.error > 0 || (run.strict && totals.warning > 0)) process.exitCode = 1;
}

/** Tests import the rules; only running the file lints. */
function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && existsSync(entry) && realpathSync(entry) === fileURLToPath(import.meta.url);
}

if (isRunDirectly()) main();
