// A React 19 app that renders the elements as an npm user would: from the package's npm build.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../dist/define.js';
import { describeEvent, pastedArticle } from './shared.js';

function App() {
  const [log, setLog] = useState<string[]>([]);
  const record = (event: Event) => setLog((lines) => [...lines, describeEvent(event)].sort());
  // React 19 passes objects to custom elements as properties and listens to `on<event-name>` props.
  const listeners = { 'onhealth-topic-load': record, 'onhealth-topic-error': record };
  return createElement(
    'main',
    null,
    createElement('h1', null, 'React host'),
    createElement('output', { id: 'log' }, log.join(' ')),
    createElement('health-topic', { id: 'by-attribute', topic: 'myoclonus', 'heading-level': '3', ...listeners }),
    createElement('health-topic', { id: 'by-property', data: pastedArticle, ...listeners }),
    createElement('health-topic', { id: 'unknown', topic: 'no-such-topic', ...listeners }),
  );
}

createRoot(document.getElementById('app')!).render(createElement(App));
