// The fake GitHub's pull requests (support/fake-github.ts delegates to this): pull requests and their reviews,
// commits and merges, review dismissal, the pull requests of a commit, the repository activity (who pushed what),
// and collaborators' permissions. The state is small; the answers are built with every field GitHub's OpenAPI
// description requires, since the fake checks each one against it.

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface FakeReview {
  id: number
  user: string
  state: ReviewState
  commit_id: string
  submitted_at: string
  body: string
}

/** A commit of a pull request: its id and the accounts GitHub links to its author and committer (null: none). */
export interface FakePullCommit {
  sha: string
  author: string | null
  committer: string | null
  message?: string
}

export interface FakePull {
  number: number
  title: string
  author: string
  head: { sha: string; ref: string; repo: string }
  base: { sha: string; ref: string }
  state: 'open' | 'closed'
  merged?: { sha: string; by: string; at: string }
  commits: FakePullCommit[]
  /** Other commits GitHub associates with it: those a rebase merge replayed onto the base branch. */
  associated: string[]
  reviews: FakeReview[]
  created_at: string
}

export interface FakePush {
  id: number
  /** owner/name of the repository pushed to. */
  repo: string
  ref: string
  before: string
  after: string
  actor: string | null
  type: 'push' | 'force_push' | 'branch_creation'
  timestamp: string
}

type Send = (status: number, payload: unknown, headers?: Record<string, string>) => void
type Fail = (status: number, message: string, docs?: string) => void
type User = { login: string; type: 'Bot' | 'User' }

/** What the fake GitHub lends: its users' JSON and its paging. */
export interface FakeHost {
  url: string
  simpleUser(user: User): Record<string, unknown>
  page<T>(url: URL, all: T[], json: (item: T) => unknown, send: Send): void
}

const SERVER = 'https://github.example'
const ZERO = '0'.repeat(40)

export class FakePulls {
  readonly pulls: FakePull[] = []
  readonly pushes: FakePush[] = []
  /** login -> permission (admin, write, read, none); anyone not listed has write. */
  readonly permissions = new Map<string, string>()
  /**
   * When set, every pull request read (a pull request, its reviews and commits, the pull requests of a commit)
   * answers this status: 403 is a token without `pull-requests: read`.
   */
  pullsStatus: number | undefined
  /** When set, the repository activity answers this status (a fork's activity the token may not read). */
  activityStatus: number | undefined
  private clock = Date.parse('2024-03-01T00:00:00Z')
  private nextId = 5000

  /** GitHub's timestamps, each call a minute after the last: reviews, pushes and merges keep their order. */
  tick(): string {
    this.clock += 60_000
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z')
  }

  /** Opens a pull request; its head commit's push is recorded as `pushedBy` (default: its author). */
  open(p: {
    number: number
    author: string
    head: string
    base: string
    ref?: string
    title?: string
    repo?: string
    pushedBy?: string | null
    committer?: string | null
  }): FakePull {
    const pull: FakePull = {
      number: p.number,
      title: p.title ?? `Change members (#${p.number})`,
      author: p.author,
      head: { sha: p.head, ref: p.ref ?? `change-${p.number}`, repo: p.repo ?? 'acme/org-members' },
      base: { sha: p.base, ref: 'main' },
      state: 'open',
      commits: [{ sha: p.head, author: p.author, committer: p.committer === undefined ? p.author : p.committer }],
      associated: [],
      reviews: [],
      created_at: this.tick()
    }
    this.pulls.push(pull)
    if (p.pushedBy !== null) this.recordPush(pull.head.repo, pull.head.ref, ZERO, p.head, p.pushedBy ?? p.author, 'branch_creation')
    return pull
  }

  /** A later push to the pull request's branch: a new head, pushed by `by` (GitHub links `committer` to the commit). */
  pushTo(number: number, sha: string, by: string | null, committer: string | null = by, author: string | null = committer): void {
    const pull = this.pull(number)
    this.recordPush(pull.head.repo, pull.head.ref, pull.head.sha, sha, by, 'push')
    pull.commits.push({ sha, author, committer })
    pull.head.sha = sha
  }

  review(number: number, user: string, state: ReviewState, commit = this.pull(number).head.sha): FakeReview {
    const review = { id: this.nextId++, user, state, commit_id: commit, submitted_at: this.tick(), body: state === 'APPROVED' ? 'Looks right.' : '' }
    this.pull(number).reviews.push(review)
    return review
  }

  /** Merged as `sha` (the merge commit, the squashed commit, or the last rebased commit), by `by`. */
  merge(number: number, sha: string, by: string): void {
    const pull = this.pull(number)
    pull.state = 'closed'
    pull.merged = { sha, by, at: this.tick() }
  }

  pull(number: number): FakePull {
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) throw new Error(`The fake GitHub has no pull request #${number}`)
    return pull
  }

  private recordPush(repo: string, ref: string, before: string, after: string, actor: string | null, type: FakePush['type']): void {
    this.pushes.push({ id: this.nextId++, repo, ref: `refs/heads/${ref}`, before, after, actor, type, timestamp: this.tick() })
  }

  /** Answers a request for the repository's pull requests, or returns false when it is not one. */
  handle(host: FakeHost, method: string, rest: string, url: URL, body: string, at: { owner: string; name: string }, send: Send, fail: Fail): boolean {
    let m: RegExpExecArray | null
    const refused = 'Resource not accessible by integration'
    const pullsRead = (): boolean => {
      if (this.pullsStatus === undefined) return false
      fail(this.pullsStatus, refused, 'https://docs.github.com/rest/pulls/pulls')
      return true
    }
    if ((m = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest)) && method === 'GET') {
      if (pullsRead()) return true
      const sha = m[1]!
      const found = this.pulls.filter((p) => p.merged?.sha === sha || p.commits.some((c) => c.sha === sha) || p.associated.includes(sha))
      host.page(url, found, (p) => this.pullJson(host, at, p, false), send)
      return true
    }
    if ((m = /^\/pulls\/(\d+)(\/.*)?$/.exec(rest))) {
      if (pullsRead()) return true
      const pull = this.pulls.find((p) => p.number === Number(m![1]))
      if (!pull) {
        fail(404, 'Not Found', 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request')
        return true
      }
      const tail = m[2] ?? ''
      if (tail === '' && method === 'GET') send(200, this.pullJson(host, at, pull, true))
      else if (tail === '/reviews' && method === 'GET')
        host.page(
          url,
          pull.reviews.filter((r) => r.state !== 'PENDING'),
          (r) => this.reviewJson(host, at, pull, r),
          send
        )
      else if (tail === '/commits' && method === 'GET') host.page(url, pull.commits, (c) => this.commitJson(host, at, c), send)
      else if ((m = /^\/reviews\/(\d+)\/dismissals$/.exec(tail)) && method === 'PUT') {
        const review = pull.reviews.find((r) => r.id === Number(m![1]))
        if (!review) fail(404, 'Not Found', 'https://docs.github.com/rest/pulls/reviews#dismiss-a-review-for-a-pull-request')
        else if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED')
          fail(422, 'Can not dismiss a commented pull request review', 'https://docs.github.com/rest/pulls/reviews#dismiss-a-review-for-a-pull-request')
        else {
          review.state = 'DISMISSED'
          review.body = (JSON.parse(body) as { message: string }).message
          send(200, this.reviewJson(host, at, pull, review))
        }
      } else fail(404, 'Not Found')
      return true
    }
    if (rest === '/activity' && method === 'GET') {
      if (this.activityStatus !== undefined) {
        fail(this.activityStatus, refused, 'https://docs.github.com/rest/repos/repos#list-repository-activities')
        return true
      }
      this.activity(host, at, url, send)
      return true
    }
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const login = decodeURIComponent(m[1]!)
      const permission = this.permissions.get(login) ?? 'write'
      const user = { ...host.simpleUser({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }), role_name: permission }
      send(200, { permission, role_name: permission, user })
      return true
    }
    return false
  }

  /** GET activity: newest first, filtered by ref, paged by an `after` cursor as GitHub pages it. */
  private activity(host: FakeHost, at: { owner: string; name: string }, url: URL, send: Send): void {
    const ref = url.searchParams.get('ref')
    const full = ref && !ref.startsWith('refs/') ? `refs/heads/${ref}` : ref
    const all = this.pushes.filter((p) => p.repo === `${at.owner}/${at.name}` && (!full || p.ref === full)).reverse()
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const after = Number(url.searchParams.get('after') ?? 0)
    const page = all.slice(after, after + perPage)
    const next = new URL(url.pathname + url.search, host.url)
    next.searchParams.set('after', String(after + perPage))
    const link = after + perPage < all.length ? { link: `<${next.href}>; rel="next"` } : undefined
    send(
      200,
      page.map((p) => ({
        id: p.id,
        node_id: Buffer.from(`010:Activity${p.id}`).toString('base64'),
        before: p.before,
        after: p.after,
        ref: p.ref,
        timestamp: p.timestamp,
        activity_type: p.type,
        actor: p.actor === null ? null : host.simpleUser({ login: p.actor, type: 'User' })
      })),
      link
    )
  }

  private user(host: FakeHost, login: string): Record<string, unknown> {
    return host.simpleUser({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' })
  }

  /** pull-request (GET a pull request) or pull-request-simple (the pull requests of a commit). */
  private pullJson(host: FakeHost, at: { owner: string; name: string }, p: FakePull, full: boolean): Record<string, unknown> {
    const api = `${host.url}/repos/${at.owner}/${at.name}`
    const html = `${SERVER}/${at.owner}/${at.name}/pull/${p.number}`
    const id = 3_000_000 + p.number
    const updated = p.merged?.at ?? p.reviews.at(-1)?.submitted_at ?? p.created_at
    const branch = (b: { sha: string; ref: string }, repo: string) => ({
      label: `${repo.split('/')[0]}:${b.ref}`,
      ref: b.ref,
      sha: b.sha,
      user: this.user(host, repo.split('/')[0]!),
      repo: this.repositoryJson(host, repo)
    })
    const link = (href: string) => ({ href })
    const simple = {
      url: `${api}/pulls/${p.number}`,
      id,
      node_id: Buffer.from(`011:PullRequest${id}`).toString('base64'),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${p.number}`,
      commits_url: `${api}/pulls/${p.number}/commits`,
      review_comments_url: `${api}/pulls/${p.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${p.number}/comments`,
      statuses_url: `${api}/statuses/${p.head.sha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.user(host, p.author),
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.created_at,
      updated_at: updated,
      closed_at: p.state === 'closed' ? (p.merged?.at ?? updated) : null,
      merged_at: p.merged?.at ?? null,
      merge_commit_sha: p.merged?.sha ?? null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branch(p.head, p.head.repo),
      base: branch(p.base, `${at.owner}/${at.name}`),
      _links: {
        self: link(`${api}/pulls/${p.number}`),
        html: link(html),
        issue: link(`${api}/issues/${p.number}`),
        comments: link(`${api}/issues/${p.number}/comments`),
        review_comments: link(`${api}/pulls/${p.number}/comments`),
        review_comment: link(`${api}/pulls/comments{/number}`),
        commits: link(`${api}/pulls/${p.number}/commits`),
        statuses: link(`${api}/statuses/${p.head.sha}`)
      },
      author_association: 'MEMBER',
      auto_merge: null,
      draft: false
    }
    if (!full) return simple
    return {
      ...simple,
      merged: p.merged !== undefined,
      mergeable: p.merged ? null : true,
      rebaseable: p.merged ? null : true,
      mergeable_state: p.merged ? 'unknown' : 'clean',
      merged_by: p.merged ? this.user(host, p.merged.by) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: p.commits.length,
      additions: 1,
      deletions: 0,
      changed_files: 1
    }
  }

  private reviewJson(host: FakeHost, at: { owner: string; name: string }, p: FakePull, r: FakeReview): Record<string, unknown> {
    const html = `${SERVER}/${at.owner}/${at.name}/pull/${p.number}#pullrequestreview-${r.id}`
    const pr = `${host.url}/repos/${at.owner}/${at.name}/pulls/${p.number}`
    return {
      id: r.id,
      node_id: Buffer.from(`017:PullRequestReview${r.id}`).toString('base64'),
      user: this.user(host, r.user),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pr,
      _links: { html: { href: html }, pull_request: { href: pr } },
      submitted_at: r.submitted_at,
      commit_id: r.commit_id,
      author_association: 'MEMBER'
    }
  }

  private commitJson(host: FakeHost, at: { owner: string; name: string }, c: FakePullCommit): Record<string, unknown> {
    const api = `${host.url}/repos/${at.owner}/${at.name}`
    const git = (login: string | null) => ({ name: login ?? 'Someone', email: `${login ?? 'someone'}@example.com`, date: '2024-03-01T00:00:00Z' })
    return {
      url: `${api}/commits/${c.sha}`,
      sha: c.sha,
      node_id: Buffer.from(`06:Commit${c.sha}`).toString('base64'),
      html_url: `${SERVER}/${at.owner}/${at.name}/commit/${c.sha}`,
      comments_url: `${api}/commits/${c.sha}/comments`,
      commit: {
        url: `${api}/git/commits/${c.sha}`,
        author: git(c.author),
        committer: c.committer === 'web-flow' ? { name: 'GitHub', email: 'noreply@github.com', date: '2024-03-01T00:00:00Z' } : git(c.committer),
        message: c.message ?? 'Change members',
        comment_count: 0,
        tree: { sha: c.sha.split('').reverse().join(''), url: `${api}/git/trees/${c.sha.split('').reverse().join('')}` },
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null }
      },
      author: c.author === null ? null : this.user(host, c.author),
      committer: c.committer === null ? null : this.user(host, c.committer),
      parents: []
    }
  }

  /** repository: what a pull request's head and base carry, every field GitHub's schema requires. */
  private repositoryJson(host: FakeHost, full: string): Record<string, unknown> {
    const [owner = '', name = ''] = full.split('/')
    const api = `${host.url}/repos/${full}`
    const id = 900_000 + [...full].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 100_000, 7)
    const url = (path: string) => `${api}/${path}`
    return {
      id,
      node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
      name,
      full_name: full,
      owner: this.user(host, owner),
      private: true,
      html_url: `${SERVER}/${full}`,
      description: null,
      fork: full !== 'acme/org-members',
      url: api,
      archive_url: url('{archive_format}{/ref}'),
      assignees_url: url('assignees{/user}'),
      blobs_url: url('git/blobs{/sha}'),
      branches_url: url('branches{/branch}'),
      collaborators_url: url('collaborators{/collaborator}'),
      comments_url: url('comments{/number}'),
      commits_url: url('commits{/sha}'),
      compare_url: url('compare/{base}...{head}'),
      contents_url: url('contents/{+path}'),
      contributors_url: url('contributors'),
      deployments_url: url('deployments'),
      downloads_url: url('downloads'),
      events_url: url('events'),
      forks_url: url('forks'),
      git_commits_url: url('git/commits{/sha}'),
      git_refs_url: url('git/refs{/sha}'),
      git_tags_url: url('git/tags{/sha}'),
      git_url: `git://github.example/${full}.git`,
      issue_comment_url: url('issues/comments{/number}'),
      issue_events_url: url('issues/events{/number}'),
      issues_url: url('issues{/number}'),
      keys_url: url('keys{/key_id}'),
      labels_url: url('labels{/name}'),
      languages_url: url('languages'),
      merges_url: url('merges'),
      milestones_url: url('milestones{/number}'),
      notifications_url: url('notifications{?since,all,participating}'),
      pulls_url: url('pulls{/number}'),
      releases_url: url('releases{/id}'),
      ssh_url: `git@github.example:${full}.git`,
      stargazers_url: url('stargazers'),
      statuses_url: url('statuses/{sha}'),
      subscribers_url: url('subscribers'),
      subscription_url: url('subscription'),
      tags_url: url('tags'),
      teams_url: url('teams'),
      trees_url: url('git/trees{/sha}'),
      clone_url: `${SERVER}/${full}.git`,
      mirror_url: null,
      hooks_url: url('hooks'),
      svn_url: `${SERVER}/${full}`,
      homepage: null,
      language: null,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: 'main',
      open_issues: 0,
      open_issues_count: 0,
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: '2024-03-01T00:00:00Z',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-03-01T00:00:00Z'
    }
  }
}
