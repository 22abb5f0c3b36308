import { VERSION } from './version.js';

/**
 * Registers elements, safe to run twice (two copies of the script, or two versions on one page):
 * tags already registered are left as they are, and one warning says so.
 */
export function registerElements(elements: readonly [string, CustomElementConstructor][]): void {
  const taken = elements.filter(([tag]) => customElements.get(tag)).map(([tag]) => tag);
  for (const [tag, element] of elements) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
  if (taken.length === 0) return;
  const tags = `<${taken.join('>, <')}>`;
  const version = (customElements.get(taken[0]) as { version?: unknown } | undefined)?.version;
  // Only this library's elements carry a static `version`: any other class is the page's own.
  console.warn(
    typeof version === 'string'
      ? `Health Topic Elements ${VERSION}: ${tags} already registered by version ${version} of this library, which stays in use. Is the script on the page twice?`
      : `Health Topic Elements ${VERSION}: ${tags} is already registered by another script, not Health Topic Elements; these elements cannot be used on this page. Rename or remove the other element.`,
  );
}
