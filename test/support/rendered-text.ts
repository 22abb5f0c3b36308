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

/** The white space CSS collapses under `white-space: normal`: not the no-break space, which is text. */
const CSS_WHITE_SPACE = /[ \t\n\r\f]+/g;
const NOT_RENDERED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** The children of a node in the composed tree: a host's shadow root, a slot's assigned nodes. */
function composedChildren(node: Node): Node[] {
  const element = node as Element;
  if (element.shadowRoot) return [...element.shadowRoot.childNodes];
  const assigned = element.tagName === 'SLOT' ? (element as HTMLSlotElement).assignedNodes() : [];
  return assigned.length > 0 ? assigned : [...node.childNodes];
}

/**
 * The text of the composed tree (shadow roots, slots) as a reader sees it, one line per block box:
 * white space collapsed where CSS collapses it and nowhere else, so "et al. Clinical" and
 * "et al.Clinical" differ, while "a\n    b" and "a b" do not. Whether an element breaks the line
 * comes from its computed `display`. Hidden parts (a closed menu) are read too: they show later.
 * The widget has no preformatted text, so every text node is collapsed.
 */
export function readerText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(CSS_WHITE_SPACE, ' '));
      return;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return composedChildren(node).forEach(walk);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (NOT_RENDERED.has(element.tagName)) return;
    if (element.tagName === 'BR') return void parts.push('\n');
    // The element's own window: nodes in an iframe are styled by it.
    const display = element.ownerDocument.defaultView!.getComputedStyle(element).display;
    const breaksLine = display !== 'inline' && display !== 'contents';
    if (breaksLine) parts.push('\n');
    composedChildren(element).forEach(walk);
    if (breaksLine) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .replace(/^\n|\n$/g, '');
}

/** An element as a failure message names it: its tag and its text. */
export function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  return `${element.tagName.toLowerCase()}:${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
}
