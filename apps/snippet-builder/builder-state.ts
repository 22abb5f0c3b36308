/**
 * The snippet builder's state: the author's choices and what was loaded for them. Its own module,
 * so the element (snippet-builder.ts) and its template both read it and neither imports the other
 * back.
 */
import type { BuildIntegrity } from '../../src/content/published.js';
import type { AddressCheck } from './address-check.js';
import { readBaseAddress } from './base-address.js';
import { PAGE_LANGUAGE, type PublishedFile, type SnippetChoices } from './snippet.js';

export function initialState() {
  return {
    topics: {} as Record<string, string[]>,
    topic: '',
    /** The topic field's text: the chosen topic's name, or what the author is typing to find one. */
    topicSearch: '',
    /** The list of topics matching topicSearch is shown. */
    topicListOpen: false,
    /** The match the arrow keys are on, by its place in the list shown; -1 for none. */
    activeMatch: -1,
    /** A locale, or PAGE_LANGUAGE. */
    lang: PAGE_LANGUAGE,
    sectionChoices: [] as { id: string; title: string }[],
    chosenSections: [] as string[],
    headingLevel: 2,
    colors: { link: '', accent: '' },
    /** The last usable address of the build's folder (see base-address.ts): what the snippet's links start from. */
    baseUrl: '',
    /** The address field's text: as typed, or as read when usable. */
    baseInput: '',
    /** What the field says of its address: what to check in a guess, or why there is no snippet. */
    baseMessage: '',
    /** The typed address is refused: no snippet until it is corrected. */
    baseRefused: false,
    version: 'pinned' as SnippetChoices['version'],
    /** What the author pastes: a link, which rich-text editors keep, or a snippet, for web developers. */
    output: 'link' as 'link' | 'snippet',
    fallbackHref: '',
    withPrerendered: true,
    /** The snippet carries the article's schema.org data (JSON-LD) for search engines. */
    structuredData: true,
    /** The page's Content-Security-Policy refuses inline styles: the article as HTML links its stylesheets. */
    strictCsp: false,
    prerendered: '',
    /** What a CSP's style-src must list for the article as HTML's inline styles. */
    styleHashes: [] as string[],
    title: '',
    payloads: {} as Record<string, PublishedFile>,
    build: undefined as BuildIntegrity | undefined,
    /** What fetching the build's record from the address found (address-check.ts); none while it runs. */
    addressCheck: undefined as AddressCheck | undefined,
    announcement: '',
    problem: '',
    /** The day the chosen article's licence ended, if it has: there is then nothing to paste. */
    licenceEnded: '',
  };
}

export type BuilderState = ReturnType<typeof initialState>;

/** The choices an address typed into the field makes: a usable one, shown as read, or a refusal, the last usable address kept. */
export function baseAddressChoice(typed: string): Partial<BuilderState> {
  const base = readBaseAddress(typed);
  return base.ok
    ? { baseUrl: base.url, baseInput: base.url, baseMessage: base.note ?? '', baseRefused: false }
    : { baseInput: typed, baseMessage: base.message, baseRefused: true };
}

/** Some choices changed, given or made from the current ones (several changes in one task add up). */
export type StateChange = Partial<BuilderState> | ((current: BuilderState) => Partial<BuilderState>);

/** What the Copy buttons copy. */
export type Copied = 'link' | 'snippet' | 'CSS';

/** What the form needs of the element besides its state: to change it, what it wrote, and copying. */
export interface BuilderActions {
  choose: (changes: StateChange) => void;
  snippet: string;
  /** The link for a rich-text editor, and the script line the web team adds to the site's template for it. */
  link: string;
  templateScript: string;
  css: string;
  copy: (what: Copied) => void;
}
