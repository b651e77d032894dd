// Lint for bugs, not for taste: layout is Prettier's (.prettierrc.json), types are tsc's. Each rule here catches a
// mistake the type checker lets through: a promise nobody awaits (its failure lost, or the run ending before it
// settles), a promise where a value belongs (`if (promise)`, an async callback where a plain one is expected), an
// await of something that is not a promise, and values or expressions that are computed and then never used.
// Type-aware: the rules read types through tsconfig.json, which covers src, __tests__ and scripts.
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', '.build/', 'coverage/', 'node_modules/'] },
  {
    files: ['src/**/*.ts', '__tests__/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `_name` marks a parameter a signature needs but this body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': 'error'
    }
  }
)
