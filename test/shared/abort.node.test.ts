/** Waits a widget can give up on (src/shared/abort.ts). Timers are node:test's mock timers: no real waiting. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { deadline, delay, LONGEST_TIMER_MS, TimeoutError, untilAborted } from '../../src/shared/abort.js';

/** Whether a promise has settled, and how, once the microtasks queued so far have run. */
async function stateOf(promise: Promise<unknown>): Promise<string> {
  let state = 'pending';
  promise.then(
    (value) => (state = `resolved ${String(value)}`),
    (error: unknown) => (state = `rejected ${error instanceof Error ? error.message : String(error)}`),
  );
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
  return state;
}

describe('untilAborted', () => {
  it('settles like the work when there is no signal, or the signal never aborts', async () => {
    assert.equal(await untilAborted(Promise.resolve('done'), undefined), 'done');
    assert.equal(await untilAborted(Promise.resolve('done'), new AbortController().signal), 'done');
    await assert.rejects(untilAborted(Promise.reject(new Error('failed')), new AbortController().signal), /failed/);
  });

  it('rejects with the signal\'s reason at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new TimeoutError('too late'));
    assert.equal(await stateOf(untilAborted(Promise.resolve('done'), controller.signal)), 'rejected too late');
  });

  it('rejects with the signal\'s reason as soon as it aborts, while the work goes on', async () => {
    const controller = new AbortController();
    const waiting = untilAborted(new Promise<string>(() => undefined), controller.signal);
    assert.equal(await stateOf(waiting), 'pending');
    controller.abort(new Error('gone'));
    assert.equal(await stateOf(waiting), 'rejected gone');
  });
});

describe('deadline and delay', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('a deadline aborts with a TimeoutError naming its time, once the time has run out', () => {
    const { signal } = deadline(300);
    mock.timers.tick(299);
    assert.equal(signal.aborted, false);
    mock.timers.tick(1);
    assert.equal(signal.aborted, true);
    assert.ok(signal.reason instanceof TimeoutError);
    assert.equal(signal.reason.name, 'TimeoutError');
    assert.equal(signal.reason.message, 'No answer within 300 ms.');
  });

  it('a deadline aborts with its parent, for the parent\'s reason', () => {
    const parent = new AbortController();
    const { signal } = deadline(300, parent.signal);
    parent.abort(new Error('the element was removed'));
    assert.equal(signal.aborted, true);
    assert.equal(signal.reason.message, 'the element was removed');
  });

  it('a deadline without a parent can be cancelled too', () => {
    const { signal, cancel } = deadline(300);
    cancel();
    mock.timers.tick(1000);
    assert.equal(signal.aborted, false);
  });

  it('a cancelled deadline aborts neither when its time runs out nor with its parent', () => {
    const parent = new AbortController();
    const { signal, cancel } = deadline(300, parent.signal);
    cancel();
    mock.timers.tick(1000);
    parent.abort(new Error('later'));
    assert.equal(signal.aborted, false);
  });

  it('a delay resolves after its time, or at once when its signal aborts', async () => {
    const waited = delay(400);
    mock.timers.tick(399);
    assert.equal(await stateOf(waited), 'pending');
    mock.timers.tick(1);
    assert.equal(await stateOf(waited), 'resolved undefined');

    const controller = new AbortController();
    const cut = delay(400, controller.signal);
    assert.equal(await stateOf(cut), 'pending');
    controller.abort();
    assert.equal(await stateOf(cut), 'resolved undefined');
  });

  it('waits no longer than a timer can keep, for a time past it (`Infinity`): a longer one would fire at once', async () => {
    assert.equal(LONGEST_TIMER_MS, 2_147_483_647);
    for (const ms of [Infinity, 3_000_000_000]) {
      const { signal, cancel } = deadline(ms);
      const waited = delay(ms);
      mock.timers.tick(LONGEST_TIMER_MS - 1);
      assert.equal(signal.aborted, false);
      assert.equal(await stateOf(waited), 'pending');
      mock.timers.tick(1);
      assert.equal(signal.aborted, true);
      assert.equal(signal.reason.message, `No answer within ${ms} ms.`);
      assert.equal(await stateOf(waited), 'resolved undefined');
      cancel();
    }
  });
});
