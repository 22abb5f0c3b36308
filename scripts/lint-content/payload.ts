/**
 * Reading the raw JSON: every rule but the schema's runs on data that may not match the schema,
 * so each access is guarded and a missing part is simply not checked.
 */
import type { InlineText } from '../../src/content/schema.js';
import { plainText } from '../../src/content/rich-text.js';
import { sectionAnchor } from '../../src/content/published.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

export function entries(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

export interface Located {
  value: unknown;
  path: string;
}

export function sectionsOf(input: unknown): Located[] {
  return entries(field(input, 'sections')).map((value, index) => ({ value, path: `sections[${index}]` }));
}

export function blocksOf(section: Located): Located[] {
  return entries(field(section.value, 'blocks')).map((value, index) => ({ value, path: `${section.path}.blocks[${index}]` }));
}

export interface Prose extends Located {
  /** A list item counts as one sentence, whatever its punctuation. */
  isListItem: boolean;
}

/** Every place inline text can hold the article's words and links: summary, paragraphs, lists, captions. */
export function inlineTexts(input: unknown): Prose[] {
  const found: Prose[] = entries(field(input, 'summary')).map((value, index) => ({ value, path: `summary[${index}]`, isListItem: false }));
  for (const block of sectionsOf(input).flatMap(blocksOf)) {
    const at = (key: string): Prose => ({ value: field(block.value, key), path: `${block.path}.${key}`, isListItem: false });
    switch (field(block.value, 'type')) {
      case 'paragraph':
        found.push(at('text'));
        break;
      case 'list':
        if (field(block.value, 'leadIn') !== undefined) found.push(at('leadIn'));
        entries(field(block.value, 'items')).forEach((value, index) => {
          found.push({ value, path: `${block.path}.items[${index}]`, isListItem: true });
        });
        break;
      case 'figure':
        if (field(block.value, 'caption') !== undefined) found.push(at('caption'));
        break;
    }
  }
  return found;
}

/** Inline text as far as plainText needs it: a string, or runs that each hold their text. */
function isReadable(value: unknown): value is InlineText {
  return typeof value === 'string' || (Array.isArray(value) && value.every((run) => typeof field(run, 'text') === 'string'));
}

export function wordsOf(value: unknown): string {
  return isReadable(value) ? plainText(value) : '';
}

/** The fragment a hospital page links to: `#myoclonus-symptoms`. */
export function deepLink(input: unknown, sectionId: string): string {
  const topic = field(input, 'id');
  return `#${sectionAnchor(typeof topic === 'string' ? topic : '…', sectionId)}`;
}
