import { css } from 'lit';

export const topicSectionStyles = css`
  :host {
    display: block;
    margin-block: var(--health-topic-space, 1.5em);
  }

  :host([hidden]) {
    display: none;
  }

  section > :first-child {
    margin-block-start: 0;
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

  h1:focus,
  h2:focus,
  h3:focus,
  h4:focus,
  h5:focus,
  h6:focus {
    outline: none;
  }

  h1:focus-visible,
  h2:focus-visible,
  h3:focus-visible,
  h4:focus-visible,
  h5:focus-visible,
  h6:focus-visible {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: 2px;
  }

  p,
  ul,
  ol {
    margin-block: 0 0.75em;
  }

  ul,
  ol {
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: 0.25em;
  }

  a {
    color: var(--health-topic-link-color, LinkText);
    overflow-wrap: anywhere;
  }

  a:focus-visible {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: 2px;
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

  figcaption {
    margin-block-start: 0.5em;
  }

  .credit {
    display: block;
    font-size: 0.875em;
  }
`;
