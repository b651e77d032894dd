// ts-jest only transpiles here; `tsc --noEmit` in `npm test` does the type checking once for the whole tree.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // @actions/workflow-parser's JSON schemas, imported there without `with { type: 'json' }`.
    '^\\.\\./(action|workflow)-v1\\.0\\.min\\.json$': '<rootDir>/__tests__/support/workflow-parser-$1-schema.ts'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // End-to-end tests spawn the bundle and an emulator; two cores run two files at once at most.
  maxWorkers: 2
}
