import { css } from '@lit/reactive-element/css-tag.js';
import { baseStyles } from '../../shared/base.styles.js';
import { textStyles } from '../../shared/text.styles.js';

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

/** Everything a <citation-list> shadow root adopts: the element's own `styles`, and the first paint's for the build's HTML. */
export const citationListShadowStyles = [baseStyles, textStyles, citationListStyles];
