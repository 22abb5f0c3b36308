/**
 * The styling API is documented where the custom-elements manifest reads it: every CSS custom
 * property an element's styles use, and every part it renders, is in its JSDoc, and nothing
 * documented is unused.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const elementsDir = path.join(root, 'src/elements');
const sharedStyles = {
  baseStyles: readFileSync(path.join(root, 'src/shared/base.styles.ts'), 'utf8'),
  textStyles: readFileSync(path.join(root, 'src/shared/text.styles.ts'), 'utf8'),
};

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Names of the parts a template renders: part="a b" attributes and heading(..., 'part') calls. */
function renderedParts(source: string): string[] {
  const fromAttributes = matches(source, /\bpart="([^"$]+)"/g).flatMap((value) => value.split(/\s+/));
  const fromHeadings = matches(source, /heading\([^;]*?,\s*'([\w-]+)'\)/g);
  return [...fromAttributes, ...fromHeadings];
}

/** Names a host sees for parts re-exported from inner elements: "heading: section-heading, paragraph". */
function exportedParts(source: string): string[] {
  return matches(source, /const \w+_PARTS =\s*'([^']+)'/g)
    .flatMap((list) => list.split(','))
    .map((entry) => entry.split(':').pop()!.trim());
}

const elements = readdirSync(elementsDir);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const elementSource = (element: string) => read(`src/elements/${element}/${element}.ts`);
const elementStyles = (element: string) => read(`src/elements/${element}/${element}.styles.ts`);

/** The element's class and its helper modules (templates, formats), without its styles. */
const elementCode = (element: string) =>
  readdirSync(path.join(elementsDir, element))
    .filter((file) => !file.includes('.styles.'))
    .map((file) => read(`src/elements/${element}/${file}`))
    .join('\n');

for (const element of elements) {
  // The JSDoc the manifest reads is the class's; what it renders may be in its template module.
  const source = elementSource(element);
  const code = elementCode(element);
  // Custom properties inherit into the elements this one renders, so their styles count as its own.
  const nested = elements.filter((other) => other !== element && new RegExp(`<${other}\\s`).test(code));
  // The shared stylesheets an element adopts, listed in its styles module: `…ShadowStyles = [baseStyles, textStyles, ...]`.
  const shared = (name: string) =>
    Object.entries(sharedStyles).filter(([key]) => new RegExp(`ShadowStyles = \\[[^\\]]*\\b${key}\\b`).test(elementStyles(name)));
  const styles = [element, ...nested]
    .flatMap((name) => [elementStyles(name), ...shared(name).map(([, text]) => text)])
    .join('\n');
  // Parts rendered by the rich-text renderer count when the element uses it.
  const richText = code.includes("from '../../content/rich-text.js'") && code.includes('renderInline') ? read('src/content/rich-text.ts') : '';

  describe(`<${element}> styling API`, () => {
    it('documents every --health-topic-* custom property its styles use, and no other', () => {
      const used = sorted(matches(styles, /var\((--health-topic-[\w-]+)/g));
      const documented = sorted(matches(source, /@cssproperty (--health-topic-[\w-]+)/g));
      assert.ok(used.length > 0);
      assert.deepEqual(documented, used);
    });

    it('documents every part it renders or re-exports, and no other', () => {
      const rendered = sorted([...renderedParts(code + richText), ...exportedParts(code)]);
      const documented = sorted(matches(source, /@csspart ([\w-]+)/g));
      assert.ok(rendered.length > 0);
      assert.deepEqual(documented, rendered);
    });
  });
}
