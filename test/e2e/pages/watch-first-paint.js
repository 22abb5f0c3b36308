// Records every HTML string parsed into a shadow root by setHTMLUnsafe, and whether the elements
// were defined then, so a test can tell what the first paint inserted and when. A classic script
// of the page's own origin, placed before the widget's script.
window.firstPaint = { inserted: [], definedAtInsert: [] };
if (ShadowRoot.prototype.setHTMLUnsafe) {
  const setHTMLUnsafe = ShadowRoot.prototype.setHTMLUnsafe;
  ShadowRoot.prototype.setHTMLUnsafe = function record(html) {
    window.firstPaint.inserted.push(String(html));
    window.firstPaint.definedAtInsert.push(!!customElements.get('health-topic'));
    return setHTMLUnsafe.call(this, html);
  };
}
