// The app: one import registers the elements, with no other step. The app also uses Lit for its
// own element, so a test can check that the app and the package share one copy of Lit.
import 'health-topic-elements/define';
import { LitElement, html } from 'lit';

class AppHeader extends LitElement {
  render() {
    return html`<h1>Health library</h1>`;
  }
}
customElements.define('app-header', AppHeader);
