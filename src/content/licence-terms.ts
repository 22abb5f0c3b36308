/**
 * The licence terms a payload records (`source.terms`), as the widget, the prerender, the JSON-LD,
 * the snippet builder and the linter apply them: one rule each, here. A copy with edits (a block
 * rebuilt rather than taken from the source, or an `editor` among the contributors) is what terms
 * for edited copies speak of.
 */
import type { HealthTopic as Article } from './schema.js';

/** Days before the licence ends when the linter and the page's monitoring are told. */
export const EXPIRY_NOTICE_DAYS = 30;

/** Whether the article is an edited copy of its source: a rebuilt block, or someone named as its editor. */
export function isEditedCopy(article: Pick<Article, 'sections' | 'contributors'>): boolean {
  const rebuilt = article.sections.some((section) => section.blocks.some((block) => block.type !== 'figure' && block.provenance !== undefined));
  return rebuilt || article.contributors.some((contributor) => contributor.role === 'editor');
}

/** What the article shows of its credits under its terms: the byline and the review, or the attribution and edits lines instead. */
export interface CreditsShown {
  byline: boolean;
  review: boolean;
  /** The lines the terms ask an edited copy to show, in order: the attribution, then who edited it. */
  termsLines: string[];
}

export function creditsShown(article: Pick<Article, 'sections' | 'contributors' | 'source'>): CreditsShown {
  const terms = article.source?.terms;
  if (!terms || !isEditedCopy(article)) return { byline: true, review: true, termsLines: [] };
  const omits = terms.editedCopyOmits ?? [];
  return {
    byline: !omits.includes('byline'),
    review: !omits.includes('review'),
    termsLines: [terms.attribution, terms.editsLine].filter((line): line is string => Boolean(line)),
  };
}

/** The day the licence ends, when the terms record one. */
export function licenceExpiry(article: Pick<Article, 'source'>): string | undefined {
  return article.source?.terms?.expires;
}

/** Whether the licence has ended on `today` (ISO dates compare as text). */
export function licenceEnded(article: Pick<Article, 'source'>, today: string): boolean {
  const expires = licenceExpiry(article);
  return expires !== undefined && today >= expires;
}

/** The day the licence ends, when that is within EXPIRY_NOTICE_DAYS of `today` and not yet past. */
export function licenceEndingSoon(article: Pick<Article, 'source'>, today: string): string | undefined {
  const expires = licenceExpiry(article);
  if (expires === undefined || today >= expires) return undefined;
  const notice = new Date(`${expires}T00:00:00Z`);
  notice.setUTCDate(notice.getUTCDate() - EXPIRY_NOTICE_DAYS);
  return today >= notice.toISOString().slice(0, 10) ? expires : undefined;
}

/** Whether a figure's credit names a picture source the terms do not allow to be reused. */
export function creditNotReusable(article: Pick<Article, 'source'>, credit: string): boolean {
  const sources = article.source?.terms?.noReuseImageCredits ?? [];
  return sources.some((source) => credit.toLowerCase().includes(source.toLowerCase()));
}
