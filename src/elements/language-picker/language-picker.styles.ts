import { css } from 'lit';

export const languagePickerStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }

  :host([hidden]) {
    display: none;
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

  .caret {
    inline-size: 0;
    block-size: 0;
    border-inline: 0.35em solid transparent;
    border-block-start: 0.4em solid currentColor;
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

  button:focus-visible,
  li:focus-visible {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: 2px;
  }

  li:focus {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: -3px;
  }
`;
