/** Finding the article by a clinical code (src/content/code-lookup.ts), as patient portals do. */
import { expect } from '@open-wc/testing';
import { codeSystemOf } from '../../src/content/code-lookup.js';
import type { HealthTopic } from '../../src/elements/health-topic/health-topic.js';
import { mountHealthTopic } from '../support/mount-health-topic.js';

describe('code systems', () => {
  it('reads the spellings a portal may send', () => {
    for (const name of ['icd-10-cm', 'ICD-10-CM', 'icd10cm', 'icd-10', ' ICD_10_CM ', 'icd 10 cm']) expect(codeSystemOf(name), name).to.equal('icd-10-cm');
    for (const name of ['snomed-ct', 'SNOMED CT', 'snomed', 'snomedct', 'snomed_ct']) expect(codeSystemOf(name), name).to.equal('snomed-ct');
    for (const name of [undefined, '', 'icd-9', 'loinc']) expect(codeSystemOf(name), String(name)).to.equal(undefined);
  });
});

describe('lookup by clinical code', () => {
  afterEach(() => document.querySelectorAll('body > health-topic').forEach((element) => element.remove()));

  const title = (element: HealthTopic) => element.shadowRoot!.querySelector('[part="title"]')!.textContent;

  it('finds Myoclonus by its ICD-10-CM code', async () => {
    const { element } = await mountHealthTopic({ setUp: (element) => {
      element.setAttribute('code', 'G25.3');
      element.setAttribute('code-system', 'icd-10-cm');
    } });
    expect(title(element)).to.equal('Myoclonus');
  });

  it("finds Myoclonus by its SNOMED CT code, in the reader's language", async () => {
    const { element } = await mountHealthTopic({ setUp: (element) => {
      element.setAttribute('code', '17450006');
      element.setAttribute('code-system', 'snomed-ct');
      element.lang = 'es';
    } });
    expect(title(element)).to.equal('Mioclonía');
  });

  it('searches every system when none is given, whatever the letter case', async () => {
    const { element } = await mountHealthTopic({ setUp: (element) => element.setAttribute('code', 'g25.3') });
    expect(title(element)).to.equal('Myoclonus');
  });

  it('shows the not-found state, naming the code, for an unknown code', async () => {
    const { element, detail } = await mountHealthTopic({ setUp: (element) => {
      element.setAttribute('code', 'G99.9');
      element.setAttribute('code-system', 'icd-10-cm');
    }, until: 'error' });
    expect(detail.code).to.equal('not-found');
    expect(detail.clinicalCode).to.equal('G99.9');
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('We could not find an article for the code "G99.9".');
  });

  it('does not take a code from one system for another', async () => {
    const { detail } = await mountHealthTopic({ setUp: (element) => {
      element.setAttribute('code', 'G25.3');
      element.setAttribute('code-system', 'snomed-ct');
    }, until: 'error' });
    expect(detail.code).to.equal('not-found');
  });
});
