/** Data set straight on an element never throws into the host page (src/shared/guarded-render.ts). */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { nothing } from 'lit';
import { renderGuarded, type GuardedElement } from '../../src/shared/guarded-render.js';

/** Just what renderGuarded reads of an element: its tag name, and where it keeps the error. */
function element(): GuardedElement {
  return { localName: 'topic-section' } as GuardedElement;
}

describe('a guarded render', () => {
  let logged: ReturnType<typeof mock.method>;
  beforeEach(() => {
    logged = mock.method(console, 'error', () => undefined);
  });
  afterEach(() => mock.restoreAll());

  it('renders what the template gives, and forgets the error of an earlier render', () => {
    const host = element();
    host.renderError = new Error('earlier');
    assert.equal(renderGuarded(host, () => 'the section'), 'the section');
    assert.equal(host.renderError, undefined);
    assert.equal(logged.mock.callCount(), 0);
  });

  it('renders nothing when the template throws, keeps the error for the article, and says why in the console', () => {
    const host = element();
    const error = new TypeError('blocks is not iterable');
    const rendered = renderGuarded(host, () => {
      throw error;
    });
    assert.equal(rendered, nothing);
    assert.equal(host.renderError, error);
    assert.deepEqual(logged.mock.calls.map((call) => call.arguments), [['<topic-section>: this data cannot be shown:', error]]);
  });
});
