/** How contributors and cited authors are named (src/content/contributors.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Contributor } from '../../src/content/schema.js';
import { citedName, contributorNames } from '../../src/content/contributors.js';

const contributors: Contributor[] = [
  { name: 'Cynthia M. Johnson', credentials: 'MA', role: 'author' },
  { name: 'Rimas Lukas', credentials: 'MD', role: 'reviewer' },
  { name: 'Ana Ruiz', role: 'author' },
  { name: 'Li Wei', role: 'author' },
];

describe('contributor names', () => {
  it('name each contributor in a role with their credentials, as a list in the article\'s language', () => {
    assert.equal(contributorNames(contributors, 'author', 'en'), 'Cynthia M. Johnson, MA, Ana Ruiz, and Li Wei');
    assert.equal(contributorNames(contributors, 'author', 'es'), 'Cynthia M. Johnson, MA, Ana Ruiz y Li Wei');
  });

  it('name one contributor alone, and none as nothing', () => {
    assert.equal(contributorNames(contributors, 'reviewer', 'en'), 'Rimas Lukas, MD');
    assert.equal(contributorNames(contributors.slice(2, 3), 'author', 'en'), 'Ana Ruiz');
    assert.equal(contributorNames(contributors.slice(2), 'reviewer', 'en'), '');
  });

  it('join two names without a comma', () => {
    assert.equal(contributorNames(contributors.slice(2), 'author', 'en'), 'Ana Ruiz and Li Wei');
  });
});

describe('cited authors', () => {
  it('are written family name first, then initials, as the AMA style writes them', () => {
    assert.equal(citedName({ family: 'Eberhardt', given: 'O' }), 'Eberhardt O');
    assert.equal(citedName({ family: 'World Health Organization' }), 'World Health Organization');
    assert.equal(citedName({ family: 'Topka', given: '' }), 'Topka');
  });
});
