export const id = 479;
export const ids = [479];
export const modules = {

/***/ 7479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditForAction: () => (/* binding */ auditForAction)
});

// EXTERNAL MODULE: ./src/audit/history.ts
var audit_history = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/audit/render.ts
// The compliance record in three forms: Markdown for people (the job summary), CSV for spreadsheets and
// JSON for programs. CSV and Markdown have one row per entry change; JSON keeps one object per commit.

/** A job summary is capped at 1 MiB; past this many rows the rest is in the JSON and CSV output. */
const MARKDOWN_ROWS = 1000;
function rows(history) {
    const out = [];
    for (const record of history.records) {
        if (record.error !== undefined)
            out.push({ record, change: 'unparseable', detail: record.error });
        else if (record.restored)
            out.push({ record, change: 'restored', detail: 'valid again; the membership is as before' });
        for (const e of record.added)
            out.push({ record, change: 'added', MemberUin: e.MemberUin, Name: e.Name, detail: '' });
        for (const e of record.changed)
            out.push({ record, change: 'changed', MemberUin: e.MemberUin, Name: e.Name, detail: e.fields.join(', ') });
        for (const e of record.removed)
            out.push({ record, change: 'removed', MemberUin: e.MemberUin, Name: e.Name, detail: '' });
    }
    return out;
}
function render_markdown(history) {
    const title = `## Membership history of ${(0,markdown/* code */.aY)(history.file)}`;
    const scope = describeRange(history);
    const all = rows(history);
    if (all.length === 0)
        return `${title}\n\nNo commit ${scope} changed the membership.\n`;
    const broken = history.records.filter((r) => r.error !== undefined).length;
    const counts = `${history.records.length} commit${history.records.length === 1 ? '' : 's'} ${scope} changed the membership` +
        (broken > 0 ? `; ${broken} of them left the file unparseable.` : '.');
    const shown = all.slice(0, MARKDOWN_ROWS).map((r) => [
        r.record.committer.date,
        r.record.commit.slice(0, 12),
        // A number parsed from the message: GitHub links it to the pull request. Everything else is escaped by table().
        r.record.pr === null ? '' : (0,markdown/* raw */.lS)(`#${r.record.pr}`),
        by(r.record),
        r.change,
        r.MemberUin,
        r.Name,
        r.detail
    ]);
    const head = ['date', 'commit', 'pull request', 'author', 'change', 'MemberUin', 'Name', 'fields'];
    const cut = all.length > MARKDOWN_ROWS ? `\n\n${all.length - MARKDOWN_ROWS} more rows are in the JSON and CSV record.` : '';
    return `${title}\n\n${counts}\n\n${(0,markdown/* table */.tp)(head, shown)}${cut}\n`;
}
const CSV_HEAD = ['commit', 'date', 'author', 'committer', 'pr', 'change', 'MemberUin', 'Name', 'fields', 'error'];
/** RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break. */
function csv(history) {
    const lines = [CSV_HEAD.join(',')];
    for (const r of rows(history)) {
        lines.push([
            r.record.commit,
            r.record.committer.date,
            unformula(person(r.record.author)),
            unformula(person(r.record.committer)),
            r.record.pr ?? '',
            r.change,
            r.MemberUin ?? '',
            r.Name ?? '',
            r.change === 'changed' ? r.detail.split(', ').join(';') : '',
            r.change === 'unparseable' ? r.detail : ''
        ]
            .map(field)
            .join(','));
    }
    return lines.join('\r\n');
}
function json(history) {
    return JSON.stringify(history, null, 2);
}
function field(value) {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/**
 * Author names are whatever a contributor configured; a spreadsheet would run one starting with = + - @ as a
 * formula. The leading apostrophe is the usual guard (OWASP "CSV injection").
 */
function unformula(text) {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
function person(p) {
    return `${p.name} <${p.email}>`;
}
function by(r) {
    return r.committer.name === r.author.name && r.committer.email === r.author.email ? r.author.name : `${r.author.name} (committed by ${r.committer.name})`;
}
function describeRange(h) {
    const parts = [];
    if (h.range.from)
        parts.push(`after ${h.range.from.slice(0, 12)}`);
    parts.push(`up to ${h.range.to.slice(0, 12)}`);
    if (h.range.since)
        parts.push(`since ${h.range.since}`);
    if (h.range.until)
        parts.push(`until ${h.range.until}`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/audit/action.ts
// Mode `audit` of the action: the history as the job summary (Markdown) and the `audit` output (JSON, CSV).


async function auditForAction(o) {
    try {
        if (await (0,audit_history/* isShallow */.fE)(o.workspace)) {
            return failed(o.file, 'The checkout is shallow, so the history of the file is not there. Check out the whole history: ' + 'actions/checkout with `fetch-depth: 0`.');
        }
        const history = await (0,audit_history/* walkHistory */.S6)({
            cwd: o.workspace,
            file: o.file,
            ...(o.since ? { since: o.since } : {}),
            ...(o.until ? { until: o.until } : {}),
            ...(o.from ? { from: o.from } : {}),
            ...(o.to ? { to: o.to } : {})
        });
        return { markdown: render_markdown(history), json: json(history), csv: csv(history), records: history.records.length };
    }
    catch (e) {
        if (!(e instanceof audit_history/* AuditError */.M_))
            throw e;
        return failed(o.file, e.message);
    }
}
function failed(file, failure) {
    return { markdown: `## Membership history of \`${file}\`\n\n${failure}\n`, json: '', csv: '', records: 0, failure };
}


/***/ }),

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


/***/ })

};
