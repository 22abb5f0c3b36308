/**
 * HTML as a browser reads it (parse5 follows the HTML standard's parser), for tests of what the
 * project writes as HTML: which elements, attributes, comments and text come out of the markup.
 */
import { parseFragment } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  data?: string;
  value?: string;
}

export interface ParsedElement {
  tagName: string;
  attributes: Record<string, string>;
  /** The text inside it, for `<script>` and `<style>`. */
  text: string;
}

export interface ParsedHtml {
  elements: ParsedElement[];
  comments: string[];
  /** Every text node, in document order, declarative shadow roots included. */
  texts: string[];
}

export function parseHtml(markup: string): ParsedHtml {
  const parsed: ParsedHtml = { elements: [], comments: [], texts: [] };
  const walk = (node: Node): void => {
    if (node.nodeName === '#comment') parsed.comments.push(node.data ?? '');
    else if (node.nodeName === '#text') parsed.texts.push(node.value ?? '');
    else if (node.tagName) {
      const text = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
      parsed.elements.push({ tagName: node.tagName, attributes: Object.fromEntries((node.attrs ?? []).map(({ name, value }) => [name, value])), text });
    }
    for (const child of node.childNodes ?? []) walk(child);
    // A <template>'s children (declarative shadow roots) are in its content fragment.
    if (node.content) walk(node.content);
  };
  walk(parseFragment(markup) as unknown as Node);
  return parsed;
}
