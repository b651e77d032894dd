// The yaml library as the validator takes it: the package's ES-module build (its browser/ folder: the same source as
// its CommonJS dist/, built as ES modules for bundlers). The bundler hoists ES modules into the entry's own scope,
// which V8 reads once when it compiles the bundle; the CommonJS build stays some seventy wrapped functions that V8
// reads at compile time and again when each is first called, on every run (README, Performance). The builds differ
// only in Node extras the validator never reaches: warnings through process.emitWarning rather than console.warn (only
// parse() and toJS() warn), !!binary as a Buffer (a YAML 1.1 tag), and the LOG_TOKENS and LOG_STREAM debug output.
// The package's exports offer that build only outside Node, so patches/yaml+2.9.1.patch names it `yaml/browser`, with
// the package's own types.
export { LineCounter, isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml/browser'
export type { Alias, Document, Node, Pair, YAMLError, YAMLMap } from 'yaml/browser'
