/** Work put off until after a paint (src/shared/after-paint.ts), with frames and timers played by hand. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { afterPaint } from '../../src/shared/after-paint.js';

/** A stand-in for the browser's frames: callbacks wait until `paint()` runs them, as one frame. */
function fakeFrames() {
  let callbacks: FrameRequestCallback[] = [];
  globalThis.requestAnimationFrame = (callback) => callbacks.push(callback);
  return {
    paint() {
      const frame = callbacks;
      callbacks = [];
      for (const callback of frame) callback(0);
    },
  };
}

describe('afterPaint', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => {
    mock.timers.reset();
    delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame;
  });

  it('runs the work at once where there are no frames (a server rendering the article)', () => {
    const runs: string[] = [];
    afterPaint(() => runs.push('work'));
    assert.deepEqual(runs, ['work']);
  });

  it('runs the work in a task after the next frame, not in it, and only once', () => {
    const frames = fakeFrames();
    const runs: string[] = [];
    afterPaint(() => runs.push('work'));
    assert.deepEqual(runs, []);
    frames.paint();
    assert.deepEqual(runs, [], 'not within the frame, before its paint');
    mock.timers.tick(0);
    assert.deepEqual(runs, ['work']);
    mock.timers.tick(5000);
    assert.deepEqual(runs, ['work'], 'not again when the fallback time comes');
  });

  it('runs the work after a second when no frame comes (a hidden tab, a throttled iframe), and not again when one does', () => {
    const frames = fakeFrames();
    const runs: string[] = [];
    afterPaint(() => runs.push('work'));
    mock.timers.tick(999);
    assert.deepEqual(runs, []);
    mock.timers.tick(1);
    assert.deepEqual(runs, ['work']);
    frames.paint();
    mock.timers.tick(0);
    assert.deepEqual(runs, ['work']);
  });
});
