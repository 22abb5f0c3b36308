// A Vue 3 app that renders the elements as an npm user would: from the package's npm build.
import { createApp, defineComponent, h, ref } from 'vue';
import '../../dist/define.js';
import { describeEvent, pastedArticle } from './shared.js';

const App = defineComponent({
  setup() {
    const log = ref<string[]>([]);
    const record = (event: Event) => {
      log.value = [...log.value, describeEvent(event)].sort();
    };
    // Vue sets a prop as a DOM property when the element has it (`data`), and `onHealth-topic-load`
    // listens to `health-topic-load`.
    const listeners = { 'onHealth-topic-load': record, 'onHealth-topic-error': record };
    return () =>
      h('main', [
        h('h1', 'Vue host'),
        h('output', { id: 'log' }, log.value.join(' ')),
        h('health-topic', { id: 'by-attribute', topic: 'myoclonus', 'heading-level': '3', ...listeners }),
        h('health-topic', { id: 'by-property', data: pastedArticle, ...listeners }),
        h('health-topic', { id: 'unknown', topic: 'no-such-topic', ...listeners }),
      ]);
  },
});

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
app.mount('#app');
