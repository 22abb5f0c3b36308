import { errorView, type ArticleView, type ErrorView, type Outcome } from './find-article.js';
import type { LoadFailure } from './load-errors.js';

/**
 * The one place a failed render is handled: an article that could not be rendered, or whose parts
 * stayed empty, is shown as the error state that says why, until a new outcome replaces it.
 */
export class BrokenRenders {
  private broken?: { article: ArticleView; error: ErrorView };

  /** An outcome as shown: an article whose render failed shows as its error state. */
  shown(outcome: Outcome): Outcome {
    return this.broken?.article === outcome ? this.broken.error : outcome;
  }

  /** Whether this article's render failed. */
  failed(article: ArticleView): boolean {
    return this.broken?.article === article;
  }

  /** Records why `article` cannot be shown (`code`: the element's clinical code), and returns the error state shown instead. */
  fail(article: ArticleView, failure: LoadFailure, code: string | undefined): ErrorView {
    this.broken = { article, error: errorView(failure, { code }, article.ui) };
    return this.broken.error;
  }
}
