import { css } from 'lit';

export const snippetBuilderStyles = css`
  :host {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }

  @media (min-width: 60rem) {
    :host {
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    }

    .preview {
      grid-column: 1 / -1;
    }
  }

  .hint {
    font-size: 0.9em;
    margin-block: 0.5rem;
  }

  ul.hint {
    padding-inline-start: 1.25rem;
  }

  code {
    overflow-wrap: anywhere;
  }

  /* A fieldset is as wide as its widest line unless told otherwise: at 320 px, hashes would push it out. */
  fieldset {
    min-inline-size: 0;
    border: 1px solid currentColor;
    border-radius: 4px;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
  }

  legend {
    font-weight: bold;
    padding-inline: 0.25rem;
  }

  label {
    display: block;
    margin-block: 0.5rem 0.25rem;
  }

  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 24px;
  }

  select,
  textarea,
  button,
  input {
    font: inherit;
  }

  select,
  textarea,
  #topic {
    inline-size: 100%;
  }

  /* The topic's matches, in the flow below the field: nothing is covered, at any width. */
  #topic-matches {
    list-style: none;
    margin: 0.25rem 0 0.5rem;
    padding: 0;
    max-block-size: 15rem;
    overflow-y: auto;
    border: 1px solid currentColor;
    border-radius: 4px;
  }

  [role='option'] {
    min-block-size: 24px;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  [role='option']:hover {
    text-decoration: underline;
  }

  /* Not by color alone: the match the arrow keys are on is outlined, the chosen topic bold. */
  [role='option'][aria-selected='true'] {
    outline: 2px solid currentColor;
    outline-offset: -2px;
  }

  [role='option'].chosen {
    font-weight: bold;
  }

  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    /* A label of several lines does not shrink its box. */
    flex: none;
  }

  input[type='color'] {
    inline-size: 3rem;
    block-size: 2rem;
  }

  .color {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .color label {
    flex-basis: 100%;
  }

  button {
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: 4px;
    padding: 0.25rem 1rem;
    margin-block-start: 0.5rem;
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    border-style: dashed;
  }

  .field-message {
    margin-block: 0.25rem 0.75rem;
  }

  .field-message:empty {
    display: none;
  }

  /* Not by color alone: a refusal is bold and marked by a rule. */
  .field-message.refused {
    font-weight: bold;
    border-inline-start: 4px solid currentColor;
    padding-inline-start: 0.5rem;
  }

  /* What the article as HTML shows until the script runs, next to the choice it cannot honour: marked by a rule, not by color alone. */
  .html-note {
    border-inline-start: 4px solid currentColor;
    padding-inline-start: 0.5rem;
  }

  details {
    margin: 0 0 1rem;
  }

  summary {
    cursor: pointer;
    font-weight: bold;
    min-block-size: 24px;
    margin-block-end: 0.75rem;
  }

  .announcement {
    min-block-size: 1.5em;
    font-weight: bold;
  }

  .preview {
    border-block-start: 4px solid currentColor;
    padding-block-start: 1rem;
  }

  .preview-label {
    font-weight: bold;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    font-size: 0.875em;
  }
`;
