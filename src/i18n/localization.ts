import { loadTemplates, UI_LOCALES } from './generated/locale-loaders.js';

export { languageOf } from '../shared/locales.js';
import { bestLocale } from '../shared/locales.js';
import { uiMessages, type Msg, type UiMessages } from './messages.js';

/** A `str` template as lit-localize writes it: literal parts and the values between them. */
interface StrTemplate {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

function isStrTemplate(template: unknown): template is StrTemplate {
  return typeof template === 'object' && template !== null && (template as StrTemplate).strTag === true;
}

/** Joins literal parts and values; `pick` chooses each value (a translation refers to them by index). */
function join({ strings, values }: StrTemplate, pick: (value: unknown) => unknown): string {
  return strings.reduce((text, part, index) => text + part + (index < values.length ? String(pick(values[index])) : ''), '');
}

/**
 * A `msg` that reads one language's translations, falling back to the English source for any
 * message without one. It is ours, not lit-localize's global one: each widget uses the language of
 * its own article, and a host app's lit-localize locale is never read or changed.
 */
function createMsg(templates: Record<string, unknown>): Msg {
  const localized = (source: string | StrTemplate, options?: { id?: string }): string => {
    const sourceValues = isStrTemplate(source) ? source.values : [];
    const translated = options?.id === undefined ? undefined : templates[options.id];
    if (typeof translated === 'string') return translated;
    if (isStrTemplate(translated)) return join(translated, (index) => sourceValues[index as number]);
    return isStrTemplate(source) ? join(source, (value) => value) : source;
  };
  return localized as unknown as Msg;
}

export const ENGLISH: UiMessages = uiMessages(createMsg({}));

const loaded = new Map<string, Promise<UiMessages>>([['en', Promise.resolve(ENGLISH)]]);
const ready = new Map<string, UiMessages>([['en', ENGLISH]]);

/**
 * The UI language to use for a wanted locale: itself, or its base language (`es-MX` -> `es`), or
 * English when the widget's words are not translated into it.
 */
export function uiLocaleFor(locale: string): string {
  return bestLocale(UI_LOCALES, locale, 'en') ?? 'en';
}

/**
 * The widget's words in a language (see `uiLocaleFor`), loading its translations once (`load`, the
 * generated chunk loader, is a parameter for tests).
 */
export function messagesFor(locale: string, load: typeof loadTemplates = loadTemplates): Promise<UiMessages> {
  const uiLocale = uiLocaleFor(locale);
  let messages = loaded.get(uiLocale);
  if (!messages) {
    messages = (load(uiLocale) ?? Promise.resolve({}))
      .then((templates) => {
        const localized = uiMessages(createMsg(templates));
        ready.set(uiLocale, localized);
        return localized;
      })
      .catch(() => {
        // A failed download of the translations: use English now, and try again next time.
        loaded.delete(uiLocale);
        return ENGLISH;
      });
    loaded.set(uiLocale, messages);
  }
  return messages;
}

/** The widget's words in a language if they are already loaded, so a render need not wait. */
export function loadedMessagesFor(locale: string): UiMessages | undefined {
  return ready.get(uiLocaleFor(locale));
}

/**
 * A language's name in another language, as written inside a sentence: `displayLanguage('es', 'en')`
 * is "Spanish", `displayLanguage('en', 'es')` is "inglés". Catalan, Spanish, French, Italian and
 * Portuguese write such names in lower case; CLDR's names are so, but engines differ (WebKitGTK's
 * `Intl.DisplayNames` capitalises them), so the first letter is lowered here.
 */
export function displayLanguage(locale: string, inLocale: string): string {
  try {
    const name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
    return /^(ca|es|fr|it|pt)\b/i.test(inLocale) ? name[0].toLowerCase() + name.slice(1) : name;
  } catch {
    return locale;
  }
}
