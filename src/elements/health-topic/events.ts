import type { ValidationIssue } from '../../content/issues.js';

/** Why an article could not be shown. */
export type HealthTopicErrorCode =
  | 'missing-topic'
  | 'not-found'
  | 'invalid-payload'
  | 'content-not-found'
  | 'changed-file'
  | 'network'
  | 'timeout'
  | 'element-conflict'
  | 'licence-ended';

/** The article an event is about; the other events' details add to it. */
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
  /** For `content-not-found`: the address where a content file was looked for and is not; for `changed-file`: the refused file. */
  url?: string;
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

/** The article shown is past the day its next medical review was due (see `reviewStatus`). */
export interface HealthTopicReviewDueDetail {
  topic: string;
  /** The locale of the article shown: each language has its own review cycle. */
  locale: string;
  /** The day the next review was due (ISO date): `nextReview`, or `lastReviewed` plus `reviewIntervalMonths`. */
  nextReview: string;
  /** The day of the last medical review, when the payload records it. */
  lastReviewed?: string;
  /** The day it was counted to: the reader's calendar day (ISO date). */
  today: string;
}

/** A pasted article (a prerendered snippet) is older than the one the script shows in its place. */
export interface HealthTopicOutdatedSnippetDetail extends HealthTopicLoadDetail {
  /** The content version the page holds (its `content-version`): re-paste the snippet to update it. */
  pasted: string;
  /** The content version shown now. */
  current: string;
}

/** The licence the article shown is used under ends within 30 days (see licence-terms.ts). */
export interface HealthTopicLicenceEndingDetail extends HealthTopicLoadDetail {
  /** The day the licence ends (ISO date): from then, the article shows "no longer available". */
  expires: string;
  /** The reader's calendar day it was counted to (ISO date). */
  today: string;
}

export type HealthTopicLicenceEndingEvent = CustomEvent<HealthTopicLicenceEndingDetail>;
export type HealthTopicOutdatedSnippetEvent = CustomEvent<HealthTopicOutdatedSnippetDetail>;
/** A section was at least half in view, or filled the viewport, for a second: once per section per article. */
export interface HealthTopicSectionViewDetail extends HealthTopicLoadDetail {
  /** The section's id. */
  section: string;
  /** Its place among the sections shown, from 0. */
  index: number;
}

/** The reader reached the article's end (its references, or its footer) after reading a section: once per article. */
export interface HealthTopicReadCompleteDetail extends HealthTopicLoadDetail {
  /** How many sections were read (see `health-topic-section-view`). */
  sectionsViewed: number;
  /** How many sections are shown. */
  sections: number;
}

/** Where a followed link stands: the contents list, a reference, a reference's DOI, the resources section, or the text. */
export type HealthTopicLinkKind = 'contents' | 'reference' | 'doi' | 'resource' | 'body';

/** The reader followed a link in the article, by mouse, keyboard or touch (a middle click included). */
export interface HealthTopicLinkClickDetail extends HealthTopicLoadDetail {
  href: string;
  kind: HealthTopicLinkKind;
  /** The link leads to another origin than the page's. */
  outbound: boolean;
}

export type HealthTopicSectionViewEvent = CustomEvent<HealthTopicSectionViewDetail>;
export type HealthTopicReadCompleteEvent = CustomEvent<HealthTopicReadCompleteDetail>;
export type HealthTopicLinkClickEvent = CustomEvent<HealthTopicLinkClickDetail>;
export type HealthTopicPrintEvent = CustomEvent<HealthTopicLoadDetail>;
export type HealthTopicLoadEvent = CustomEvent<HealthTopicLoadDetail>;
export type HealthTopicReviewDueEvent = CustomEvent<HealthTopicReviewDueDetail>;
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
  'health-topic-review-due': HealthTopicReviewDueEvent;
  'health-topic-outdated-snippet': HealthTopicOutdatedSnippetEvent;
  'health-topic-licence-ending': HealthTopicLicenceEndingEvent;
  'health-topic-section-view': HealthTopicSectionViewEvent;
  'health-topic-read-complete': HealthTopicReadCompleteEvent;
  'health-topic-link-click': HealthTopicLinkClickEvent;
  'health-topic-print': HealthTopicPrintEvent;
}

/**
 * Sends one of the widget's events from `host`. They bubble and cross shadow roots, so a host page
 * hears them wherever it listens; the name and the detail are checked against the event map.
 */
export function emit<K extends keyof HealthTopicEventMap>(host: HTMLElement, type: K, detail: HealthTopicEventMap[K]['detail']): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // Interfaces merge into the DOM's own maps; an empty body is how TypeScript extends them.
  interface HTMLElementEventMap extends HealthTopicEventMap {}
  interface DocumentEventMap extends HealthTopicEventMap {}
  interface WindowEventMap extends HealthTopicEventMap {}
}
