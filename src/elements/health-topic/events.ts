import type { ValidationIssue } from '../../content/issues.js';

/** Why an article could not be shown. */
export type HealthTopicErrorCode = 'missing-topic' | 'not-found' | 'invalid-payload' | 'network' | 'timeout';

export interface HealthTopicLoadDetail {
  /** The topic's id. */
  topic: string;
  /** The locale of the article shown. */
  locale: string;
}

export interface HealthTopicErrorDetail {
  code: HealthTopicErrorCode;
  /** The `topic` attribute's value, when there is one. */
  topic?: string;
  /** For `not-found` by `code`: the clinical code that led nowhere. */
  clinicalCode?: string;
  /** A sentence for people, in English. */
  message: string;
  /** For `invalid-payload`: what is wrong and where. */
  issues?: ValidationIssue[];
}

export interface HealthTopicLanguageChangeDetail {
  topic: string;
  /** The language now shown. */
  locale: string;
  /** The language shown before. */
  previousLocale: string;
}

export type HealthTopicLoadEvent = CustomEvent<HealthTopicLoadDetail>;
export type HealthTopicLanguageChangeEvent = CustomEvent<HealthTopicLanguageChangeDetail>;
export type HealthTopicErrorEvent = CustomEvent<HealthTopicErrorDetail>;

/**
 * The widget's events by name. They bubble and cross shadow roots, so a page hears them on the
 * element, on any ancestor, on the document and on the window, each typed there.
 */
export interface HealthTopicEventMap {
  'health-topic-load': HealthTopicLoadEvent;
  'health-topic-error': HealthTopicErrorEvent;
  'health-topic-language-change': HealthTopicLanguageChangeEvent;
}

declare global {
  // Interfaces merge into the DOM's own maps; an empty body is how TypeScript extends them.
  interface HTMLElementEventMap extends HealthTopicEventMap {}
  interface DocumentEventMap extends HealthTopicEventMap {}
  interface WindowEventMap extends HealthTopicEventMap {}
}
