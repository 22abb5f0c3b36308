/**
 * The content schema: the one source of truth for a topic payload (one topic in one language).
 *
 * From this file come the TypeScript types (`v.InferOutput`), runtime validation
 * (`src/content/validate.ts`) and the published JSON Schema
 * (`content/health-topic.schema.json`, written by `npm run build:schema`).
 */
import * as v from 'valibot';
import { DATE_YEARS, isRealDate } from '../shared/dates.js';
import { DATE_YEARS_PATTERN } from './date-years.js';
import { LINK_PATTERN } from './link-rule.js';
import { HASH_SOURCE } from './published.js';

/** Lower-case words joined by single hyphens: stable enough to be part of a URL fragment. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag limited to what the library ships: `en`, `es`, `pt-BR`. */
const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
const WEB_URL_PATTERN = /^https?:\/\/\S+$/;
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/**
 * A figure file beside the payload (`nervous-system.svg`; published payloads name it with its hash,
 * `nervous-system.9bbea85a4e.svg`) or an https URL.
 */
const FIGURE_SOURCE_PATTERN = new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.${HASH_SOURCE})?\\.(?:svg|png|jpe?g|webp|avif)|https:\\/\\/\\S+)$`);

/**
 * At least one character a reader can see: not only spaces, zero-width or formatting characters
 * (U+200B, U+2060, soft hyphens), combining marks or blank fillers, which render as nothing.
 */
const VISIBLE_PATTERN = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;
/**
 * Only characters text can hold: no control characters but tab and line breaks, and no lone
 * surrogates (broken UTF-16). HTML parsers drop or replace those, so a prerendered article would
 * not read as its payload, and no real article holds them. No bidirectional embedding, override
 * or isolate controls (U+202A-U+202E, U+2066-U+2069) either: one in a name reverses the rest of
 * its line ("rebuilt from X" and every word after). The marks U+200E, U+200F and U+061C stay.
 */
const CLEAN_TEXT_PATTERN = /^(?:[\t\n\r]|[^\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069])*$/u;
/** Section ids the article's own parts use for their anchors (`#myoclonus-references`). */
export const RESERVED_SECTION_IDS: readonly string[] = ['references'];

/**
 * An object schema whose entries have no prototype: valibot walks entries with `for...in`, so a
 * page that added keys to Object.prototype (old polyfills do) would otherwise break validation.
 */
function record<const T extends v.ObjectEntries>(entries: T) {
  return v.strictObject(Object.assign(Object.create(null) as object, entries) as T);
}

const slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'Use lower-case words joined by hyphens, such as "risk-factors".'));
const locale = v.pipe(v.string(), v.regex(LOCALE_PATTERN, 'Use a language tag such as "en" or "pt-BR".'));
const cleanText = v.pipe(v.string(), v.regex(CLEAN_TEXT_PATTERN, 'Must not hold control characters or broken Unicode.'));
const text = v.pipe(cleanText, v.regex(VISIBLE_PATTERN, 'Must not be empty.'));
const optionalText = v.optional(cleanText);
// isoDate rejects months and days out of range ("2025-13-01"); the regex, years outside DATE_YEARS
// (0024 for 2024, 9999); the check, days a month lacks ("2026-02-30").
const date = v.pipe(
  v.string(),
  v.isoDate('Use an ISO date such as "2024-05-31".'),
  v.regex(DATE_YEARS_PATTERN, `Use a year from ${DATE_YEARS.earliest} to ${DATE_YEARS.latest}.`),
  v.check((value) => !v.ISO_DATE_REGEX.test(value) || isRealDate(value), 'There is no such day in the calendar.'),
);

/** The language of a run that differs from the article's, such as an organisation's English name. */
const runLanguage = v.optional(locale);

const TextRunSchema = record({
  type: v.literal('text'),
  text: text,
  lang: runLanguage,
});

const EmphasisRunSchema = record({
  type: v.literal('emphasis'),
  text: text,
  lang: runLanguage,
});

const LinkRunSchema = record({
  type: v.literal('link'),
  text: text,
  href: v.pipe(v.string(), v.regex(LINK_PATTERN, 'Links must start with http://, https://, mailto: or tel:.')),
  lang: runLanguage,
});

export const InlineRunSchema = v.variant('type', [TextRunSchema, EmphasisRunSchema, LinkRunSchema]);

/**
 * Text with optional emphasis and links. A plain string is the common case; an array of runs
 * carries emphasis and links. Never HTML: markup characters in a string stay characters.
 */
export const InlineTextSchema = v.union([text, v.pipe(v.array(InlineRunSchema), v.minLength(1, 'Must hold at least one run.'))]);

const webUrl = v.pipe(v.string(), v.regex(WEB_URL_PATTERN, 'Use an http or https URL.'));

/** One work a rebuilt block was made from. Unknown facts (the address, the day it was read) stay out. */
export const ProvenanceSourceSchema = record({
  /** The work as readers should see it named, in the payload's language: "the MSD Manual". */
  name: text,
  /** The page that was read, when it was recorded. */
  url: v.optional(webUrl),
  /** The day it was read (ISO date), when it was recorded: never guessed. */
  read: v.optional(date),
  /** It was read from a stored copy of the page (an archive's), not the live page: said beside the day. */
  storedCopy: v.optional(v.boolean()),
});

/**
 * Where a block that is not from the article's source comes from: a list rebuilt from reference
 * works, say. Readers see it as a note under the block; the JSON-LD lists it as a part of the page.
 */
export const ProvenanceSchema = record({
  /** Which part of the section was rebuilt, in the payload's language, as the JSON-LD names it ("list of tests"); by default, the block's kind ("list"). */
  part: optionalText,
  sources: v.pipe(v.array(ProvenanceSourceSchema), v.minLength(1, 'Name at least one work the block was rebuilt from.')),
});

export const ParagraphBlockSchema = record({
  type: v.literal('paragraph'),
  text: InlineTextSchema,
  /** Only for a paragraph that is not from the article's source. */
  provenance: v.optional(ProvenanceSchema),
});

export const ListBlockSchema = record({
  type: v.literal('list'),
  /** The sentence that introduces the list, usually ending in ":". */
  leadIn: v.optional(InlineTextSchema),
  ordered: v.optional(v.boolean()),
  items: v.pipe(v.array(InlineTextSchema), v.minLength(1, 'A list needs at least one item.')),
  /** Only for a list that is not from the article's source. */
  provenance: v.optional(ProvenanceSchema),
});

export const FigureBlockSchema = record({
  type: v.literal('figure'),
  src: v.pipe(
    v.string(),
    v.regex(FIGURE_SOURCE_PATTERN, 'Use a file name beside the payload (such as "diagram.svg") or an https URL.'),
  ),
  /** The text alternative: what the picture shows, for people who cannot see it. */
  alt: text,
  caption: v.optional(InlineTextSchema),
  /** Who made the picture, and under what terms. */
  credit: text,
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const BlockSchema = v.variant('type', [ParagraphBlockSchema, ListBlockSchema, FigureBlockSchema]);

export const SectionSchema = record({
  /** Stable id, part of deep links such as `#myoclonus-symptoms`: do not rename once published. */
  id: slug,
  title: text,
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'A section needs at least one block.')),
});

export const PersonNameSchema = record({
  family: text,
  /** Initials without periods, as the AMA style writes them: "JR". */
  given: optionalText,
});

export const ReferenceSchema = record({
  /** The language of the cited work, when it differs from the article's (a translation citing English sources). */
  lang: v.optional(locale),
  authors: v.optional(v.array(PersonNameSchema)),
  /** More authors exist than are listed. */
  etAl: v.optional(v.boolean()),
  title: text,
  /** The journal (abbreviated, as in citations), website or book the work appears in. */
  container: optionalText,
  containerType: v.optional(v.picklist(['journal', 'website', 'book'])),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2200))),
  volume: optionalText,
  issue: optionalText,
  pages: optionalText,
  doi: v.optional(v.pipe(v.string(), v.regex(DOI_PATTERN, 'Use a bare DOI such as "10.3390/brainsci7080103".'))),
  pmcid: v.optional(v.pipe(v.string(), v.regex(/^PMC\d+$/, 'Use a PubMed Central id such as "PMC5575623".'))),
  url: v.optional(webUrl),
  /** When a web page was read (ISO date). */
  accessed: v.optional(date),
});

/**
 * What a contributor did. `author` and `reviewer` (the medical reviewer) are those of the text the
 * article renders; in a translation, those of its original. `translator` and `translation-reviewer`
 * (who checked the translation clinically) are a translation's own. `editor` made the blocks that
 * have a `provenance`.
 */
export const CONTRIBUTOR_ROLES = ['author', 'reviewer', 'translator', 'translation-reviewer', 'editor'] as const;

export const ContributorSchema = record({
  name: text,
  /** Degrees and titles as printed after the name: "MA", "MD". */
  credentials: optionalText,
  role: v.picklist(CONTRIBUTOR_ROLES),
  /** A person (the default) or an organization, such as a publisher or a content team. */
  kind: v.optional(v.picklist(['person', 'organization'])),
  /** The day they did it (wrote, reviewed, translated, edited), as an ISO date: only when known. */
  date: v.optional(date),
});

/** Where the article's text comes from, as far as it is known; nothing here is ever filled in by guess. */
/**
 * The written terms a licensed text is shown under, as far as a renderer can keep them: what an
 * edited copy must leave out and say instead, the disclaimer, pictures that may not be reused, and
 * the day the licence ends. Recorded only when known: never guessed.
 */
export const LicenceTermsSchema = record({
  /** The terms' name: "Guidelines for Editing/Use of Health Library Content". */
  name: text,
  /** Where the terms can be read, when known. */
  url: v.optional(webUrl),
  /** What a copy with edits (rebuilt parts, or an `editor`) must leave out: the author line, the medical review (reviewer and dates). */
  editedCopyOmits: v.optional(v.array(v.picklist(['byline', 'review']))),
  /** The line an edited copy must show instead, in the payload's language: "This content was created using EBSCO's Health Library." */
  attribution: optionalText,
  /** The line naming who edited it, as the terms word it: "Edits to original content made by Example Hospital." */
  editsLine: optionalText,
  /** The terms require the disclaimer to be shown. */
  disclaimerRequired: v.optional(v.boolean()),
  /** Picture credits the terms do not allow to be reused ("Nucleus Medical Media"): a figure credited so may not be shown. */
  noReuseImageCredits: v.optional(v.array(text)),
  /** The day the licence ends (ISO date): from that day, the article is no longer shown. */
  expires: v.optional(date),
});

export const SourceSchema = record({
  /** Who published the text: "EBSCO Health Library". */
  publisher: text,
  /** The publisher's own number or id for the article, when known. */
  identifier: optionalText,
  /** The terms the text is used under, as they were given, when known. No year is added to it. */
  license: optionalText,
  /** The article at its publisher, when known. */
  url: v.optional(webUrl),
  /** The licence terms the text is shown under, when known (see LicenceTermsSchema). */
  terms: v.optional(LicenceTermsSchema),
});

export const ClinicalCodeSchema = record({
  system: v.picklist(['icd-10-cm', 'snomed-ct']),
  code: text,
  display: optionalText,
});

export const HealthTopicSchema = v.pipe(record({
  $schema: v.optional(v.string()),
  /** The topic's id: the `topic` attribute and the folder name under `content/topics/`. */
  id: slug,
  locale: locale,
  /** Present on translations: the locale this payload was translated from. */
  translationOf: v.optional(locale),
  title: text,
  alternateNames: v.optional(v.array(text)),
  /** The lead: one or more paragraphs shown under the title. */
  summary: v.pipe(v.array(InlineTextSchema), v.minLength(1, 'The summary needs at least one paragraph.')),
  sections: v.pipe(
    v.array(SectionSchema),
    v.minLength(1, 'An article needs at least one section.'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (dataset.typed) sectionIdProblems(dataset.value).forEach(addIssue);
    }),
  ),
  references: v.array(ReferenceSchema),
  contributors: v.pipe(v.array(ContributorSchema), v.minLength(1, 'Name at least the author.')),
  /** Where the text comes from. For a translation, where its original's text comes from. */
  source: v.optional(SourceSchema),
  publicationType: optionalText,
  lastUpdated: v.optional(date),
  /** The day of the last medical review. */
  lastReviewed: v.optional(date),
  /** How often the article is reviewed: the next review is due this many months after `lastReviewed`. */
  reviewIntervalMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120))),
  /** The day the next medical review is due, when it is set rather than counted from an interval. */
  nextReview: v.optional(date),
  disclaimer: text,
  codes: v.optional(v.array(ClinicalCodeSchema)),
}), v.forward(
  v.partialCheck(
    [['reviewIntervalMonths'], ['nextReview']],
    (topic) => topic.reviewIntervalMonths === undefined || topic.nextReview === undefined,
    'Give either reviewIntervalMonths or nextReview, not both: they could name two different days.',
  ),
  ['nextReview'],
));

/**
 * Section ids become anchors in one shadow root beside the article's own: an id used twice, or one
 * the article uses itself, would make contents links and headings' labels ambiguous.
 */
function sectionIdProblems(sections: readonly { id: string }[]) {
  const firstIndexOf = new Map<string, number>();
  return sections.flatMap((section, index) => {
    const first = firstIndexOf.get(section.id);
    const problem = RESERVED_SECTION_IDS.includes(section.id)
      ? `"${section.id}" is the references' own id: choose another.`
      : first !== undefined
        ? `sections[${first}] has the id "${section.id}" too: each section needs its own, as it is the section's deep link.`
        : undefined;
    if (first === undefined) firstIndexOf.set(section.id, index);
    if (!problem) return [];
    const path = [
      { type: 'array', origin: 'value', input: sections, key: index, value: section },
      { type: 'object', origin: 'value', input: section, key: 'id', value: section.id },
    ] as const;
    return [{ message: problem, path: path as unknown as [v.IssuePathItem, ...v.IssuePathItem[]] }];
  });
}

export type InlineRun = v.InferOutput<typeof InlineRunSchema>;
export type InlineText = v.InferOutput<typeof InlineTextSchema>;
export type ParagraphBlock = v.InferOutput<typeof ParagraphBlockSchema>;
export type ListBlock = v.InferOutput<typeof ListBlockSchema>;
export type FigureBlock = v.InferOutput<typeof FigureBlockSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type PersonName = v.InferOutput<typeof PersonNameSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Contributor = v.InferOutput<typeof ContributorSchema>;
export type ContributorRole = Contributor['role'];
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;
export type ProvenanceSource = v.InferOutput<typeof ProvenanceSourceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type LicenceTerms = v.InferOutput<typeof LicenceTermsSchema>;
export type ClinicalCode = v.InferOutput<typeof ClinicalCodeSchema>;
export type HealthTopic = v.InferOutput<typeof HealthTopicSchema>;
