import { css } from 'lit';

export const citationListStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  ol {
    margin: 0;
    padding-inline-start: 2em;
  }

  li {
    margin-block: 0 0.5em;
    overflow-wrap: anywhere;
  }

  cite {
    font-style: italic;
  }

  a {
    color: var(--health-topic-link-color, LinkText);
  }

  a:focus-visible {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: 2px;
  }
`;
