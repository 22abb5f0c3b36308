/**
 * A payload under licence terms like those a hospital receives for a licensed health library
 * ("Guidelines for Editing/Use of Health Library Content"): an edited copy must leave out the
 * author line and the medical review, show the attribution and who edited it, keep the
 * disclaimer, reuse no third-party pictures, and go when the licence ends. The Myoclonus payload
 * (an edited copy: rebuilt lists, an editor) with such terms; these are a test's terms, not the
 * Myoclonus article's, whose terms are not recorded.
 */
import type { HealthTopic as Article, LicenceTerms } from '../../src/content/schema.js';
import english from '../../content/topics/myoclonus/en.json' with { type: 'json' };

export const TERMS: LicenceTerms = {
  name: 'Guidelines for Editing/Use of Health Library Content',
  url: 'https://licensor.example/terms',
  editedCopyOmits: ['byline', 'review'],
  attribution: "This content was created using EBSCO's Health Library.",
  editsLine: 'Edits to original content made by Example Hospital.',
  disclaimerRequired: true,
  noReuseImageCredits: ['Nucleus Medical Media'],
  expires: '2027-06-30',
};

/** The Myoclonus payload under `TERMS`, changed by `terms`, without the terms named in `omit`. */
export function licensedPayload(terms: Partial<LicenceTerms> = {}, omit: (keyof LicenceTerms)[] = []): Article {
  const article = english as Article;
  const changed: Partial<LicenceTerms> = { ...TERMS, ...terms };
  for (const key of omit) delete changed[key];
  return { ...article, source: { ...article.source!, terms: changed as LicenceTerms } };
}
