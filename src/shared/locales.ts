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
