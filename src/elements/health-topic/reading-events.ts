/**
 * Reading events, for the web team's own analytics: which sections were read, whether the reader
 * reached the end, which links were followed, and printing. The widget only tells the page: it
 * sends nothing, stores nothing and reads no identifier. One IntersectionObserver per article
 * watches its sections and its end; no scroll listener runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HealthTopic as Article } from '../../content/schema.js';
import { TopicSection } from '../topic-section/topic-section.js';
import { emit, type HealthTopicLinkKind } from './events.js';

/** How long a section must stay in view to count as read. */
export const SECTION_VIEW_MS = 1000;

/**
 * A section counts as in view when half of it is, or when it fills the view (a section taller than
 * the screen). The view is the page's own, or less where a frame around the page is cut off by the
 * window (the observer's root is then the window's, which a frame's page does not fill).
 */
function inView(entry: IntersectionObserverEntry): boolean {
  const viewport = Math.min(entry.rootBounds?.height ?? Infinity, window.innerHeight);
  return entry.isIntersecting && (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport - 1);
}

/** What a followed link is, from where it stands in the article. */
function linkKind(path: EventTarget[], link: Element): HealthTopicLinkKind {
  const parts = (link.getAttribute('part') ?? '').split(/\s+/);
  if (parts.includes('toc-link')) return 'contents';
  if (parts.includes('doi')) return 'doi';
  if (path.some((target) => target instanceof Element && (target.localName === 'citation-list' || target.getAttribute('part') === 'references'))) return 'reference';
  const section = path.find((target): target is TopicSection => target instanceof TopicSection);
  return section?.section?.id === 'resources' ? 'resource' : 'body';
}

export class ReadingEvents implements ReactiveController {
  private observer?: IntersectionObserver;
  private observed: Element[] = [];
  private readonly timers = new Map<Element, ReturnType<typeof setTimeout>>();
  /** The article watched, as `topic/locale`: a new one starts the counts again; the same one keeps them. */
  private key = '';
  private article?: { topic: string; locale: string; sections: string[] };
  private root?: ParentNode;
  private readonly viewed = new Set<string>();
  private endInView = false;
  private completed = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('click', this.onClick);
    this.host.addEventListener('auxclick', this.onClick);
    window.addEventListener('beforeprint', this.onPrint);
    // Moved on the page: the same article, watched again, with what was already read kept.
    if (this.article) this.observe();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('click', this.onClick);
    this.host.removeEventListener('auxclick', this.onClick);
    window.removeEventListener('beforeprint', this.onPrint);
    this.stopWatching();
  }

  /** Sections shown or hidden without a new article (the `sections` attribute changed): watched afresh. */
  hostUpdated(): void {
    if (!this.observer) return;
    const now = this.watched(this.root!);
    if (now.length !== this.observed.length || now.some((element, index) => element !== this.observed[index])) this.observe();
  }

  /** Watches the article now on screen in `root`: called once it is shown (after `health-topic-load`). */
  watch(article: Article, root: ParentNode): void {
    const key = `${article.id}/${article.locale}`;
    if (key !== this.key) {
      this.key = key;
      this.viewed.clear();
      this.completed = false;
    }
    this.article = { topic: article.id, locale: article.locale, sections: [] };
    this.root = root;
    this.observe();
  }

  /** No article is shown any more (an error state): nothing is watched until one is. */
  stop(): void {
    this.stopWatching();
    this.article = undefined;
  }

  /** The sections, then the article's end (its references, else its footer). */
  private watched(root: ParentNode): Element[] {
    const end = root.querySelector('[part~="references"]') ?? root.querySelector('[part~="footer"]');
    const sections = [...root.querySelectorAll('topic-section')];
    return end ? [...sections, end] : sections;
  }

  private observe(): void {
    this.stopWatching();
    this.observed = this.watched(this.root!);
    const sections = this.observed.filter((element): element is TopicSection => element instanceof TopicSection);
    this.article!.sections = sections.map((section) => section.section?.id ?? '');
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver((entries) => entries.forEach(this.onEntry), { threshold: [0, 0.5, 1] });
    for (const element of this.observed) this.observer.observe(element);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.endInView = false;
  }

  private onEntry = (entry: IntersectionObserverEntry): void => {
    if (!(entry.target instanceof TopicSection)) {
      this.endInView = entry.isIntersecting;
      this.completeIfEnded();
      return;
    }
    const section = entry.target;
    const id = section.section?.id;
    if (!id || this.viewed.has(id)) return;
    if (!inView(entry)) {
      clearTimeout(this.timers.get(section));
      this.timers.delete(section);
    } else if (!this.timers.has(section)) {
      this.timers.set(section, setTimeout(() => this.sectionViewed(section, id), SECTION_VIEW_MS));
    }
  };

  private sectionViewed(section: Element, id: string): void {
    this.timers.delete(section);
    const article = this.article;
    if (!article || this.viewed.has(id)) return;
    this.viewed.add(id);
    emit(this.host, 'health-topic-section-view', { topic: article.topic, locale: article.locale, section: id, index: article.sections.indexOf(id) });
    this.completeIfEnded();
  }

  /** The end of the article is in view after at least one section was read: once per article. */
  private completeIfEnded(): void {
    const article = this.article;
    if (!article || this.completed || !this.endInView || this.viewed.size === 0) return;
    this.completed = true;
    emit(this.host, 'health-topic-read-complete', { topic: article.topic, locale: article.locale, sectionsViewed: this.viewed.size, sections: article.sections.length });
  }

  private onClick = (event: MouseEvent): void => {
    // A middle click follows a link too (auxclick); other buttons do not.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const article = this.article;
    const path = event.composedPath();
    const link = path.find((target): target is HTMLAnchorElement => target instanceof Element && target.localName === 'a' && target.hasAttribute('href'));
    if (!article || !link) return;
    const href = link.href;
    const outbound = new URL(href, location.href).origin !== location.origin;
    emit(this.host, 'health-topic-link-click', { topic: article.topic, locale: article.locale, href, kind: linkKind(path, link), outbound });
  };

  private onPrint = (): void => {
    const article = this.article;
    if (article) emit(this.host, 'health-topic-print', { topic: article.topic, locale: article.locale });
  };
}
