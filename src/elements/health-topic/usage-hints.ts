/**
 * Console hints about how a page uses an element: checked here, cheaply, and explained by
 * developer-hints.ts, a chunk loaded only when there is something to say.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { HealthTopic as Article } from '../../content/schema.js';
import { withDeveloperHints } from './console-hints.js';

/** Attributes most pages put on elements; the hints chunk knows the rest of HTML's global ones. */
const COMMON_ATTRIBUTE = /^(?:id|class|style|aria-.*|data-.*)$/;

/**
 * Warns, once per page, about an attribute the element does not know that looks like one it does
 * (`<health-topic topc="myoclonus">`: did you mean `topic`?), which would otherwise end in "No
 * article was chosen" with nothing to say why, and about a `heading-level` that is no number from
 * 1 to 6 (`h3`). The comparison is in a chunk loaded only then.
 */
export class AttributeHints implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const known = (this.host.constructor as typeof ReactiveElement).observedAttributes;
    const unknown = this.host.getAttributeNames().filter((name) => !known.includes(name) && !COMMON_ATTRIBUTE.test(name));
    // Read as the page wrote it: once rendered, the element reflects the number it made of it.
    const level = this.host.getAttribute('heading-level');
    const badLevel = level !== null && !/^\s*[1-6]\s*$/.test(level) ? level : undefined;
    if (unknown.length === 0 && badLevel === undefined) return;
    const tag = this.host.localName;
    withDeveloperHints((hints) => hints.warnAboutAttributes(tag, unknown, known, badLevel));
  }
}

/** Warns when `sections` names a section the article lacks, listing the ones it has. */
export function checkArticleOptions(host: HTMLElement & { sections?: string }, article: Article): void {
  const ids = article.sections.map((section) => section.id);
  if (!host.sections?.split(/[\s,]+/).some((id) => id && !ids.includes(id))) return;
  const element = `<health-topic topic="${article.id}">`;
  withDeveloperHints((hints) => hints.warnAboutSections(element, host.sections!, ids));
}
