import { nothing } from 'lit';

/** An element that remembers what stopped its last render, for the article around it to report. */
export interface GuardedElement extends HTMLElement {
  renderError?: unknown;
}

/**
 * Renders `template()`; when data set directly on the element makes it throw, logs why and renders
 * nothing, so a bad value never becomes an exception in the host page. `<health-topic>` checks
 * `renderError` on the elements inside it and shows its error state.
 */
export function renderGuarded(element: GuardedElement, template: () => unknown): unknown {
  try {
    element.renderError = undefined;
    return template();
  } catch (error) {
    element.renderError = error;
    console.error(`<${element.localName}>: this data cannot be shown:`, error);
    return nothing;
  }
}
