import { css } from '@lit/reactive-element/css-tag.js';
import { baseStyles } from '../../shared/base.styles.js';
import { textStyles } from '../../shared/text.styles.js';

export const topicSectionStyles = css`
  :host {
    display: block;
    margin-block: var(--health-topic-space, 1.5em);
  }

  section > :first-child {
    margin-block-start: 0;
  }

  ul,
  ol {
    margin-block: 0 0.75em;
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: 0.25em;
  }

  figure {
    margin: 1em 0;
    max-width: 100%;
  }

  img {
    display: block;
    max-width: min(100%, 20rem);
    height: auto;
  }

  /* The first paint's HTML holds a figure's place; the picture comes once the elements checked it. */
  img:not([src]) {
    visibility: hidden;
  }

  figcaption {
    margin-block-start: 0.5em;
  }

  .credit {
    display: block;
    font-size: 0.875em;
  }

  /* A rebuilt part's note: small, set off by a rule, as the article's other notes are. */
  .provenance {
    font-size: 0.875em;
    border-inline-start: 4px solid var(--health-topic-accent-color, currentColor);
    padding-inline-start: 0.75em;
    margin-block: 0 0.75em;
  }
`;

/** Everything a <topic-section> shadow root adopts: the element's own `styles`, and the first paint's for the build's HTML. */
export const topicSectionShadowStyles = [baseStyles, textStyles, topicSectionStyles];
