/**
 * Named hostile inputs of the snippet builder, each with the reason it is here: what an author
 * could type (or a topic index could hold) that once broke the snippet. Checked by
 * test/snippet-builder/hostile-choices.node.test.ts; the property test generates more of the kind.
 */
import type { TypedChoices } from './builder-snippet-check.js';

export interface HostileBuilderInput {
  name: string;
  reason: string;
  choices: Partial<TypedChoices>;
  /** A snippet written, or none, with a message on the address field. */
  outcome: 'written' | 'refused';
}

export const PLAIN_CHOICES: TypedChoices = {
  baseUrl: 'https://cdn.example.org/health-topic-elements/',
  topic: 'myoclonus',
  lang: '',
  sections: [],
  fallbackTitle: 'Myoclonus',
  fallbackHref: '',
  version: 'pinned',
  prerendered: false,
};

const both = (input: Omit<HostileBuilderInput, 'choices'> & { choices: Partial<TypedChoices> }): HostileBuilderInput[] => [
  input,
  { ...input, name: `${input.name}, with the article as HTML`, choices: { ...input.choices, prerendered: true } },
];

export const HOSTILE_BUILDER_INPUTS: HostileBuilderInput[] = [
  ...both({
    name: 'a base address without a scheme',
    reason: 'the commonest typo once made every render throw "Invalid URL", and no snippet came out',
    choices: { baseUrl: 'cdn.example.org/health-topic-elements' },
    outcome: 'written',
  }),
  ...both({
    name: 'a base address that closes its attribute',
    reason: 'it once went into the prerendered part unescaped: an <img onerror> on the hospital\'s page',
    choices: { baseUrl: 'https://cdn.example.org/a"><img src=x onerror=alert(1)>/' },
    outcome: 'refused',
  }),
  ...both({
    name: 'a base address that closes its attribute, without a space',
    reason: 'the same, past the rule against spaces: the quote must stay in the address',
    choices: { baseUrl: 'https://cdn.example.org/a"><img/src=x/onerror=alert(1)>/' },
    outcome: 'written',
  }),
  ...both({
    name: 'a base address holding a replacement pattern',
    reason: '"$\'" once duplicated markup through String.replace: two <health-topic> elements',
    choices: { baseUrl: "https://cdn.example.org/$'/$&/" },
    outcome: 'written',
  }),
  ...['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '', '   ', 'https://cdn.example.org/my folder/'].map(
    (baseUrl): HostileBuilderInput => ({
      name: `the base address ${JSON.stringify(baseUrl)}`,
      reason: 'no page can load the files from it: a message on the field, never an exception',
      choices: { baseUrl },
      outcome: 'refused',
    }),
  ),
  {
    name: 'a topic-index locale key that closes its attribute',
    reason: '`en" x="` once threw a RangeError on every render; chosen, it must stay one lang value',
    choices: { lang: 'en" x="' },
    outcome: 'written',
  },
  {
    name: 'a topic id with a handler',
    reason: 'a topic id is written into an attribute',
    choices: { topic: 'myoclonus" onmouseover="alert(1)' },
    outcome: 'written',
  },
  {
    name: 'section ids that close the element',
    reason: 'section ids are written into an attribute',
    choices: { sections: ['symptoms"></health-topic><health-topic topic="x', "causes' onfocus='alert(1)"] },
    outcome: 'written',
  },
  ...['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x'].map(
    (fallbackHref): HostileBuilderInput => ({
      name: `the fallback link ${JSON.stringify(fallbackHref)}`,
      reason: 'a javascript: fallback link was once accepted into the snippet',
      choices: { fallbackHref },
      outcome: 'written',
    }),
  ),
  {
    name: 'a fallback title of markup',
    reason: 'the title is written as text',
    choices: { fallbackTitle: '<script>alert(1)</script>&amp; `${x}`' },
    outcome: 'written',
  },
];
