import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HealthTopic as Article } from '../../content/schema.js';
import { afterPaint } from '../../shared/after-paint.js';
import { checkedImport } from '../../shared/checked-import.js';

/**
 * Keeps one `<script type="application/ld+json">` in the document's head for the article an
 * element shows, for search engines: added when the article shows (and again when the element
 * is moved, which disconnects and reconnects it), removed with the element or its article.
 * The code that writes it is a chunk of its own, loaded once the article is painted: search
 * engines need it, the first paint does not.
 */
export class StructuredDataController implements ReactiveController {
  private script?: HTMLScriptElement;
  /** The article the script is for, or is being written for. */
  private published?: Article;

  /** `article` says which article to describe now, if any. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly article: () => Article | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.withdraw();
  }

  private sync(): void {
    const article = this.host.isConnected ? this.article() : undefined;
    if (article === this.published) return;
    this.withdraw();
    if (!article) return;
    this.published = article;
    afterPaint(() => {
      if (this.published !== article) return;
      checkedImport('structured-data', () => import('../../seo/structured-data.js'))
        .then(({ publishStructuredData }) => {
          if (this.published === article && this.host.isConnected) this.script = publishStructuredData(article);
        })
        // Only search engines miss it: the article on screen stays as it is.
        .catch(() => undefined);
    });
  }

  private withdraw(): void {
    this.script?.remove();
    this.script = undefined;
    this.published = undefined;
  }
}
