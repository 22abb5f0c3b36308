/**
 * The elements an article is made of inside `<health-topic>`: `<topic-section>` and
 * `<citation-list>`. Their tags are the page's registry's, not the article's: a page may have
 * registered one itself (its design system's own `topic-section`, say), or none of them (an app
 * that registered only `<health-topic>`). The article renders only with this library's classes,
 * and is announced only once they are on screen.
 */
import { isServer, type ReactiveElement } from 'lit';
import type { GuardedElement } from '../../shared/guarded-render.js';
import { CitationList } from '../citation-list/citation-list.js';
import { TopicSection } from '../topic-section/topic-section.js';
import type { LoadFailure } from './load-errors.js';

const INNER_ELEMENTS: readonly [tag: string, element: CustomElementConstructor][] = [
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
];

type InnerElement = ReactiveElement & GuardedElement;

/** Only this library's element classes carry a static `version`: another copy or version of it counts as its own. */
function isOurs(element: CustomElementConstructor | undefined): boolean {
  return typeof (element as { version?: unknown } | undefined)?.version === 'string';
}

/**
 * Readies the tags before an article renders, so that no page's class is ever made in it (one whose
 * constructor throws would throw once per section): registers this library's classes for tags no
 * one registered, and names the tags the page registered with classes of its own.
 */
export function claimInnerElements(): LoadFailure | undefined {
  // On the server (scripts/prerender.ts) the prerender registers what it renders.
  if (isServer) return undefined;
  const taken = INNER_ELEMENTS.flatMap(([tag, element]) => {
    const registered = customElements.get(tag);
    if (registered === undefined) customElements.define(tag, element);
    return registered === undefined || isOurs(registered) ? [] : [tag];
  });
  return taken.length > 0 ? { status: 'element-conflict', tags: taken } : undefined;
}

/** The inner elements of the article rendered in `root`. */
function innerElementsIn(root: ParentNode): InnerElement[] {
  return [...root.querySelectorAll<InnerElement>(INNER_ELEMENTS.map(([tag]) => tag).join(', '))];
}

/** Resolves once the inner elements of the article rendered in `root` have rendered. */
export async function innerElementsRendered(root: ParentNode): Promise<void> {
  await Promise.all(innerElementsIn(root).map((element) => element.updateComplete));
}

/**
 * Why the article rendered in `root` is not on screen, if it is not: an inner element whose render
 * failed, or one that is not this library's or has not rendered, which leaves its part empty.
 */
export function offScreen(root: ParentNode): LoadFailure | undefined {
  const elements = innerElementsIn(root);
  const failed = elements.find((element) => element.renderError !== undefined);
  if (failed) return { status: 'unexpected', error: failed.renderError };
  const empty = elements.filter((element) => !isOurs(element.constructor as CustomElementConstructor) || !element.hasUpdated);
  return empty.length > 0 ? { status: 'element-conflict', tags: [...new Set(empty.map((element) => element.localName))] } : undefined;
}
