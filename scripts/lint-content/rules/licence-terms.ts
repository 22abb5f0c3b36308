/**
 * Licence terms (`source.terms`): what the widget does with them is in src/content/licence-terms.ts;
 * here, what it cannot do for the author. An edited copy under terms that ask it to leave out the
 * byline or review must also say what the terms ask instead; a figure credited to a picture source
 * the terms do not allow to be reused must go; a licence about to end, or ended, is said. A payload
 * with no terms gets a note: whether terms apply is not recorded, and must not be guessed.
 */
import { creditNotReusable, isEditedCopy, licenceEnded, licenceEndingSoon } from '../../../src/content/licence-terms.js';
import { validateTopic } from '../../../src/content/validate.js';
import { errorAt, warningAt, wholeFile } from '../findings.js';
import type { Finding, LintContext } from '../types.js';

export function licenceTerms(input: unknown, { today }: LintContext): Finding[] {
  const result = validateTopic(input);
  // The schema's rule reports a payload that does not validate.
  if (!result.ok) return [];
  const article = result.value;
  const terms = article.source?.terms;
  if (!terms) return [wholeFile('info', 'Licence terms not recorded: record them under source.terms when they are known, never guessed.')];
  const findings: Finding[] = [];
  if (licenceEnded(article, today)) {
    findings.push(errorAt('source.terms.expires', `The licence ended on ${terms.expires}: the widget shows "no longer available", and the prerender skips it. Remove the article.`));
  } else {
    const ending = licenceEndingSoon(article, today);
    if (ending) findings.push(warningAt('source.terms.expires', `The licence ends on ${ending}: renew it, or remove the article by then.`));
  }
  if (isEditedCopy(article) && (terms.editedCopyOmits ?? []).length > 0) {
    if (!terms.attribution) findings.push(errorAt('source.terms', `"${terms.name}" has an edited copy leave out its ${terms.editedCopyOmits!.join(' and ')}: record the attribution line it must show instead.`));
    if (!terms.editsLine) findings.push(errorAt('source.terms', `"${terms.name}" has an edited copy leave out its ${terms.editedCopyOmits!.join(' and ')}: record the line saying who edited it.`));
  }
  article.sections.forEach((section, sectionIndex) =>
    section.blocks.forEach((block, blockIndex) => {
      if (block.type === 'figure' && creditNotReusable(article, block.credit)) {
        findings.push(errorAt(`sections[${sectionIndex}].blocks[${blockIndex}].credit`, `"${terms.name}" does not allow pictures credited "${block.credit}" to be reused: remove the figure.`));
      }
    }),
  );
  return findings;
}
