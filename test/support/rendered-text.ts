const BLOCK_ELEMENTS = new Set([
  'ARTICLE', 'ASIDE', 'DIV', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'LI', 'NAV', 'OL', 'P', 'SECTION', 'UL',
]);

/**
 * The text a reader sees in an element, reading through shadow roots (the elements nest), with
 * block elements separated by a space and white space collapsed, as a screen reader would read it.
 */
export function renderedText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    // nodeType, not instanceof: nodes in an iframe belong to another window's classes.
    const isElement = node.nodeType === Node.ELEMENT_NODE;
    if (!isElement && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (isElement && (element.tagName === 'STYLE' || element.tagName === 'SCRIPT')) return;
    const isBlock = isElement && BLOCK_ELEMENTS.has(element.tagName);
    if (isBlock) parts.push(' ');
    const children = isElement && element.shadowRoot ? element.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
    if (isBlock) parts.push(' ');
  };
  walk(root);
  return collapseWhiteSpace(parts.join(''));
}

export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** All elements matching a selector, searching through every shadow root below `root`. */
export function deepQueryAll<T extends Element = Element>(root: Element | Document | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  const ownShadow = (root as Element).shadowRoot;
  if (ownShadow) found.push(...deepQueryAll<T>(ownShadow, selector));
  return found;
}
