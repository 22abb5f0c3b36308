import { warningAt } from '../findings.js';
import { blocksOf, field, hasText, sectionsOf } from '../payload.js';
import type { Finding } from '../types.js';

/** Warning: a figure needs alt text for people who cannot see it, and a credit naming who made it. */
export function figuresWithoutAltOrCredit(input: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const block of sectionsOf(input).flatMap(blocksOf)) {
    if (field(block.value, 'type') !== 'figure') continue;
    if (!hasText(field(block.value, 'alt'))) {
      const why = 'people who cannot see it learn nothing from it';
      findings.push(warningAt(`${block.path}.alt`, `The figure has no alt text, so ${why}; describe what the picture shows.`));
    }
    if (!hasText(field(block.value, 'credit'))) {
      const advice = 'say who made the picture and under what terms it is used';
      findings.push(warningAt(`${block.path}.credit`, `The figure has no credit; ${advice}.`));
    }
  }
  return findings;
}
