import { css } from 'lit';

export const healthTopicStyles = css`
  :host {
    display: block;
    max-width: var(--health-topic-max-width, 48rem);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * Font family, size and text color come from the page, so the article looks native. Inherited
   * properties that would only break the article (a page's huge line height, nowrap, uppercase...)
   * are set back here.
   */
  .surface {
    line-height: var(--health-topic-line-height, 1.5);
    white-space: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    font-style: normal;
    font-weight: normal;
    word-break: normal;
    overflow-wrap: break-word;
    visibility: visible;
  }

  .loading {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    min-height: var(--health-topic-loading-height, 24rem);
  }

  /* Shown only when loading takes a while: a fast load never flashes a spinner. */
  .loading > * {
    opacity: 0;
    animation: health-topic-appear 0s linear 400ms forwards;
  }

  .spinner {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 0.2em solid currentColor;
    border-block-start-color: transparent;
    border-radius: 50%;
    animation:
      health-topic-appear 0s linear 400ms forwards,
      health-topic-spin 0.9s linear infinite;
  }

  @keyframes health-topic-appear {
    to {
      opacity: 1;
    }
  }

  @keyframes health-topic-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: health-topic-appear 0s linear 400ms forwards;
      border-block-start-color: currentColor;
      border-style: dotted;
    }
  }

  article > header {
    margin-block-end: var(--health-topic-space, 1.5em);
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--health-topic-heading-font, inherit);
    line-height: 1.25;
    margin-block: 0 0.5em;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: 2px;
  }

  p {
    margin-block: 0 0.75em;
  }

  a {
    color: var(--health-topic-link-color, LinkText);
  }

  .language-notice {
    border-inline-start: 4px solid var(--health-topic-accent-color, currentColor);
    padding-inline-start: 0.75em;
  }

  language-picker {
    margin-block-end: 0.75em;
  }

  .summary {
    font-size: 1.125em;
  }

  .byline,
  .review,
  .disclaimer {
    font-size: 0.875em;
  }

  nav {
    border-inline-start: 4px solid var(--health-topic-accent-color, currentColor);
    padding-inline-start: 1em;
    margin-block: var(--health-topic-space, 1.5em);
  }

  .toc-label {
    font-weight: bold;
    margin-block-end: 0.25em;
  }

  nav ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  nav li + li {
    margin-block-start: 0.25em;
  }

  .references {
    margin-block: var(--health-topic-space, 1.5em);
  }

  article > footer {
    border-block-start: 1px solid currentColor;
    padding-block-start: 1em;
    margin-block-start: var(--health-topic-space, 1.5em);
  }

  .notice {
    border: 2px solid currentColor;
    border-radius: var(--health-topic-radius, 4px);
    padding: 1em;
  }

  .notice > :last-child {
    margin-block-end: 0;
  }

  .notice-title {
    font-weight: bold;
  }

  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--health-topic-radius, 4px);
    padding: 0.25em 1em;
    cursor: pointer;
  }
`;
