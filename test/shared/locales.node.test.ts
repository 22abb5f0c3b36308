/** Language tags as readers, pages and payloads write them (src/shared/locales.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseLanguage, bestLocale, sameLanguage, textDirection } from '../../src/shared/locales.js';

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

describe('textDirection', () => {
  it('is right to left for languages written so, in any letter case and with a region', () => {
    for (const tag of ['ar', 'AR-eg', 'he', 'iw', 'fa-IR', 'ur', 'yi', 'ps', 'sd', 'dv', 'ckb', 'ug', 'ks', 'arc']) assert.equal(textDirection(tag), 'rtl', tag);
  });

  it('is right to left for a tag naming a right-to-left script, and left to right for a left-to-right one', () => {
    for (const tag of ['az-Arab', 'pa-Arab-PK', 'ff-Adlm', 'man-Nkoo', 'rhg-Rohg', 'syr-Syrc', 'jrb-Hebr', 'dv-Thaa', 'ku-ARAB']) assert.equal(textDirection(tag), 'rtl', tag);
    for (const tag of ['sd-Deva', 'ks-Deva-IN', 'ug-Cyrl', 'ar-Latn']) assert.equal(textDirection(tag), 'ltr', `${tag}: the script named decides`);
  });

  it('is left to right for everything else', () => {
    for (const tag of ['en', 'es-MX', 'zh-Hant', 'az', 'pa', 'arabic', 'x-arab', 'en-arabic', 'ja']) assert.equal(textDirection(tag), 'ltr', tag);
  });
});
