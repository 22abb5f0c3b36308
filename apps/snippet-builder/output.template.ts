/**
 * What the author copies: the link for a rich-text editor (with the one script line the web team
 * adds to the site's template), or the snippet for a web developer; and the CSS for the site's
 * stylesheet, when the choices need any.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderActions, BuilderState } from './builder-state.js';

function linkOutput(builder: BuilderActions): TemplateResult {
  return html`<label id="output-label" for="link">Link to paste into the article's text</label>
    <textarea id="link" readonly rows="3" .value=${builder.link}></textarea>
    <button type="button" id="copy-link" @click=${() => builder.copy('link')}>Copy link</button>
    <p class="hint" id="template-script-label">
      The link becomes the article on pages whose template loads the script. The web team adds this line once to
      the site's template (not to each page):
    </p>
    <textarea id="template-script" readonly rows="4" aria-labelledby="template-script-label" .value=${builder.templateScript}></textarea>
    <p class="hint">Readers without JavaScript, and search engines, follow the link to the article's own page.</p>`;
}

function snippetOutput(builder: BuilderActions): TemplateResult {
  return html`<label id="output-label" for="snippet">Snippet to paste into your page</label>
    <textarea id="snippet" readonly rows="8" .value=${builder.snippet}></textarea>
    <button type="button" id="copy" @click=${() => builder.copy('snippet')}>Copy snippet</button>`;
}

export function outputTemplate(state: BuilderState, builder: BuilderActions): TemplateResult {
  const css = builder.css;
  return html`<section class="output" aria-labelledby="output-label">
    ${state.output === 'link' ? linkOutput(builder) : snippetOutput(builder)}
    ${state.licenceEnded
      ? html`<p class="field-message refused" id="licence-ended" role="alert">
          The licence for this article ended on ${state.licenceEnded}: there is nothing to paste, and pages that hold it show
          "This article is no longer available".
        </p>`
      : nothing}
    ${state.addressCheck && !state.addressCheck.ok
      ? html`<p class="field-message refused" id="address-warning">
          Pages may not show the article: under "Set once by the web team", ${state.addressCheck.message}
        </p>`
      : nothing}
    ${css
      ? html`<label for="css">CSS to add to your site's stylesheet</label>
          <textarea id="css" readonly rows="6" .value=${css}></textarea>
          <button type="button" id="copy-css" @click=${() => builder.copy('CSS')}>Copy CSS</button>`
      : nothing}
    <p class="announcement" role="status">${state.announcement}</p>
  </section>`;
}
