import { deepQueryAll } from './rendered-text.js';

/**
 * Resolves once every custom element in `root`'s composed tree is defined and has no update
 * pending, including elements whose definition arrives in a chunk of its own (the language picker).
 * Works across windows: elements in an iframe wait for that window's registry.
 */
export async function whenRendered(root: Element): Promise<void> {
  const registry = root.ownerDocument.defaultView!.customElements;
  let seen = -1;
  for (;;) {
    const elements = [root, ...deepQueryAll(root, '*')];
    const custom = elements.filter((element) => element.localName.includes('-'));
    await Promise.all(custom.map((element) => registry.whenDefined(element.localName)));
    const settled = await Promise.all(custom.map((element) => (element as { updateComplete?: Promise<boolean> }).updateComplete ?? true));
    // Done when a pass found nothing new and no element had asked for another update meanwhile.
    if (elements.length === seen && settled.every(Boolean)) return;
    seen = elements.length;
  }
}
