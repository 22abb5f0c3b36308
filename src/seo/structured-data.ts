import { creditsShown } from '../content/licence-terms.js';
import type { CreativeWork, MedicalCode, MedicalWebPage, Organization, Person, WebPageElement, WithContext } from 'schema-dts';
import type { ClinicalCode, ContributorRole, HealthTopic as Article, Provenance, Reference, Source } from '../content/schema.js';
import { plainText } from '../content/rich-text.js';
import { doiUrl, sectionAnchor } from '../content/published.js';
import { citedName, inRole } from '../content/contributors.js';
import { widgetPolicy } from '../shared/trusted-types.js';

/** How schema.org names the coding systems the payloads use. */
const CODING_SYSTEMS: Record<ClinicalCode['system'], string> = { 'icd-10-cm': 'ICD-10-CM', 'snomed-ct': 'SNOMED-CT' };

/**
 * The article as schema.org data: a MedicalWebPage about a MedicalCondition, for search engines
 * that read JSON-LD. Facts the payload lacks (dates, DOIs, a licence) are left out, never filled in.
 *
 * Who made what: an original names its `author` and `reviewedBy`. A translation names its
 * `translator` and its own clinical reviewers (`reviewedBy`, only when there are some), and puts
 * the original's author and reviewer in `translationOfWork`, the work it translates. Where the text
 * comes from is `isBasedOn` (the original's, for a translation). Each block rebuilt rather than
 * taken from the source is a `hasPart` element, `isBasedOn` the works it was rebuilt from, with
 * who rebuilt it as `contributor`. (schema.org has no property for the day a work was read, so that stays out.)
 */
export function structuredData(article: Article, pageUrl?: string): WithContext<MedicalWebPage> {
  const people = (role: ContributorRole) => contributors(article, role);
  // Licence terms for edited copies leave out what the page leaves out, and say what it says instead.
  const shown = creditsShown(article);
  const original = {
    ...(shown.byline ? { author: people('author') } : {}),
    ...(shown.review ? { reviewedBy: people('reviewer') } : {}),
    ...(article.source ? { isBasedOn: basedOn(article.source) } : {}),
  };
  const credits = article.translationOf
    ? {
        translator: people('translator'),
        ...(people('translation-reviewer').length > 0 ? { reviewedBy: people('translation-reviewer') } : {}),
        translationOfWork: { '@type': 'MedicalWebPage', inLanguage: article.translationOf, ...original } satisfies MedicalWebPage,
      }
    : original;
  const rebuilt = rebuiltParts(article, pageUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...(pageUrl ? { url: pageUrl } : {}),
    name: article.title,
    description: article.summary.map(plainText).join(' '),
    inLanguage: article.locale,
    about: {
      '@type': 'MedicalCondition',
      name: article.title,
      ...(article.alternateNames?.length ? { alternateName: article.alternateNames } : {}),
      code: (article.codes ?? []).map(medicalCode),
    },
    audience: { '@type': 'Patient' },
    ...credits,
    ...(rebuilt.length > 0 ? { hasPart: rebuilt } : {}),
    ...(shown.termsLines.length > 0 ? { creditText: shown.termsLines.join(' ') } : {}),
    ...(article.lastReviewed && shown.review ? { lastReviewed: article.lastReviewed } : {}),
    ...(article.lastUpdated ? { dateModified: article.lastUpdated } : {}),
    citation: article.references.map(citation),
  };
}

/**
 * The article's JSON-LD as the text of a `<script type="application/ld+json">`. `<`, `>` and `&`
 * are written as JSON escapes: no title can then close the script, open a comment or a CDATA
 * section, whether the script is built in the live DOM, serialized by "save page" or a prerender
 * service, or written into a prerendered snippet.
 */
export function jsonLdText(article: Article, pageUrl?: string): string {
  return JSON.stringify(structuredData(article, pageUrl)).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function medicalCode({ system, code }: ClinicalCode): MedicalCode {
  return { '@type': 'MedicalCode', codeValue: code, codingSystem: CODING_SYSTEMS[system] };
}

function contributors(article: Article, role: ContributorRole): (Person | Organization)[] {
  return inRole(article.contributors, role).map(({ name, credentials, kind }) =>
    kind === 'organization'
      ? { '@type': 'Organization', name }
      : { '@type': 'Person', name, ...(credentials ? { honorificSuffix: credentials } : {}) },
  );
}

/** The work the article's text comes from: its publisher, the publisher's id, address and licence, as far as known. */
function basedOn({ publisher, identifier, license, url }: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    ...(identifier ? { identifier } : {}),
    publisher: { '@type': 'Organization', name: publisher },
    ...(url ? { url } : {}),
    ...(license ? { license } : {}),
  };
}

/** Each rebuilt block as a part of the page: its section, what it was rebuilt from, and who rebuilt it. */
function rebuiltParts(article: Article, pageUrl: string | undefined): WebPageElement[] {
  const editors = contributors(article, 'editor');
  return article.sections.flatMap((section) =>
    section.blocks
      .filter((block): block is typeof block & { provenance: Provenance } => block.type !== 'figure' && block.provenance !== undefined)
      .map((block): WebPageElement => ({
        '@type': 'WebPageElement',
        // The part rebuilt, not the whole section: its lead-in and other paragraphs are the source's.
        name: `${section.title}: ${block.provenance.part ?? block.type}`,
        ...(pageUrl ? { url: `${pageUrl}#${sectionAnchor(article.id, section.id)}` } : {}),
        isBasedOn: block.provenance.sources.map(({ name, url }): CreativeWork => ({ '@type': 'CreativeWork', name, ...(url ? { url } : {}) })),
        // schema.org's `editor` takes only people; `contributor` takes organizations too.
        ...(editors.length > 0 ? { contributor: editors } : {}),
      })),
  );
}

function citation(reference: Reference): CreativeWork {
  const url = reference.doi ? doiUrl(reference.doi) : reference.url;
  const common = {
    name: reference.title,
    ...(reference.authors?.length
      ? { author: reference.authors.map((author): Person => ({ '@type': 'Person', name: citedName(author) })) }
      : {}),
    ...(reference.year ? { datePublished: String(reference.year) } : {}),
    ...(url ? { url } : {}),
    ...(reference.doi ? { identifier: `doi:${reference.doi}` } : {}),
    ...(reference.lang ? { inLanguage: reference.lang } : {}),
  };
  if (reference.containerType === 'website') {
    return { '@type': 'WebPage', ...common, ...(reference.container ? { publisher: { '@type': 'Organization', name: reference.container } } : {}) };
  }
  return {
    '@type': 'ScholarlyArticle',
    ...common,
    ...(reference.container ? { isPartOf: { '@type': 'Periodical', name: reference.container } } : {}),
    ...(reference.pages ? { pagination: reference.pages } : {}),
  };
}

/**
 * Adds the article's JSON-LD to the document's head and returns its script, for the caller to
 * remove with the article; `undefined` when a strict page forbids it.
 */
export function publishStructuredData(article: Article): HTMLScriptElement | undefined {
  const json = jsonLdText(article, location.href.split('#')[0]);
  const trusted = (globalThis as { trustedTypes?: unknown }).trustedTypes ? widgetPolicy() : undefined;
  if (trusted === null) return undefined;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.healthTopic = article.id;
  // Where Trusted Types exist, a script's text must come through a policy, even for a data block.
  (script as { text: unknown }).text = trusted ? trusted.createScript(json) : json;
  document.head.append(script);
  return script;
}
