/** Language tags compared as the widget and the content tools compare them: by base language, in any case. */

/** A tag's base language, lower case: `es-MX` is `es`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/** Whether two language tags name the same language (`es` and `es-MX` do). */
export function sameLanguage(a: string, b: string): boolean {
  return baseLanguage(a) === baseLanguage(b);
}
