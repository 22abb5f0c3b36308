// Stands in for an older copy of the library that registered <health-topic> first.
class OlderHealthTopic extends HTMLElement {
  static version = '0.0.9';
  connectedCallback() {
    this.textContent = 'Older widget';
  }
}
customElements.define('health-topic', OlderHealthTopic);
