import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { TopicSection } from '../topic-section/topic-section.js';

/**
 * Links from the contents list to the sections, and from the page's address to a section. A hash
 * link cannot reach into a shadow root by itself, so the element moves to its sections itself:
 * on a contents link, on an address opened with a hash, and when the hash changes. Links are
 * written against the page's own address, not `document.baseURI`, so a `<base href>` on the host
 * page cannot send them elsewhere. A prerendered article has no address to write: the build cannot
 * know the page's, and a bare `#anchor` would resolve against a `<base href>` and leave the page.
 */
export class SectionLinks implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * The address of a section: this page, with the anchor as its hash. None when prerendered: the
   * link is then a placeholder (`<a>` without `href`), which goes nowhere with JavaScript off,
   * whatever the page's base; the element's own render gives it this address once it runs.
   */
  href(anchor: string): string | undefined {
    return isServer ? undefined : `${location.href.split('#')[0]}#${anchor}`;
  }

  /** Follows a contents link: the address gets the section's hash, and focus its heading. */
  follow = (event: Event, anchor: string): void => {
    event.preventDefault();
    history.pushState(history.state, '', this.href(anchor));
    this.reveal(anchor);
  };

  /** Moves to the section the page's address names, if it is in this article; says whether it did. */
  revealAddressed(): boolean {
    return this.reveal(location.hash.slice(1));
  }

  private onHashChange = (): void => {
    this.revealAddressed();
  };

  /** The element an anchor names in the article: a section's heading, or the references' heading. */
  private target(anchor: string): HTMLElement | null {
    const target = this.host.shadowRoot?.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`) ?? null;
    return target instanceof TopicSection ? target.headingElement : target;
  }

  /** Scrolls to the section with this anchor and moves focus to its heading. */
  private reveal(anchor: string): boolean {
    if (!anchor) return false;
    const target = this.target(decodeFragment(anchor));
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }
}

/** A URL fragment as text; a malformed escape is taken as it is rather than throwing. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
