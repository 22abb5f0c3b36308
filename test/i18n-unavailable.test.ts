/**
 * The widget's Spanish words are a chunk of their own. When it cannot be downloaded, a Spanish
 * article still shows, with the widget's own words in English, and nothing fails. (This file's
 * page never gets the chunk: browsers remember a failed module for the life of the page.)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { showHealthTopic } from './support/health-topic.js';
import { watchUncaught } from './support/page-faults.js';

describe('the widget\'s words in a language whose chunk cannot be downloaded', () => {
  before(() => executeServerCommand('fail-requests', ['/src/i18n/generated/locales/es']));
  after(() => executeServerCommand('fail-requests', []));

  it('shows the article in that language, with the widget\'s words in English', async () => {
    const uncaught = watchUncaught();
    try {
      const element = await showHealthTopic((element) => {
        element.topic = 'myoclonus';
        element.lang = 'es';
      });
      const root = element.shadowRoot!;
      expect(root.querySelector('[part="title"]')!.textContent).to.equal('Mioclonía');
      expect(root.getElementById('toc_label')!.textContent).to.equal('Contents');
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });
});
