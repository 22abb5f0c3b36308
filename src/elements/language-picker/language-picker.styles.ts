import { css } from '@lit/reactive-element/css-tag.js';
import { baseStyles } from '../../shared/base.styles.js';

export const languagePickerStyles = css`
  /* A block as wide as its button: the same box before and after it is defined (no baseline shift). */
  :host {
    display: block;
    inline-size: fit-content;
    position: relative;
  }

  /* Prerendered and read with JavaScript off, the button would do nothing: hidden until the element is
     defined, its space kept. */
  :host(:not(:defined)) {
    visibility: hidden;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--health-topic-radius, 4px);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }

  /* A text glyph, not a CSS triangle, so it keeps its shape in forced-colors mode. */
  .caret {
    font-size: 0.875em;
    line-height: 1;
  }

  [aria-expanded='true'] .caret {
    transform: rotate(180deg);
  }

  ul {
    position: absolute;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-start: 0;
    z-index: 1;
    min-inline-size: 100%;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--health-topic-menu-background, Canvas);
    color: var(--health-topic-menu-color, CanvasText);
    border: 2px solid currentColor;
    border-radius: var(--health-topic-radius, 4px);
  }

  ul[hidden] {
    display: none;
  }

  li {
    padding: 0.25em 0.75em 0.25em 1.75em;
    cursor: pointer;
    white-space: nowrap;
  }

  li[aria-checked='true']::before {
    content: '✓' / '';
    display: inline-block;
    inline-size: 1em;
    margin-inline-start: -1.25em;
    margin-inline-end: 0.25em;
  }

  li:hover {
    text-decoration: underline;
  }

  /* Inside the menu's border, so the ring is not cut off. */
  [role='menuitemradio']:focus-visible {
    outline-offset: -3px;
  }
`;

/** Everything a <language-picker> shadow root adopts: the element's own `styles`, and the first paint's for the build's HTML. */
export const languagePickerShadowStyles = [baseStyles, languagePickerStyles];
