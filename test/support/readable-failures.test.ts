/** The test harness itself: a failed assertion about a DOM node must report at once (test/support/readable-failures.ts). */
import { expect } from '@open-wc/testing';

describe('failed assertions about DOM nodes', () => {
  it('carry a short description of the node, not the node, for the runner to report', () => {
    let failure: { actual?: unknown; message?: string } | undefined;
    try {
      expect(document.body, 'the body').to.equal(null);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.message).to.include('the body');
    expect(typeof failure?.actual).to.equal('string');
    expect(String(failure?.actual)).to.match(/^<body/);
  });
});
