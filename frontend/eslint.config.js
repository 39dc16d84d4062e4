// Lint rules that keep the layout honest (see README "Frontend layout"):
// features never import each other, app/ composes them, components/ lib/ i18n/ import no feature.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const FEATURES = ['audit', 'auth', 'calendar', 'care', 'cases', 'monitoring', 'notices', 'referrals', 'services', 'tasks'];

/** Each feature may import only itself (plus the shared folders), never another feature. */
const featureFences = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other: move what both need to components/ or lib/, or compose them in app/.',
}));

export default tseslint.config(
  { ignores: ['dist', 'target', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureFences,
            {
              target: ['./src/components', './src/lib', './src/i18n'],
              from: ['./src/features', './src/app'],
              message: 'Shared code (components/, lib/, i18n/) imports no feature and not app/.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import app/: app/ composes features, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
