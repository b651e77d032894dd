export const id = 74;
export const ids = [74];
export const modules = {

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ AuditError),
/* harmony export */   S6: () => (/* binding */ walkHistory),
/* harmony export */   fE: () => (/* binding */ isShallow)
/* harmony export */ });
/* unused harmony export pullRequestOf */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifest_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5921);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2464);
// The compliance record: every commit that changed the effective membership, read from git history.
//
// The walk follows the first-parent chain of the branch, the line of revisions that were actually in force:
// a pull request merged with a merge commit is one change (the merge), whatever its branch did on the way,
// and a squash merge is one change too. `--follow` carries the walk across renames of the file.



/** A problem with the request (unknown revision, not a repository, shallow clone), worded for a person. */
class AuditError extends Error {
}
const FS = '\x1f';
const RS = '\x1e';
const FORMAT = `${RS}${['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f')}${FS}`;
async function walkHistory(o) {
    if (await isShallow(o.cwd)) {
        throw new AuditError('The clone is shallow: it holds only the latest commits, not the history of the file.');
    }
    const to = await commitOf(o.cwd, o.to ?? 'HEAD', o.to ? 'to' : 'HEAD');
    const from = o.from === undefined ? undefined : await commitOf(o.cwd, o.from, 'from');
    const range = { ...(o.since ? { since: o.since } : {}), ...(o.until ? { until: o.until } : {}), ...(from ? { from } : {}), to };
    // The whole history up to `to`, not only the range: the first change in the range is a diff against the last
    // valid revision before it.
    const commits = parseLog(await git(o.cwd, [
        'log',
        '--no-show-signature',
        '--first-parent',
        '--diff-merges=first-parent',
        '--follow',
        '-z',
        '--name-only',
        `--format=${FORMAT}`,
        ...(o.pickaxe ? [`-G${o.pickaxe}`] : []),
        to,
        '--',
        o.file
    ])).reverse();
    const inRange = o.since || o.until || from ? await rangeOf(o.cwd, { ...o, from, to }) : undefined;
    const first = inRange ? commits.findIndex((c) => inRange.has(c.sha)) : 0;
    if (first < 0 || commits.length === 0)
        return { file: o.file, range, records: [] };
    const blobs = await readBlobs(o.cwd, commits.slice(first).map((c) => `${c.sha}:${c.path}`));
    let last = await lastValidBefore(o.cwd, commits.slice(0, first));
    let brokenShown = false;
    const records = [];
    for (const c of commits.slice(first)) {
        const shown = !inRange || inRange.has(c.sha);
        const bytes = blobs.get(`${c.sha}:${c.path}`) ?? null;
        // A commit that deletes the file leaves no members: every entry is removed.
        const manifest = bytes === null ? { entries: [], errors: [] } : (0,_manifest_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .W)(c.path, bytes);
        if (manifest.errors.length > 0) {
            if (shown)
                records.push({ ...describe(c), added: [], changed: [], removed: [], error: errorText(manifest.errors) });
            brokenShown ||= shown;
            continue;
        }
        const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .diff */ .U)(last.sha, last.entries, manifest.entries);
        const changes = plan.added.length + plan.changed.length + plan.removed.length > 0;
        if (shown && (changes || brokenShown)) {
            records.push({
                ...describe(c),
                added: plan.added.map((e) => ({ ...brief(e), member: e.member })),
                changed: plan.changed.map((ch) => ({
                    ...brief(ch.entry),
                    fields: ch.fields,
                    before: pick(ch.before.member, ch.fields),
                    after: pick(ch.entry.member, ch.fields)
                })),
                removed: plan.removed.map(brief),
                ...(changes ? {} : { restored: true })
            });
        }
        last = { sha: c.sha, entries: manifest.entries };
        brokenShown = false;
    }
    return { file: o.file, range, records };
}
async function isShallow(cwd) {
    let answer;
    try {
        answer = await git(cwd, ['rev-parse', '--is-shallow-repository']);
    }
    catch {
        throw new AuditError(`${cwd} is not a git repository (or git cannot read it).`);
    }
    return answer.trim() === 'true';
}
/** The pull request a GitHub merge or squash commit names; the first line is where GitHub writes it. */
function pullRequestOf(message) {
    const subject = message.split('\n', 1)[0].trim();
    const m = /^Merge pull request #(\d+) from /.exec(subject) ?? /\(#(\d+)\)$/.exec(subject);
    return m ? Number(m[1]) : null;
}
function parseLog(out) {
    const commits = [];
    let newerPath;
    for (const chunk of out.split(RS).slice(1)) {
        const parts = chunk.split(FS);
        const [sha, parents, an, ae, ad, cn, ce, cd] = parts;
        const names = parts
            .at(-1)
            .split(/[\0\n]/)
            .filter(Boolean);
        // With --follow there is one path per commit; a commit listed without one keeps its successor's.
        const path = names[0] ?? newerPath;
        if (path === undefined)
            continue;
        newerPath = path;
        commits.push({
            sha,
            parents: parents.split(' ').filter(Boolean),
            author: { name: an, email: ae, date: ad },
            committer: { name: cn, email: ce, date: cd },
            message: parts.slice(8, -1).join(FS).trim(),
            path
        });
    }
    return commits;
}
async function rangeOf(cwd, o) {
    const args = ['rev-list', '--first-parent'];
    if (o.since)
        args.push(`--since=${o.since}`);
    if (o.until)
        args.push(`--until=${o.until}`);
    args.push(...(o.from ? [`^${o.from}`] : []), o.to, '--');
    return new Set((await git(cwd, args)).split('\n').filter(Boolean));
}
/** The membership just before the range: the newest revision before it that parses (none: no members). */
async function lastValidBefore(cwd, earlier) {
    // Usually the newest one parses; read a few at a time rather than the whole prefix of the history.
    for (let end = earlier.length; end > 0; end -= 16) {
        const batch = earlier.slice(Math.max(0, end - 16), end).reverse();
        const blobs = await readBlobs(cwd, batch.map((c) => `${c.sha}:${c.path}`));
        for (const c of batch) {
            const bytes = blobs.get(`${c.sha}:${c.path}`) ?? null;
            const manifest = bytes === null ? { entries: [], errors: [] } : (0,_manifest_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .W)(c.path, bytes);
            if (manifest.errors.length === 0)
                return { sha: c.sha, entries: manifest.entries };
        }
    }
    return { sha: null, entries: [] };
}
function describe(c) {
    return {
        commit: c.sha,
        parents: c.parents,
        author: c.author,
        committer: c.committer,
        subject: c.message.split('\n', 1)[0],
        pr: pullRequestOf(c.message),
        path: c.path
    };
}
function brief(e) {
    return { MemberUin: e.member.MemberUin, Name: e.member.Name };
}
function pick(member, fields) {
    return Object.fromEntries(fields.map((f) => [f, member[f] ?? null]));
}
function errorText(errors) {
    const [e] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
    return `line ${e.line}, col ${e.col}: ${e.title}: ${e.message}${more}`;
}
async function commitOf(cwd, rev, what) {
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
    }
    catch {
        throw new AuditError(what === 'HEAD' ? 'The repository has no commits yet.' : `Unknown revision ${rev} (${what}): it is not a commit of this clone.`);
    }
}
function git(cwd, args) {
    return new Promise((resolveGit, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: gitEnv() }, (error, stdout, stderr) => {
            if (error)
                reject(new AuditError(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
            else
                resolveGit(stdout);
        });
    });
}
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0' };
}
/** Many blobs through one `git cat-file --batch`; a spec that names no blob (file absent there) maps to null. */
function readBlobs(cwd, specs) {
    return new Promise((resolveBlobs, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (b) => chunks.push(b));
        child.stderr.on('data', (b) => (stderr += b.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new AuditError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`));
            const out = Buffer.concat(chunks);
            const blobs = new Map();
            let at = 0;
            for (const spec of specs) {
                const eol = out.indexOf(10, at);
                if (eol < 0)
                    return reject(new AuditError(`git cat-file ended early, at ${spec}`));
                const header = out.subarray(at, eol).toString();
                at = eol + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m) {
                    blobs.set(spec, null);
                    continue;
                }
                const size = Number(m[2]);
                blobs.set(spec, m[1] === 'blob' ? out.subarray(at, at + size) : null);
                at += size + 1;
            }
            resolveBlobs(blobs);
        });
        child.stdin.on('error', () => undefined); // a failing git closes its input; the close handler reports it
        child.stdin.end(specs.map((s) => `${s}\n`).join(''));
    });
}


/***/ }),

/***/ 4074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_LOOKUPS: () => (/* binding */ MAX_LOOKUPS),
/* harmony export */   lookUpHistory: () => (/* binding */ lookUpHistory)
/* harmony export */ });
/* harmony import */ var _audit_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6663);
// Since when an entry has been pending, and whether a member the file does not hold was ever in it: from the
// file's git history, through the audit's walk (src/audit/history.ts), limited to the commits that touch the lines of
// those MemberUins. A shallow clone has no history: then it says so instead of guessing.

/** A bound on the cost: one regular expression of this many UINs over the file's diffs, at most. */
const MAX_LOOKUPS = 500;
async function lookUpHistory(cwd, file, uins, to) {
    const looked = new Set(uins.slice(0, MAX_LOOKUPS));
    const found = new Map();
    if (looked.size === 0)
        return { found, looked };
    try {
        if (await (0,_audit_history_js__WEBPACK_IMPORTED_MODULE_0__/* .isShallow */ .fE)(cwd)) {
            return { found, looked, unknown: 'the clone is shallow, so the history is not there (actions/checkout with fetch-depth: 0 shows it)' };
        }
        // A UIN is a whole number on its line: 12 must not match 112 or 123.
        const pickaxe = `(^|[^0-9])(${[...looked].join('|')})([^0-9]|$)`;
        const history = await (0,_audit_history_js__WEBPACK_IMPORTED_MODULE_0__/* .walkHistory */ .S6)({ cwd, file, pickaxe, ...(to ? { to } : {}) });
        // Oldest first: the last event of each MemberUin wins.
        for (const r of history.records) {
            const at = { commit: r.commit, date: r.committer.date, subject: r.subject };
            for (const e of r.added)
                if (looked.has(e.MemberUin))
                    found.set(e.MemberUin, { added: at });
            for (const e of r.removed)
                if (looked.has(e.MemberUin))
                    found.set(e.MemberUin, { removed: at });
        }
        return { found, looked };
    }
    catch (e) {
        if (!(e instanceof _audit_history_js__WEBPACK_IMPORTED_MODULE_0__/* .AuditError */ .M_))
            throw e;
        return { found, looked, unknown: `the history could not be read (${e.message})` };
    }
}


/***/ })

};
