/**
 * The content schema's parts about who made an article and where it comes from: the works a
 * rebuilt block was made from, the contributors, the source and its licence terms. Part of the
 * one content schema (schema.ts re-exports them).
 */
import * as v from 'valibot';
import { date, optionalText, record, text, webUrl } from './schema-fields.js';

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

/** Where the article's text comes from, as far as it is known; nothing here is ever filled in by guess. */
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
