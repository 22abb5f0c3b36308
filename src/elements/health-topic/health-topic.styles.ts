import { css } from '@lit/reactive-element/css-tag.js';
import { baseStyles } from '../../shared/base.styles.js';
import { textStyles } from '../../shared/text.styles.js';

export const healthTopicStyles = css`
  :host {
    display: block;
    max-width: var(--health-topic-max-width, 48rem);
  }

  /*
   * Font family, size and text color come from the page, so the article looks native. Inherited
   * properties that would only break the article (a page's huge line height, nowrap, uppercase...)
   * are set back here.
   */
  .surface {
    font-family: var(--health-topic-font-family, inherit);
    line-height: var(--health-topic-line-height, 1.5);
    white-space: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    font-style: normal;
    font-weight: normal;
    word-break: normal;
    overflow-wrap: break-word;
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

  @media print {
    /* On paper: the article, black on white; no contents list, picker or buttons. */
    .surface {
      color: #000;
      background: #fff;
    }

    nav {
      display: none;
    }

    article > footer,
    .notice {
      border-color: #000;
    }
  }

  /* The spinner's open gap is drawn with a transparent border, which forced colors may fill in. */
  @media (forced-colors: active) {
    .spinner {
      border-color: CanvasText;
      border-style: dotted;
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

  .language-notice {
    border-inline-start: 4px solid var(--health-topic-accent-color, currentColor);
    padding-inline-start: 0.75em;
  }

  language-picker {
    margin-block-end: 0.75em;
  }

  /* Its chunk may arrive after the article shows: the space is kept (the button's height), so nothing moves. */
  language-picker:not(:defined) {
    display: block;
    min-block-size: calc(2em + 4px);
  }

  .summary {
    font-size: 1.125em;
  }

  .byline,
  .review,
  .disclaimer {
    font-size: 0.875em;
  }

  /* For staff who asked (show-review-status): a boxed note above the article; solid and bold when overdue. */
  .review-status {
    font-size: 0.875em;
    border: 2px dashed currentColor;
    border-radius: var(--health-topic-radius, 4px);
    padding: 0.5em 0.75em;
  }

  .review-status.overdue {
    border-style: solid;
    font-weight: bold;
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

  /* A target at least 24 px high (WCAG 2.5.8), at any text size. */
  nav a {
    display: inline-block;
    min-block-size: max(24px, 1.5em);
  }

  /* A prerendered entry before the script runs (see section-links.ts): text, not a link to click. */
  nav a:not([href]) {
    text-decoration-line: none;
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

/** Everything a <health-topic> shadow root adopts: the element's own `styles`, and the first paint's for the build's HTML. */
export const healthTopicShadowStyles = [baseStyles, textStyles, healthTopicStyles];
