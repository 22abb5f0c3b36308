import { checkedImport } from '../../shared/checked-import.js';

type DeveloperHints = typeof import('./developer-hints.js');

/**
 * Gives the console's hints for the site's developers to `use`. They are a chunk of their own,
 * loaded only when there is something to say; when it cannot be loaded (offline, refused as
 * changed, deleted with an old build), the hint is left out, and the page sees no rejection.
 */
export function withDeveloperHints(use: (hints: DeveloperHints) => void): void {
  checkedImport('developer-hints', () => import('./developer-hints.js')).then(use, () => undefined);
}
