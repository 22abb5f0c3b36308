/** Language tags as readers, pages and payloads write them: `es`, `es-MX`, `pt-BR`. */

/** The language a tag names, without region or script: `es-MX` -> `es`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/** Whether two language tags name the same language (`es` and `es-MX` do). */
export function sameLanguage(a: string, b: string): boolean {
  return baseLanguage(a) === baseLanguage(b);
}

/**
 * The best of `available` for a reader who wants `wanted`: itself (in any letter case), else its
 * base language (`es-MX` -> `es`), else `fallback`, else the first there is.
 */
export function bestLocale(available: readonly string[], wanted: string, fallback: string): string | undefined {
  const find = (tag: string) => available.find((candidate) => candidate.toLowerCase() === tag.toLowerCase());
  return find(wanted) ?? find(baseLanguage(wanted)) ?? find(fallback) ?? available[0];
}

/** Languages written right to left in their usual script. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
/** Scripts written right to left. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

/**
 * The direction text in a language runs, for an element's own `dir`, so an article keeps its
 * direction on a page that runs the other way (an English article on an Arabic page). A script
 * named in the tag decides (`pa-Arab`, `sd-Deva`); else the language's usual script.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const script = tag.toLowerCase().match(/^[a-z]{2,3}-([a-z]{4})(?:-|$)/)?.[1];
  const rightToLeft = script ? RIGHT_TO_LEFT_SCRIPTS.has(script) : RIGHT_TO_LEFT_LANGUAGES.has(baseLanguage(tag));
  return rightToLeft ? 'rtl' : 'ltr';
}

/**
 * The language asked for where an element stands: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else the document's, else English.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'en';
}
