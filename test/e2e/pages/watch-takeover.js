// Placed after a prerendered <health-topic>: records every node the element adds to its shadow
// root while it takes over, so a test can tell that no loading state or error ever showed.
window.takeoverAdded = [];
const prerendered = document.querySelector('health-topic');
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) window.takeoverAdded.push(node.getAttribute('part') || node.tagName.toLowerCase());
    }
  }
}).observe(prerendered.shadowRoot, { childList: true });
