// The source's shape, kept: plain types at the bottom that import nothing, each layer importing only from layers below
// it (or its own), no import cycles. A newcomer reads a run top to bottom; this keeps it readable.
import { describe, expect, test } from '@jest/globals'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ROOT } from './support/action-runner.js'

/** Lowest first. A file may import from its own layer and from any layer before it. */
const LAYERS = ['model', 'text', 'runner', 'manifest', 'github', 'history', 'organization', 'report', 'modes', 'settings', 'cli', 'entry'] as const
const SRC = join(ROOT, 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

function layerOf(file: string): (typeof LAYERS)[number] {
  const top = relative(SRC, file).split('/')[0]!
  return top.endsWith('.ts') ? 'entry' : (top as (typeof LAYERS)[number])
}

/** Every relative import of a file (static, type-only and dynamic), as the .ts file it names. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!)
  return found.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
}

const all = files(SRC)

describe('the layers of src/', () => {
  test('every folder is a known layer', () => {
    expect([...new Set(all.map(layerOf))].filter((l) => !LAYERS.includes(l))).toEqual([])
  })

  test('model imports nothing but model', () => {
    const outside = all
      .filter((f) => layerOf(f) === 'model')
      .flatMap((f) =>
        imports(f)
          .filter((i) => layerOf(i) !== 'model')
          .map((i) => `${relative(SRC, f)} -> ${relative(SRC, i)}`)
      )
    expect(outside).toEqual([])
    for (const f of all.filter((x) => layerOf(x) === 'model')) expect(readFileSync(f, 'utf8')).not.toMatch(/from '[^.]/)
  })

  test('no module imports from a layer above its own', () => {
    const upward = all.flatMap((f) =>
      imports(f)
        .filter((i) => LAYERS.indexOf(layerOf(i)) > LAYERS.indexOf(layerOf(f)))
        .map((i) => `${relative(SRC, f)} (${layerOf(f)}) -> ${relative(SRC, i)} (${layerOf(i)})`)
    )
    expect(upward).toEqual([])
  })

  test('no import cycles', () => {
    const graph = new Map(all.map((f) => [f, imports(f).filter((i) => all.includes(i))]))
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((x) => relative(SRC, x)).join(' -> '))
        return
      }
      state.set(f, 'open')
      for (const next of graph.get(f)!) visit(next, [...path, f])
      state.set(f, 'done')
    }
    for (const f of all) visit(f, [])
    expect(cycles).toEqual([])
  })
})
