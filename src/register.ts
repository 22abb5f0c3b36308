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
  const registered = customElements.get(taken[0]) as { version?: unknown } | undefined;
  const otherVersion = typeof registered?.version === 'string' ? registered.version : 'unknown';
  const versions = otherVersion === VERSION ? `version ${VERSION}` : `version ${otherVersion} (this copy is ${VERSION})`;
  console.warn(`Health Topic Elements: <${taken.join('>, <')}> already registered by ${versions}. Is the script on the page twice?`);
}
