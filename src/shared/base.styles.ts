import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Rules every element shares: one constructable stylesheet, adopted by every instance of every
 * element, so focus and print behave the same across the widget.
 */
export const baseStyles = css`
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Headings take focus from in-article links; only keyboard users need to see it there. */
  [tabindex='-1']:focus {
    outline: none;
  }

  /* WCAG 2.2 focus appearance: a solid ring at least 2 px thick, offset from the element. */
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--health-topic-focus-color, currentColor);
    outline-offset: 2px;
  }

  @media print {
    :host {
      color: #000;
    }

    a {
      color: #000;
    }

    /* On paper a link is its address: print it after the text, unless the text is the address. */
    a[href^='http']:not(.shows-address)::after {
      content: ' (' attr(href) ')';
    }

    figure,
    ul,
    ol,
    li {
      break-inside: avoid;
    }

    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }

    button,
    language-picker {
      display: none;
    }
  }
`;
