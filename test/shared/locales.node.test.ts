/** Language tags as readers, pages and payloads write them (src/shared/locales.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseLanguage, bestLocale, sameLanguage } from '../../src/shared/locales.js';

describe('language tags', () => {
  it('name their language without region or script, in lower case', () => {
    assert.equal(baseLanguage('es-MX'), 'es');
    assert.equal(baseLanguage('PT-br'), 'pt');
    assert.equal(baseLanguage('zh-Hant-TW'), 'zh');
    assert.equal(baseLanguage('en'), 'en');
  });

  it('name the same language whatever their region or letter case', () => {
    assert.equal(sameLanguage('es', 'es-MX'), true);
    assert.equal(sameLanguage('ES-ar', 'es-MX'), true);
    assert.equal(sameLanguage('en', 'es'), false);
    assert.equal(sameLanguage('pt-BR', 'es-BR'), false);
  });
});

describe('the best locale for a reader', () => {
  it('is the one asked for, in any letter case, before its base language', () => {
    assert.equal(bestLocale(['en', 'es', 'es-MX'], 'ES-mx', 'en'), 'es-MX');
    assert.equal(bestLocale(['en', 'ES'], 'es', 'en'), 'ES');
  });

  it('is else the base language of the one asked for', () => {
    assert.equal(bestLocale(['en', 'es'], 'es-AR', 'en'), 'es');
    assert.equal(bestLocale(['en', 'pt'], 'PT-br', 'en'), 'pt');
  });

  it('is else the fallback, in any letter case', () => {
    assert.equal(bestLocale(['es', 'en'], 'fr', 'en'), 'en');
    assert.equal(bestLocale(['es', 'EN'], 'fr-CA', 'en'), 'EN');
  });

  it('is else the first there is, and none when there is none', () => {
    assert.equal(bestLocale(['es', 'pt'], 'fr', 'en'), 'es');
    assert.equal(bestLocale([], 'fr', 'en'), undefined);
  });
});
