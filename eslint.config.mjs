import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

// Template type checks (bindings against element properties) are lit-analyzer's, configured in tsconfig.json.
export default defineConfig(
  // Written by the build (scripts/build-content.ts, scripts/localize.ts), not by hand.
  { ignores: ['src/i18n/generated/', 'src/content/generated/'] },
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    rules: {
      // `const { a: _a, ...rest } = x` leaves a key out on purpose, as tsc allows.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `interface WindowEventMap extends HealthTopicEventMap {}` is how TypeScript adds to the DOM's maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  // CommonJS files (size-limit's configuration) load Node's modules with require(), their only way.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
