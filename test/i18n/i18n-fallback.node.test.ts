/** The widget's words when a language's translations cannot be downloaded (src/i18n/localization.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENGLISH, loadedMessagesFor, messagesFor } from '../../src/i18n/localization.js';

describe('translations that cannot be downloaded', () => {
  it('give English words now, and are asked for again next time', async () => {
    let asked = 0;
    const offline = () => {
      asked += 1;
      return Promise.reject(new Error('offline'));
    };
    assert.equal(await messagesFor('es', offline), ENGLISH);
    assert.equal(loadedMessagesFor('es'), undefined, 'no words kept for Spanish');
    assert.equal(await messagesFor('es-MX', offline), ENGLISH);
    assert.equal(asked, 2, 'asked again');
    const spanish = await messagesFor('es', () => Promise.resolve({ contents: 'Contenido' }));
    assert.equal(spanish.contents, 'Contenido');
    assert.equal(loadedMessagesFor('es')?.contents, 'Contenido');
  });
});
