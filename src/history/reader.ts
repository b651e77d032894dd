// Finds the base commit and reads the members file there: git first (fetching the one commit a shallow clone
// lacks), then the GitHub API, then, for a force push whose previous head is gone, the merge base with the
// default branch. Every fallback is said in a note.
import type { GitHubApi } from '../github/rest.js'
import type { BaseSpec } from './base.js'
import { MAX_BYTES } from '../manifest/parse.js'
import { GitError, type GitSource, type ResolvedBase, type RevisionSource } from './revision.js'

export interface ReaderOptions {
  git: GitSource
  /** Undefined when there is no token. */
  api: () => Promise<GitHubApi | undefined>
  head: string
  defaultBranch?: string
  /** The base came from a push's `before`: if it is gone, the push rewrote history. */
  forcePushPossible: boolean
}

export class RevisionReader implements RevisionSource {
  private readonly viaApi = new Set<string>()

  constructor(private readonly o: ReaderOptions) {}

  async resolve(spec: BaseSpec): Promise<ResolvedBase> {
    try {
      return await this.o.git.resolve(spec)
    } catch (e) {
      if (!(e instanceof GitError) || spec.kind !== 'commit') throw e
      const api = await this.o.api().catch(() => undefined)
      const sha = api ? await api.getCommit(spec.rev).catch(() => null) : null
      if (sha) {
        this.viaApi.add(sha)
        return { sha, notes: [`git could not reach ${spec.rev.slice(0, 12)}; the base file is read through the GitHub API.`] }
      }
      if (this.o.forcePushPossible && this.o.defaultBranch) return this.afterForcePush(spec.rev, this.o.defaultBranch, e)
      throw e
    }
  }

  async readFile(sha: string, path: string): Promise<Buffer | null> {
    if (!this.viaApi.has(sha)) return this.o.git.readFile(sha, path, MAX_BYTES)
    const api = await this.o.api()
    return api!.getFile(path, sha, MAX_BYTES)
  }

  private async afterForcePush(gone: string, branch: string, cause: GitError): Promise<ResolvedBase> {
    const base = await this.o.git.mergeBase(this.o.head, branch)
    if (!base) throw cause
    if (base === (await this.o.git.resolve({ kind: 'commit', rev: this.o.head, reason: 'the head' })).sha) {
      // A force push to the default branch itself: the merge base is the new head, and a plan against it would
      // quietly find nothing to invite.
      throw new GitError(
        `The push's previous head ${gone.slice(0, 12)} is gone (a force push?) and this is the default branch, so no earlier revision can be trusted. Set the base input to the last revision that was applied.`
      )
    }
    return {
      sha: base,
      notes: [`The push's previous head ${gone.slice(0, 12)} is gone (a force push?): compared with the merge base ${base.slice(0, 12)} of ${branch} instead.`]
    }
  }
}
