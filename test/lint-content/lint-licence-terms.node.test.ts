/** The linter on licence terms (scripts/lint-content/rules/licence-terms.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintPayload } from '../../scripts/lint-content/lint.js';
import english from '../../content/topics/myoclonus/en.json' with { type: 'json' };
import { licensedPayload } from '../support/licensed-payload.js';

const lint = (payload: unknown, today = '2026-12-05') => lintPayload(payload, { today, maxReviewAgeDays: 1095 }).filter((finding) => finding.path.startsWith('source.terms') || finding.path.endsWith('.credit') || finding.message.startsWith('Licence terms'));

describe('licence terms, in the content linter', () => {
  it('notes that a payload records no terms, without guessing any', () => {
    assert.deepEqual(lint(english), [{ path: '', severity: 'info', message: 'Licence terms not recorded: record them under source.terms when they are known, never guessed.' }]);
  });

  it('finds nothing in an edited copy whose display keeps its terms', () => {
    assert.deepEqual(lint(licensedPayload()), []);
  });

  it('warns 30 days before the licence ends, and fails from that day', () => {
    assert.deepEqual(lint(licensedPayload(), '2027-05-30'), []);
    assert.deepEqual(lint(licensedPayload(), '2027-05-31').map(({ path, severity }) => [path, severity]), [['source.terms.expires', 'warning']]);
    assert.match(lint(licensedPayload(), '2027-06-29')[0]!.message, /ends on 2027-06-30/);
    assert.deepEqual(lint(licensedPayload(), '2027-06-30').map(({ path, severity }) => [path, severity]), [['source.terms.expires', 'error']]);
  });

  it('fails an edited copy that would leave out the byline and review with nothing the terms ask for instead', () => {
    const findings = lint(licensedPayload({}, ['attribution', 'editsLine']));
    assert.deepEqual(findings.map(({ path, severity }) => [path, severity]), [['source.terms', 'error'], ['source.terms', 'error']]);
    assert.match(findings[0]!.message, /attribution line/);
    assert.match(findings[1]!.message, /who edited it/);
  });

  it('fails a figure credited to a picture source the terms do not allow to be reused', () => {
    const findings = lint(licensedPayload({ noReuseImageCredits: ['original illustration'] }));
    assert.deepEqual(findings.map(({ path, severity }) => [path, severity]), [['sections[0].blocks[1].credit', 'error']]);
  });
});
