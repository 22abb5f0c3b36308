import { css } from '@lit/reactive-element/css-tag.js';

/** Rules shared by the elements that show article text: headings, paragraphs and links. */
export const textStyles = css`
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--health-topic-heading-font, inherit);
    line-height: 1.25;
    margin-block: 0 0.5em;
    /* Room above a heading scrolled to, for pages with a sticky header (WCAG 2.4.11). */
    scroll-margin-block-start: var(--health-topic-scroll-margin, 0);
  }

  p {
    margin-block: 0 0.75em;
  }

  /* Links look like links by their underline; their color is the text's unless a host sets one. */
  a {
    color: var(--health-topic-link-color, currentColor);
    text-decoration-line: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }
`;
