/**
 * axe as the tests use it. Importing this module turns on, for @open-wc's
 * `await expect(element).to.be.accessible()`, every rule of the sets the widget is held to: axe
 * leaves some off by default, such as WCAG 2.2's target size. For content inside an iframe (the
 * snippet builder's page, Storybook's stories), axe must run in the frame's own window:
 * `expectNoAxeViolationsInFrame` does that.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

/** The rule sets the widget is held to: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Axe = typeof import('axe-core');
const pageAxe = (window as unknown as { axe: Axe }).axe;

/** The rules of those sets, but those axe itself marks experimental or deprecated, as `runOnly` would pick them. */
export function rulesHeldTo(): { ruleId: string; enabled: boolean }[] {
  const rules = pageAxe.getRules(AXE_TAGS) as { ruleId: string; enabled: boolean; tags: string[] }[];
  return rules.filter((rule) => !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'));
}

pageAxe.configure({ rules: rulesHeldTo().map(({ ruleId }) => ({ id: ruleId, enabled: true })) });

type AxeWindow = Window & { axe?: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } };

/** Runs axe over the element `selector` names in the frame, and fails with a readable list of violations. */
export async function expectNoAxeViolationsInFrame(frame: HTMLIFrameElement, selector: string): Promise<void> {
  const page = frame.contentDocument!;
  const frameWindow = frame.contentWindow as AxeWindow;
  if (!frameWindow.axe) {
    const script = page.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
      page.head.append(script);
    });
  }
  const context = page.querySelector(selector);
  expect(context, `${selector} in the frame`).to.not.equal(null);
  const results = await frameWindow.axe!.run(context!, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  const violations = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' > ')).join('; ')}`,
  );
  expect(violations, violations.join('\n')).to.deep.equal([]);
}
