/**
 * A failed assertion about a DOM node (`expect(element.querySelector('x')).to.equal(null)`) makes
 * chai keep the node as the error's `actual`; the test runner then serializes that node, with the
 * whole document behind it, and the file hangs until the runner gives up two minutes later with
 * no message. Every browser test file loads this first (web-test-runner.config.mjs): a failing
 * assertion's nodes become short descriptions, so the failure shows at once, readably.
 */
import { chai } from '@open-wc/testing';

/** `<button part="retry-button">Try again`: enough to recognise the node in a failure report. */
export function describeNode(node: Node): string {
  if (node.nodeType !== Node.ELEMENT_NODE) return `${node.nodeName} ${JSON.stringify((node.textContent ?? '').slice(0, 60))}`;
  const element = node as Element;
  const attributes = [...element.attributes].map(({ name, value }) => ` ${name}="${value.slice(0, 40)}"`).join('');
  return `<${element.localName}${attributes}>${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`;
}

const readable = (value: unknown) => (typeof Node !== 'undefined' && value instanceof Node ? describeNode(value) : value);

chai.use((chaiApi) => {
  const { assert } = chaiApi.Assertion.prototype;
  chaiApi.Assertion.prototype.assert = function assertReadably(this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = readable(failure.actual);
      failure.expected = readable(failure.expected);
      throw error;
    }
  } as typeof assert;
});
