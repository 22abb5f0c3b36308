import { expect, oneEvent } from '@open-wc/testing';
import { emit, type HealthTopicLoadEvent } from '../../../src/elements/health-topic/events.js';

describe('emit', () => {
  it('sends the named event with its detail, bubbling and crossing shadow roots', async () => {
    const host = document.createElement('div');
    const shadowChild = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(shadowChild);
    document.body.append(host);
    try {
      const heard = oneEvent(document, 'health-topic-load') as Promise<HealthTopicLoadEvent>;
      emit(shadowChild, 'health-topic-load', { topic: 'myoclonus', locale: 'en' });
      const event = await heard;
      expect(event.detail).to.deep.equal({ topic: 'myoclonus', locale: 'en' });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      // Heard outside the shadow root, the event's target is the host.
      expect(event.target).to.equal(host);
    } finally {
      host.remove();
    }
  });

  it('takes only the event map\'s names and details (checked by `npm run typecheck`)', () => {
    const element = document.createElement('div');
    const names: string[] = [];
    element.addEventListener('health-topic-lod', () => names.push('misspelt'));
    // @ts-expect-error A misspelt event name does not compile.
    emit(element, 'health-topic-lod', { topic: 'myoclonus', locale: 'en' });
    // @ts-expect-error Nor does another event's detail.
    emit(element, 'health-topic-load', { code: 'timeout', message: 'x' });
    expect(names).to.deep.equal(['misspelt']);
  });
});
