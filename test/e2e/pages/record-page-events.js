// Records what a host page would notice: CSP violations, uncaught errors, console warnings and
// errors, and the widget's events. A classic script of the page's own origin, so it runs first
// under the strict policy too.
window.pageRecord = { violations: [], errors: [], warnings: [], consoleErrors: [], events: [], layoutShift: 0, failedResources: [] };

// Cumulative layout shift, as the Core Web Vitals count it (shifts right after input excluded).
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.pageRecord.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

document.addEventListener('securitypolicyviolation', (event) => {
  window.pageRecord.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => window.pageRecord.errors.push(String(event.message)));
// A script or stylesheet the browser could not load (blocked, say) fires an error that does not bubble.
window.addEventListener('error', (event) => {
  if (event.target !== window) window.pageRecord.failedResources.push(event.target.src || event.target.href);
}, true);
window.addEventListener('unhandledrejection', (event) => window.pageRecord.errors.push(String(event.reason)));

for (const [level, list] of [['warn', 'warnings'], ['error', 'consoleErrors']]) {
  const original = console[level];
  console[level] = (...args) => {
    window.pageRecord[list].push(args.map(String).join(' '));
    original.apply(console, args);
  };
}

for (const type of ['health-topic-load', 'health-topic-error', 'health-topic-outdated-snippet']) {
  document.addEventListener(type, (event) => {
    window.pageRecord.events.push({ type, id: event.target.id, detail: event.detail });
  });
}
