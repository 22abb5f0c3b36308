import { sameArticleFile } from '../../content/published.js';
import { emit } from './events.js';
import type { Outcome } from './find-article.js';

/**
 * An article prerendered into the page (a declarative shadow root from the prerendered snippet,
 * or the build's HTML the first paint inserted): it stays on screen until the element's own
 * render of it is ready, then leaves in one go. Other failures leave it on screen, as the article
 * it is; a changed file on the CDN does not, as the reader must see that it was refused. A pasted
 * article older than the one that replaces it is told to the page (`health-topic-outdated-snippet`),
 * for the web team to paste it again: readers without JavaScript still read the old one.
 */
export class PrerenderedArticle {
  private nodes: ChildNode[] = [];
  /** The content version the pasted snippet was prerendered from (see published.ts). */
  private readonly pastedVersion: string | null;

  /** Keeps the root's prerendered article, if it holds one, and has Lit render after it. */
  constructor(
    private readonly host: HTMLElement,
    root: ParentNode,
    renderOptions: { renderBefore?: ChildNode | null },
  ) {
    this.pastedVersion = host.getAttribute('content-version');
    if (!root.querySelector('article')) return;
    this.nodes = [...root.childNodes];
    // A boundary for Lit's own nodes, which stays when the prerendered ones leave.
    const boundary = document.createComment('');
    root.append(boundary);
    renderOptions.renderBefore = boundary;
  }

  get showing(): boolean {
    return this.nodes.length > 0;
  }

  /** Leaves for `outcome` when it is the article, or a refused file. */
  giveWayTo(outcome: Outcome | undefined): void {
    if (outcome?.state === 'loaded' && this.showing) this.tellIfOutdated(outcome.article, outcome.version);
    if (outcome?.state === 'loaded' || (outcome?.state === 'error' && outcome.error.code === 'changed-file')) this.remove();
  }

  private tellIfOutdated({ id: topic, locale }: { id: string; locale: string }, current: string | undefined): void {
    const pasted = this.pastedVersion;
    if (!pasted || !current || pasted === current || !sameArticleFile(pasted, current)) return;
    emit(this.host, 'health-topic-outdated-snippet', { topic, locale, pasted, current });
  }

  remove(): void {
    for (const node of this.nodes) node.remove();
    this.nodes = [];
  }
}
