import type { CreativeWork, MedicalCode, MedicalWebPage, Person, WithContext } from 'schema-dts';
import type { ClinicalCode, Contributor, HealthTopic as Article, Reference } from '../content/schema.js';
import { plainText } from '../content/rich-text.js';
import { citedName } from '../shared/contributors.js';

/** How schema.org names the coding systems the payloads use. */
const CODING_SYSTEMS: Record<ClinicalCode['system'], string> = { 'icd-10-cm': 'ICD-10-CM', 'snomed-ct': 'SNOMED-CT' };

/**
 * The article as schema.org data: a MedicalWebPage about a MedicalCondition, for search engines
 * that read JSON-LD. Facts the payload lacks (dates, DOIs) are left out, never filled in.
 */
export function structuredData(article: Article, pageUrl?: string): WithContext<MedicalWebPage> {
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
    author: people(article.contributors, 'author'),
    reviewedBy: people(article.contributors, 'reviewer'),
    ...(article.lastReviewed ? { lastReviewed: article.lastReviewed } : {}),
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

function people(contributors: readonly Contributor[], role: Contributor['role']): Person[] {
  return contributors
    .filter((contributor) => contributor.role === role)
    .map(({ name, credentials }) => ({ '@type': 'Person', name, ...(credentials ? { honorificSuffix: credentials } : {}) }));
}

function citation(reference: Reference): CreativeWork {
  const url = reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
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

/** Trusted Types, where the browser has them (a page may require them for every script's text). */
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): { createScript(text: string): unknown };
}

let policy: { createScript(text: string): unknown } | null | undefined;

/**
 * The widget's one Trusted Types policy, `health-topic-elements`: it passes only the JSON this
 * module makes (from `JSON.stringify`) into a JSON-LD data block, which never runs. `null` when
 * the page's CSP does not allow the name (then no JSON-LD is added).
 */
function jsonLdPolicy(): { createScript(text: string): unknown } | null {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    policy = trustedTypes ? trustedTypes.createPolicy('health-topic-elements', { createScript: (json) => json }) : null;
  } catch {
    console.warn('Health Topic Elements: the page\'s CSP does not allow the Trusted Types policy "health-topic-elements"; no JSON-LD is added.');
    policy = null;
  }
  return policy;
}

/**
 * Adds the article's JSON-LD to the document's head and returns its script, for the caller to
 * remove with the article; `undefined` when a strict page forbids it.
 */
export function publishStructuredData(article: Article): HTMLScriptElement | undefined {
  const json = jsonLdText(article, location.href.split('#')[0]);
  const trusted = (globalThis as { trustedTypes?: unknown }).trustedTypes ? jsonLdPolicy() : undefined;
  if (trusted === null) return undefined;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.healthTopic = article.id;
  // Where Trusted Types exist, a script's text must come through a policy, even for a data block.
  (script as { text: unknown }).text = trusted ? trusted.createScript(json) : json;
  document.head.append(script);
  return script;
}
