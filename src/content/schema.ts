/**
 * The content schema: the one source of truth for a topic payload (one topic in one language).
 *
 * From this file come the TypeScript types (`v.InferOutput`), runtime validation
 * (`src/content/validate.ts`) and the published JSON Schema
 * (`content/health-topic.schema.json`, written by `npm run build:schema`). Its field rules are in
 * schema-fields.ts, and its parts about contributors and the source in source-schemas.ts.
 */
import * as v from 'valibot';
import { LINK_PATTERN } from './link-rule.js';
import { HASH_SOURCE } from './published.js';
import { date, locale, optionalText, record, slug, text, webUrl } from './schema-fields.js';
import {
  CONTRIBUTOR_ROLES,
  ContributorSchema,
  LicenceTermsSchema,
  ProvenanceSchema,
  ProvenanceSourceSchema,
  SourceSchema,
} from './source-schemas.js';

export { CONTRIBUTOR_ROLES, ContributorSchema, LicenceTermsSchema, ProvenanceSchema, ProvenanceSourceSchema, SourceSchema };

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/**
 * A figure file beside the payload (`nervous-system.svg`; published payloads name it with its hash,
 * `nervous-system.9bbea85a4e.svg`) or an https URL.
 */
const FIGURE_SOURCE_PATTERN = new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.${HASH_SOURCE})?\\.(?:svg|png|jpe?g|webp|avif)|https:\\/\\/\\S+)$`);

/** Section ids the article's own parts use for their anchors (`#myoclonus-references`). */
export const RESERVED_SECTION_IDS: readonly string[] = ['references'];

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
