/** How contributors and cited authors are named (src/content/contributors.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Contributor } from '../../src/content/schema.js';
import { citedName, contributorNames, contributorParts } from '../../src/content/contributors.js';
import { htmlOf } from '../support/rendered-html.js';

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

describe('contributors as markup', () => {
  const dated: Contributor[] = [
    { name: 'Cynthia M. Johnson', credentials: 'MA', role: 'reviewer', date: '2024-05-31' },
    { name: 'Rimas Lukas', credentials: 'MD', role: 'author' },
    { name: 'Ana Ruiz', role: 'reviewer' },
  ];

  it('set each name apart, with the day they did their part when it is known, as a list in the article\'s language', () => {
    assert.equal(
      htmlOf(contributorParts(dated, 'reviewer', 'es')),
      '<bdi>Cynthia M. Johnson, MA</bdi> (<time datetime="2024-05-31">31 de mayo de 2024</time>) y <bdi>Ana Ruiz</bdi>',
    );
    assert.equal(htmlOf(contributorParts(dated.slice(0, 1), 'reviewer', 'en')), '<bdi>Cynthia M. Johnson, MA</bdi> (<time datetime="2024-05-31">May 31, 2024</time>)');
  });

  it('are one name alone without a day, and nothing when no one has the role', () => {
    assert.equal(htmlOf(contributorParts(dated, 'author', 'en')), '<bdi>Rimas Lukas, MD</bdi>');
    assert.deepEqual(contributorParts(dated, 'editor', 'en'), []);
  });
});

describe('cited authors', () => {
  it('are written family name first, then initials, as the AMA style writes them', () => {
    assert.equal(citedName({ family: 'Eberhardt', given: 'O' }), 'Eberhardt O');
    assert.equal(citedName({ family: 'World Health Organization' }), 'World Health Organization');
    assert.equal(citedName({ family: 'Topka', given: '' }), 'Topka');
  });
});
