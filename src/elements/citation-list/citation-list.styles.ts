import { css } from 'lit';

export const citationListStyles = css`
  :host {
    display: block;
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
`;
