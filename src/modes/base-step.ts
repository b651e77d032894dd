// Step: the entries at the base revision (none when there is no base or no file there), read with git or the GitHub
// API. A base file that is invalid stops the run: without it, "added" cannot be told from "already there".
import { readManifest } from '../manifest/validate.js'
import type { Entry, NodeEntry } from '../model/entries.js'
import type { RunPorts, RunRequest } from './request.js'

export interface BaseRevision {
  sha: string | null
  entries: Entry[]
  /** The base revision's `nodes:`, when it has one. */
  nodes?: NodeEntry[]
  notes: string[]
  failure?: string
}

/** `ready`: awaited before parsing, which holds the thread (the organization's first requests leave before it). */
export async function readBaseRevision(request: RunRequest, ports: RunPorts, ready?: Promise<void>): Promise<BaseRevision> {
  const { file } = request
  const source = ports.revisions()
  const base = await source.resolve(request.base)
  const notes = [...base.notes]
  if (!base.sha) return { sha: null, entries: [], notes }
  const bytes = await source.readFile(base.sha, file)
  if (bytes === null) return { sha: base.sha, entries: [], notes: [...notes, `${file} does not exist at ${base.sha.slice(0, 12)}: every entry counts as added.`] }
  await ready
  const old = readManifest(file, bytes)
  if (old.errors.length === 0) return { sha: base.sha, entries: old.entries, ...(old.nodes ? { nodes: old.nodes } : {}), notes }
  const first = old.errors[0]!
  return {
    sha: base.sha,
    entries: [],
    notes,
    failure: `${file} at the base revision ${base.sha.slice(0, 12)} is invalid (line ${first.line}: ${first.message.replace(/\.$/, '')}), so what is new cannot be told. Set the base input to a revision whose file is valid.`
  }
}
