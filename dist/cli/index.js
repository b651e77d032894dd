#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2686);
/* harmony import */ var _manifest_validation_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6193);
/* harmony import */ var _text_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9209);
// Entry of the command-line tool (package.json `bin`); the commands live in cli/.



if (await (0,_manifest_validation_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .isManifestWorker */ .Cd)()) {
    // drift validates a large file in a worker of the running bundle (manifest/validation-worker.ts): this one.
    await (0,_manifest_validation_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .serveManifestWorker */ .dv)();
}
else {
    // Everything printed may hold what a file or a commit says: nothing reaches the terminal as a control sequence.
    process.exitCode = await (0,_cli_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)(process.argv.slice(2), (line) => console.log((0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .kJ)(line)), (line) => console.error((0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .kJ)(line)));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/model/run.ts
/** Input `reconcile`: what apply does beyond inviting added entries. */
const RECONCILE_LEVELS = ['none', 'changes', 'all'];

// EXTERNAL MODULE: ./src/manifest/format.ts
var format = __nccwpck_require__(5518);
// EXTERNAL MODULE: ./src/manifest/node-paths.ts
var node_paths = __nccwpck_require__(2496);
;// CONCATENATED MODULE: ./src/manifest/schema-url.ts
// Where editors find the JSON Schema of members.yaml: the copy committed at the action's major release tag, so that a
// repository that uses the action (and has no schema/ folder of its own) is validated as it types, by the schema of
// the version it pins. import, the README and the command-line tool all write this one modeline.
const SCHEMA_URL = 'https://raw.githubusercontent.com/acme/tencent-org-members/v1/schema/members.schema.json';
const SCHEMA_MODELINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;

;// CONCATENATED MODULE: ./src/manifest/schema.ts
// The JSON Schema (draft-07) of members.yaml for editors (yaml-language-server), derived from FIELDS so that it cannot
// drift from the validator. It is committed as schema/members.schema.json; `npm run schema` regenerates it.
// What it cannot say, the validator still checks: unique MemberUin and Name across entries, unique TagKey, and the
// exact YAML form of a value (1.0 is a float to the validator but the integer 1 to JSON Schema).



function field(spec) {
    const { description } = spec;
    switch (spec.kind) {
        case 'integer': // what the validator sends exactly: a positive integer below 2^53
            return { description, type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };
        case 'string':
            return schema_text(spec);
        case 'integer-list':
            return {
                description,
                type: 'array',
                items: { type: 'integer', minimum: spec.min, maximum: spec.max },
                uniqueItems: true,
                allOf: spec.mustContain.map((n) => ({ contains: { const: n } }))
            };
        case 'object-list': {
            const properties = Object.fromEntries(Object.entries(spec.item).map(([k, rules]) => [k, schema_text(rules)]));
            const item = { type: 'object', properties, required: Object.keys(spec.item), additionalProperties: false };
            return { description, type: 'array', maxItems: spec.maxItems, items: item };
        }
    }
}
/** What JSON Schema can say of a text value; edge spaces and reserved prefixes are the validator's alone. */
function schema_text(rules) {
    const { description } = rules;
    return { description, type: 'string', enum: rules.enum && [...rules.enum], minLength: rules.minLength, maxLength: rules.maxLength, pattern: rules.pattern?.source };
}
/** A node path: names joined by "/", each as AddOrganizationNode allows. */
const NAME = node_paths/* NODE_NAME_PATTERN */.gf.slice(1, -2) + `{1,${node_paths/* NODE_NAME_MAX */.qW}}`;
const PATH = { type: 'string', pattern: `^${NAME}(/${NAME})*$` };
/** An entry, or defaults: the API's fields, and Node (a path), never both Node and NodeId in one mapping. */
const object = (names, required = []) => ({
    type: 'object',
    properties: {
        ...Object.fromEntries(names.map((name) => [name, field(format/* FIELDS */.cJ[name])])),
        [format/* NODE_FIELD */.Y_]: { ...PATH, description: 'The node by path: names from below the root joined by "/" (instead of NodeId).' }
    },
    required: required.length > 0 ? [...required] : undefined,
    not: { required: [format/* NODE_FIELD */.Y_, 'NodeId'] },
    additionalProperties: false
});
/** A file whose `defaults` holds `name` (and, when given, whose defaults' `name` satisfies `value`). */
const inDefaults = (name, value) => ({
    required: ['defaults'],
    properties: { defaults: { required: [name], properties: value && { [name]: value } } }
});
const eachEntry = (schema) => ({ properties: { members: { items: schema } } });
function jsonSchema() {
    // An entry must hold its identity (MemberUin, Name); every other required field may come from `defaults` instead.
    const requirements = format/* FIELD_NAMES */.Yr.filter((n) => format/* FIELDS */.cJ[n].required && !format/* IDENTITY_FIELDS */.DL.includes(n)).map((name) => 
    // A node, by id or by path, from the entry or from defaults.
    name === 'NodeId'
        ? { if: { not: { anyOf: [inDefaults('NodeId'), inDefaults(format/* NODE_FIELD */.Y_)] } }, then: eachEntry({ anyOf: [{ required: ['NodeId'] }, { required: [format/* NODE_FIELD */.Y_] }] }) }
        : { if: { not: inDefaults(name) }, then: eachEntry({ required: [name] }) });
    for (const name of format/* FIELD_NAMES */.Yr) {
        const spec = format/* FIELDS */.cJ[name];
        if (spec.kind !== 'string' || !spec.requiredWhen)
            continue;
        const { field: list, contains } = spec.requiredWhen;
        const holds = { type: 'array', contains: { const: contains } };
        // PayUin is needed when the entry's own PermissionIds holds 7, or when it inherits a PermissionIds holding 7.
        requirements.push({ if: { not: inDefaults(name) }, then: eachEntry({ if: { required: [list], properties: { [list]: holds } }, then: { required: [name] } }) }, { if: { allOf: [inDefaults(list, holds), { not: inDefaults(name) }] }, then: eachEntry({ if: { not: { required: [list] } }, then: { required: [name] } }) });
    }
    const topLevel = {
        version: { description: `Format version of this file; ${format/* FORMAT_VERSION */.Hp} is the only one.`, const: format/* FORMAT_VERSION */.Hp },
        defaults: {
            description: `Values merged under every entry (an entry's own value wins); not ${format/* IDENTITY_FIELDS */.DL.join(' or ')}.`,
            ...object(format/* FIELD_NAMES */.Yr.filter((n) => !format/* IDENTITY_FIELDS */.DL.includes(n)))
        },
        nodes: {
            description: 'The node tree below the root, named by path; parents before or after children.',
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    Path: { ...PATH, description: 'Names from below the root node joined by "/"; the root itself is never written.' },
                    NodeId: { description: 'Pins the node by id: a changed Path is then a rename, not a new node.', type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
                    Remark: { description: "The node's remark; managed only when written.", type: 'string' }
                },
                required: ['Path'],
                additionalProperties: false
            }
        },
        members: { description: 'One entry per member, identified by MemberUin.', type: 'array', items: object(format/* FIELD_NAMES */.Yr, format/* IDENTITY_FIELDS */.DL) }
    };
    // JSON.stringify drops the undefined keywords (a field without maxLength, a list without maxItems...).
    return JSON.parse(JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: SCHEMA_URL,
        title: 'members.yaml',
        description: 'Members of a Tencent Cloud organization, invited with InviteOrganizationMember.',
        type: 'object',
        properties: topLevel,
        required: ['members'],
        additionalProperties: false,
        allOf: requirements
    }));
}

// EXTERNAL MODULE: ./src/model/diagnostics.ts
var model_diagnostics = __nccwpck_require__(485);
;// CONCATENATED MODULE: ./src/model/writes.ts
function writes_isMemberWrite(w) {
    return 'MemberUin' in w;
}
/** Statuses that count as the write having failed the run. */
const writes_FAILED_STATUSES = (/* unused pure expression or super */ null && (['failed', 'not-applied', 'unknown']));

;// CONCATENATED MODULE: ./src/organization/guards.ts
// The limits a reconcile run checks before it sends anything. Each refuses the whole run: a plan that breaks one
// is most likely a mistake (a mangled file, the wrong organization), and half of a mistake is worse than none.
// Pure: planned writes and the limits in, errors on lines and one sentence out.


/**
 * Writes that count against max-changes: changes to members and to nodes. Invitations count toward max-invites
 * instead; removals of members and deletions of nodes against max-removals.
 */
function isChange(w) {
    return w.action === 'update' || w.action === 'move' || w.action === 'tags' || w.action === 'create-node' || w.action === 'update-node';
}
function isRemoval(w) {
    return w.action === 'remove' || w.action === 'delete-node';
}
function guardWrites(file, writes, limits) {
    const diagnostics = [];
    const failures = [];
    const at = (w) => ({ line: w.line, col: 1 });
    // Members that are never changed: one error per entry that would change one, on its line.
    const untouchable = new Set();
    const members = writes.filter(writes_isMemberWrite);
    // Without the management account, no write can be checked against it: none to members is sent.
    const touching = members.filter((w) => w.action !== 'invite' && w.action !== 'reinvite');
    if (limits.managementUnknown !== undefined && touching.length > 0) {
        const why = `The organization's management account is unknown (DescribeOrganization: ${limits.managementUnknown}), so no member is updated, moved, tagged or removed: this action never changes the management account, and cannot tell which it is. Check that the credentials may call organization:DescribeOrganization, then rerun.`;
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at(touching[0]), 'Management account unknown', why));
        failures.push('the management account is unknown (DescribeOrganization failed), so no member may be changed');
    }
    for (const w of members) {
        if (untouchable.has(w.MemberUin))
            continue;
        const management = limits.managementUin !== undefined && w.MemberUin === limits.managementUin;
        const changes = w.action !== 'invite' && (isChange(w) || w.action === 'remove');
        if (!management && !(changes && limits.protectedMembers.has(w.MemberUin)))
            continue;
        untouchable.add(w.MemberUin);
        const why = management
            ? `is the organization's management account, which this action never changes or invites. Take the entry out of ${file}: the management account is the organization itself.`
            : `is in protected-members, so this action never changes it. Make the entry match the organization (the job summary shows its live values), or take the UIN out of the protected-members input.`;
        const where = w.action === 'remove' ? ` (line ${w.baseLine} of the base revision: declare it again to keep it)` : '';
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at(w), 'Protected member', `MemberUin ${w.MemberUin}${where} would get a ${w.action} write, but it ${why}`));
    }
    if (untouchable.size > 0) {
        failures.push(`${untouchable.size} entr${untouchable.size === 1 ? 'y' : 'ies'} would change a protected member or the management account`);
    }
    const changes = writes.filter(isChange);
    if (changes.length > limits.maxChanges) {
        const message = `The plan makes ${changes.length} changes to members (updates, moves, tag changes), more than max-changes (${limits.maxChanges}); nothing is sent. If this many changes are intended, raise the max-changes input of the workflow to at least ${changes.length}.`;
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at(changes[limits.maxChanges]), 'Too many changes', message));
        failures.push(`${changes.length} changes to members, more than max-changes (${limits.maxChanges}): raise max-changes to at least ${changes.length} if that is intended`);
    }
    const reinvites = writes.filter((w) => w.action === 'reinvite');
    const invites = writes.filter((w) => w.action === 'invite').length;
    const invitations = invites + reinvites.length;
    if (reinvites.length > 0 && invitations > limits.maxInvites) {
        const message = `The plan sends ${invitations} invitations (${invites} new, ${reinvites.length} re-sent to pending entries), more than max-invites (${limits.maxInvites}); nothing is sent. If this many are intended, raise the max-invites input of the workflow to at least ${invitations}.`;
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at(reinvites[Math.max(0, limits.maxInvites - invites)] ?? reinvites[0]), 'Too many invitations', message));
        failures.push(`${invitations} invitations with the re-sent ones, more than max-invites (${limits.maxInvites}): raise max-invites to at least ${invitations} if that is intended`);
    }
    const removals = writes.filter(isRemoval);
    const maxRemovals = limits.maxRemovals ?? 5;
    if (removals.length > maxRemovals) {
        const what = removals.every((w) => w.action === 'remove') ? 'members from the organization' : 'members and nodes from the organization';
        const message = `The plan removes ${removals.length} ${what}, more than max-removals (${maxRemovals}); nothing is sent. If these removals are intended, raise the max-removals input of the workflow to at least ${removals.length}.`;
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at(removals[0]), 'Too many removals', message));
        failures.push(`${removals.length} removals, more than max-removals (${maxRemovals}): raise max-removals to at least ${removals.length} if that is intended`);
    }
    const leaving = removals.filter((w) => w.action === 'remove');
    if (limits.orgMembers !== undefined && leaving.length > 0 && leaving.length * 4 > limits.orgMembers) {
        const message = `The plan removes ${leaving.length} of the organization's ${limits.orgMembers} members, more than a quarter; nothing is sent. Remove them over several merges of at most ${Math.floor(limits.orgMembers / 4)} each, or set the reconcile input to changes for this merge to apply everything but the removals.`;
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at(leaving[0]), 'Too many removals', message));
        failures.push(`${leaving.length} of ${limits.orgMembers} members would be removed, more than a quarter: set reconcile to changes for this merge, or remove them over several merges`);
    }
    return failures.length === 0 ? { diagnostics } : { diagnostics, failure: `Refused before sending anything: ${failures.join('; ')}.` };
}
/**
 * A revision that lost more than a quarter of the base's entries is most likely a truncated or mangled file (a bad
 * merge, an editor that cut it short). With reconcile: all it is refused; otherwise it is a loud warning in the plan.
 */
function truncationCheck(file, baseEntries, removed, level) {
    if (removed === 0 || removed * 4 <= baseEntries)
        return { diagnostics: [] };
    const facts = `${file} lost ${removed} of its ${baseEntries} entries in this revision, more than a quarter: a truncated or mangled file?`;
    if (level !== 'all')
        return { diagnostics: [], warning: `${facts} Check the file before merging: with reconcile: all this revision would be refused.` };
    const failure = `Refused before sending anything: ${facts} Check the file; if the entries really go, take them out over several merges of at most a quarter each, or set the reconcile input to changes for this merge (nothing is removed).`;
    return { diagnostics: [(0,model_diagnostics/* error */.z3)(file, { line: 1, col: 1 }, 'File lost a quarter of its entries', failure)], failure };
}
/** Input protected-members: UINs separated by commas, newlines or spaces. */
function parseProtectedMembers(text) {
    const parts = text.split(/[\s,]+/).filter(Boolean);
    const bad = parts.find((p) => !/^\d{1,16}$/.test(p) || !Number.isSafeInteger(Number(p)));
    if (bad !== undefined)
        return bad;
    return parts.map(Number);
}

// EXTERNAL MODULE: ./src/manifest/validate.ts + 1 modules
var validate = __nccwpck_require__(9960);
;// CONCATENATED MODULE: ./src/manifest/diff.ts
function diff_diff(base, before, after) {
    const old = new Map(before.map((e) => [e.member.MemberUin, e]));
    const plan = { base, added: [], changed: [], removed: [], unchanged: 0 };
    for (const entry of after) {
        const previous = old.get(entry.member.MemberUin);
        if (!previous) {
            plan.added.push(entry);
            continue;
        }
        old.delete(entry.member.MemberUin);
        const fields = changedFields(previous.member, entry.member);
        // A node named by path: its path is what the file says (its NodeId is resolved later, against the organization).
        if (previous.node !== entry.node)
            fields.push('Node');
        if (fields.length > 0)
            plan.changed.push({ entry, before: previous, fields });
        else
            plan.unchanged++;
    }
    plan.removed = [...old.values()];
    return plan;
}
function changedFields(a, b) {
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...names].filter((k) => canonical(a[k]) !== canonical(b[k]));
}
/** Key order in mappings and the order of PermissionIds (a set of IDs) carry no meaning: neither is a change. */
function canonical(value) {
    return JSON.stringify(value, (_k, v) => {
        if (Array.isArray(v) && v.every((x) => typeof x === 'number'))
            return [...v].sort((a, b) => a - b);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            return Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
        }
        return v;
    });
}

;// CONCATENATED MODULE: ./src/history/git.ts
// The one git runner: every git command the action runs goes through here, with the same environment (no terminal
// prompt), the same error type, and child_process loaded on first use (a validate run never calls git, and the module
// is a few milliseconds of every start that loads it).
/** A git command failed; the message is git's own first words, for a person. */
class GitError extends Error {
}
async function git(cwd, args, options = {}) {
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd, encoding: options.encoding ?? 'utf8', maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, env: gitEnv(), ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) }, (error, stdout, stderr) => {
            if (error)
                reject(new GitError(`git ${args[0]} failed: ${String(stderr).trim() || error.message}`));
            else
                resolve(stdout);
        });
    });
}
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0' };
}
/** Whether the clone holds only the latest commits (actions/checkout's default depth of 1). */
async function git_isShallow(cwd) {
    return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** The full id of the commit `rev` names, or undefined when it names none. */
async function commitOf(cwd, rev) {
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Many blobs through one `git cat-file --batch`; a spec that names no blob (file absent there) maps to null. */
async function readBlobs(cwd, specs) {
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolveBlobs, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (b) => chunks.push(b));
        child.stderr.on('data', (b) => (stderr += b.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`));
            const out = Buffer.concat(chunks);
            const blobs = new Map();
            let at = 0;
            for (const spec of specs) {
                const eol = out.indexOf(10, at);
                if (eol < 0)
                    return reject(new GitError(`git cat-file ended early, at ${spec}`));
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

;// CONCATENATED MODULE: ./src/history/walk.ts



/** A problem with the request (unknown revision, not a repository, shallow clone), worded for a person. */
class walk_AuditError extends Error {
}
const FS = '\x1f';
const RS = '\x1e';
const FORMAT = `${RS}${['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f')}${FS}`;
async function walk_walkHistory(o) {
    if (await walk_isShallow(o.cwd)) {
        throw new walk_AuditError('The clone is shallow: it holds only the latest commits, not the history of the file.');
    }
    const to = await walk_commitOf(o.cwd, o.to ?? 'HEAD', o.to ? 'to' : 'HEAD');
    const from = o.from === undefined ? undefined : await walk_commitOf(o.cwd, o.from, 'from');
    const range = { ...(o.since ? { since: o.since } : {}), ...(o.until ? { until: o.until } : {}), ...(from ? { from } : {}), to };
    // The whole history up to `to`, not only the range: the first change in the range is a diff against the last
    // valid revision before it.
    const commits = parseLog(await walk_git(o.cwd, [
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
    const blobs = await walk_readBlobs(o.cwd, commits.slice(first).map((c) => `${c.sha}:${c.path}`));
    let last = await lastValidBefore(o.cwd, commits.slice(0, first));
    let brokenShown = false;
    const records = [];
    for (const c of commits.slice(first)) {
        const shown = !inRange || inRange.has(c.sha);
        const bytes = blobs.get(`${c.sha}:${c.path}`) ?? null;
        // A commit that deletes the file leaves no members: every entry is removed.
        const manifest = bytes === null ? { entries: [], errors: [] } : (0,validate/* readManifest */.W)(c.path, bytes);
        if (manifest.errors.length > 0) {
            if (shown)
                records.push({ ...describe(c), added: [], changed: [], removed: [], error: errorText(manifest.errors) });
            brokenShown ||= shown;
            continue;
        }
        const plan = diff_diff(last.sha, last.entries, manifest.entries);
        const changes = plan.added.length + plan.changed.length + plan.removed.length > 0;
        if (shown && (changes || brokenShown)) {
            records.push({
                ...describe(c),
                added: plan.added.map((e) => ({ ...brief(e), member: e.node ? withoutNodeId(e.member) : e.member, ...(e.node ? { Node: e.node } : {}) })),
                changed: plan.changed.map((ch) => ({
                    ...brief(ch.entry),
                    fields: ch.fields,
                    before: pick(ch.before, ch.fields),
                    after: pick(ch.entry, ch.fields)
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
async function walk_isShallow(cwd) {
    try {
        return await git_isShallow(cwd);
    }
    catch {
        throw new walk_AuditError(`${cwd} is not a git repository (or git cannot read it).`);
    }
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
    return new Set((await walk_git(cwd, args)).split('\n').filter(Boolean));
}
/** The membership just before the range: the newest revision before it that parses (none: no members). */
async function lastValidBefore(cwd, earlier) {
    // Usually the newest one parses; read a few at a time rather than the whole prefix of the history.
    for (let end = earlier.length; end > 0; end -= 16) {
        const batch = earlier.slice(Math.max(0, end - 16), end).reverse();
        const blobs = await walk_readBlobs(cwd, batch.map((c) => `${c.sha}:${c.path}`));
        for (const c of batch) {
            const bytes = blobs.get(`${c.sha}:${c.path}`) ?? null;
            const manifest = bytes === null ? { entries: [], errors: [] } : (0,validate/* readManifest */.W)(c.path, bytes);
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
function pick(e, fields) {
    const out = {};
    for (const f of fields) {
        if (f === 'Node')
            out.Node = e.node ?? null;
        // An entry named by path has no NodeId of its own in the file: its path is the record.
        else if (f === 'NodeId' && e.node !== undefined)
            out.Node = e.node;
        else
            out[f] = e.member[f] ?? null;
    }
    return out;
}
/** A member named by path, without the 0 that stands in for its unresolved id. */
function withoutNodeId(m) {
    const { NodeId: _unresolved, ...rest } = m;
    return rest;
}
function errorText(errors) {
    const [e] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
    return `line ${e.line}, col ${e.col}: ${e.title}: ${e.message}${more}`;
}
async function walk_commitOf(cwd, rev, what) {
    const sha = await commitOf(cwd, rev);
    if (sha)
        return sha;
    throw new walk_AuditError(what === 'HEAD' ? 'The repository has no commits yet.' : `Unknown revision ${rev} (${what}): it is not a commit of this clone.`);
}
async function walk_git(cwd, args) {
    try {
        return await git(cwd, args, { maxBuffer: 256 * 1024 * 1024 });
    }
    catch (e) {
        throw e instanceof GitError ? new walk_AuditError(e.message) : e;
    }
}
async function walk_readBlobs(cwd, specs) {
    try {
        return await readBlobs(cwd, specs);
    }
    catch (e) {
        throw e instanceof GitError ? new walk_AuditError(e.message) : e;
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// GitHub-flavoured Markdown built so that text from the file (or from an API answer, or a commit) renders as
// written: it starts no heading or quote, makes no link, image or HTML, and pings nobody. Every value is either
// escaped text or an inline code span; only Markdown this action writes itself is wrapped in `Md` and kept.
/** Markdown written by this action; anything else given to `table` or `text` is escaped. */
class Md {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
function raw(markdown) {
    return new Md(markdown);
}
/** The longest value shown in a code span; longer ones end in an ellipsis (the outputs keep them whole). */
const CODE_CHARS = 100;
/**
 * Plain text as inert Markdown on one line: the marks that could open Markdown are backslash-escaped (CommonMark
 * renders an escaped mark as itself), so no link, image, emphasis, autolink or HTML can form; `@name`, `#12` and `GH-12` go
 * into code spans, since GitHub finds mentions and issue references in the rendered text whatever escapes came
 * before.
 */
function markdown_text(value) {
    const s = oneLine(stringify(value));
    let out = '';
    let last = 0;
    // GitHub links GH-12 to an issue too, whatever its case.
    for (const m of s.matchAll(/@[\w.-]+|#\d+|\bGH-\d+/gi)) {
        out += escapePunctuation(s.slice(last, m.index)) + codeSpan(m[0]);
        last = m.index + m[0].length;
    }
    return new Md(out + escapePunctuation(s.slice(last)));
}
/** A value as inline code: rendered exactly as written (up to CODE_CHARS), nothing inside is Markdown. */
function markdown_code(value, max = CODE_CHARS) {
    const chars = [...oneLine(stringify(value))];
    return new Md(codeSpan(chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('')));
}
function cell(value) {
    const md = value instanceof Md ? value.text : markdown_text(value).text;
    // GitHub splits table cells on `|` before it reads code spans; `\|` is its escape, inside code spans too.
    return oneLine(md).replace(/(\\*)\|/g, (m, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : m));
}
function table(head, rows) {
    const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return lines.join('\n');
}
/** Long lists are folded so the counts stay on the first screen. */
function fold(summary, body, open) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * Markdown cut to at most `maxBytes` (UTF-8) at a line boundary, with whatever the cut left open (a code fence,
 * folded sections) closed, and `note` saying what was left out. Returned unchanged when it fits.
 */
function markdown_capMarkdown(markdown, maxBytes, note) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const kept = Buffer.from(markdown, 'utf8')
        .subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8')))
        .toString('utf8');
    const lines = kept.slice(0, Math.max(0, kept.lastIndexOf('\n'))).split('\n');
    for (;;) {
        const cut = lines.join('\n') + closing(lines) + `\n\n${note}\n`;
        if (Buffer.byteLength(cut, 'utf8') <= maxBytes || lines.length === 0)
            return cut;
        lines.pop();
    }
}
/** What a cut after `lines` leaves open: a code fence, folded sections. */
function closing(lines) {
    let fence = false;
    let open = 0;
    for (const line of lines) {
        if (/^```/.test(line))
            fence = !fence;
        else if (!fence)
            open += (line.match(/<details[ >]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
    return (fence ? '\n```' : '') + '\n\n</details>'.repeat(Math.max(0, open));
}
function stringify(value) {
    return value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
}
function oneLine(s) {
    // CommonMark ends a line at \n, \r\n and a lone \r alike. Other controls and the bidirectional overrides, which
    // can make a line read as something else (CVE-2021-42574), are written as escapes.
    return s.replace(/\r\n?|\n/g, ' ').replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * The characters that can open Markdown on one line: escapes, code, emphasis, links and images, HTML and
 * entities, headings, tables, strikethrough and GitHub's math; `://` and `www.` would otherwise become links.
 */
function escapePunctuation(s) {
    return s
        .replace(/[\\`*_[\]<>!|~&$]/g, '\\$&')
        .replace(/^(\s*)#/, '$1\\#')
        .replace(/:\/\//g, '\\://')
        .replace(/\b(www)\./gi, '$1\\.');
}
/** A code span whose fence is longer than any run of backticks inside, padded where the value touches one. */
function codeSpan(s) {
    if (s === '')
        return '';
    const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/csv.ts
// CSV for spreadsheets (RFC 4180: CRLF between records, a cell quoted when it holds a comma, quote or line break),
// every text cell made safe first. Cells hold what contributors wrote (author names, commit subjects, member names):
// a spreadsheet runs a cell that starts with = + - @, a tab or CR as a formula (OWASP "CSV injection"), so those get
// a leading apostrophe; and control characters, which can rewrite a terminal or hide text, are written as escapes.
function csvTable(head, rows) {
    return [head.map(csv_cell).join(','), ...rows.map((row) => row.map(csv_cell).join(','))].join('\r\n');
}
function csv_cell(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'number')
        return String(value);
    const safe = unformula(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
/** The leading apostrophe is the usual guard: the cell reads as text, and shows as written. */
function unformula(text) {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

;// CONCATENATED MODULE: ./src/report/approvals.ts


const WHY = {
    'not-final-head': 'given on an earlier commit, before the last push',
    author: "the pull request's author",
    'last-pusher': 'pushed the last commit',
    'no-write-access': 'no write access to the repository',
    'after-merge': 'given after the merge'
};
const TIER_WORDS = {
    changes: 'a change',
    sensitive: 'sensitive (a removal, a node deletion, or a grant of a sensitive permission)'
};
function who(login) {
    return `@${login}`;
}
function people(logins) {
    return logins.length === 0 ? 'nobody' : logins.map(who).join(', ');
}
/** A write, named for a sentence. */
function approvals_writeName(w) {
    return isMemberWrite(w) ? `${w.action} of ${w.MemberUin} (${w.Name})` : `${w.action} of node ${w.path}`;
}
function notCountedText(a) {
    return a.notCounted.map((n) => WHY[n]).join('; ');
}
/** One error per write of a tier that lacks approvals, on its line. */
function approvals_missingApprovals(w, tier, needs, status, sha) {
    const need = `${needs} approval${needs === 1 ? '' : 's'}`;
    if (status.directPush) {
        return `The ${approvals_writeName(w)} is ${TIER_WORDS[tier]}: it needs ${need}, and ${sha.slice(0, 12)} was pushed to the branch directly, not merged from a pull request, so it has none. Nothing was sent.`;
    }
    const pr = status.pullRequest;
    const stale = pr.approvals.filter((a) => !a.counted);
    return (`The ${approvals_writeName(w)} is ${TIER_WORDS[tier]}: it needs ${need} of pull request #${pr.number} on its final head ${pr.headSha.slice(0, 12)}; ` +
        `counted so far: ${people(pr.counted)} (${pr.counted.length} of ${needs}).` +
        (stale.length > 0 ? ` Not counted: ${stale.map((a) => `${who(a.login)} (${notCountedText(a)})`).join(', ')}.` : '') +
        ' Nothing was sent.');
}
function approvals_approvalsFailure(status) {
    const lacking = status.tiers.filter((t) => t.missing > 0);
    const parts = lacking.map((t) => `the ${t.tier} tier (${t.writes} write${t.writes === 1 ? '' : 's'}) needs ${t.needs} approval${t.needs === 1 ? '' : 's'} and has ${t.approvedBy.length}`);
    const where = status.directPush ? 'this commit was pushed directly, not merged from a pull request' : `approved by ${people(status.pullRequest?.counted ?? [])}`;
    return `Not enough approvals: ${parts.join('; ')} (${where}); nothing was sent.`;
}
/** Why a write was held back: the plan reviewed on the pull request did not show it. */
function approvals_unreviewedMessage(pr, why) {
    const source = pr ? `the plan reviewed on pull request #${pr.number} (final head ${pr.headSha.slice(0, 12)})` : 'no reviewed plan (no pull request merged this commit)';
    const because = why ? `: ${why}` : ' did not show it (the organization changed after the review)';
    return `Not sent: ${source}${because}. The next pull request, or a workflow_dispatch run with reconcile, sends it.`;
}
/** How a 403 or 404 reading reviews reads to a person: the token lacks pull-requests: read. */
function approvals_approvalsUnreadable(message, status) {
    const hint = status === 403 || status === 404
        ? ' The token may not read pull requests: give the workflow `permissions: pull-requests: read` (the plan workflow has it through pull-requests: write).'
        : '';
    return `approvals is set, and the pull request's approvals could not be read: ${message}.${hint}`;
}
/** The section of the summary and the comment. */
function approvalSection(o) {
    const status = o.approvals;
    const reviewed = o.reviewedPlan;
    if (!status && !reviewed)
        return undefined;
    const parts = ['### Approvals'];
    if (status) {
        const p = status.policy;
        parts.push(`Required: ${p.changes} for every write (changes), ${Math.max(p.changes, p.sensitive)} for removals, node deletions and grants of PermissionIds ${p.sensitivePermissions.join(', ') || 'none'} (sensitive).`);
        if (status.unreadable)
            parts.push(`> **Warning:** ${markdown_text(status.unreadable)}`);
        if (status.directPush)
            parts.push('No pull request merged this commit (a direct push): it has no approvals.');
        const pr = status.pullRequest;
        if (pr)
            parts.push(pullRequestLine(pr));
        if (status.tiers.length === 0)
            parts.push('This change sends nothing that needs an approval.');
        else
            parts.push(table(['Tier', 'Writes', 'Needs', 'Approved by', 'Still needs'], status.tiers.map((t) => [t.tier, t.writes, t.needs, people(t.approvedBy), t.missing === 0 ? 'nothing: ready' : `${t.missing} more`])));
        const stale = pr?.approvals.filter((a) => !a.counted) ?? [];
        if (stale.length > 0)
            parts.push(`Not counted: ${stale.map((a) => `${markdown_text(who(a.login)).text} (${notCountedText(a)})`).join(', ')}.`);
        if (pr && pr.changesRequested.length > 0)
            parts.push(`Changes requested by ${pr.changesRequested.map((l) => markdown_text(who(l)).text).join(', ')}.`);
    }
    if (reviewed)
        parts.push(reviewedLine(reviewed));
    if (o.reviewedFrom?.why)
        parts.push(`> **No reviewed plan:** ${markdown_text(o.reviewedFrom.why)}. Every write is held back as unreviewed.`);
    else if (o.reviewedFrom?.comment) {
        const c = o.reviewedFrom.comment;
        parts.push(`Reviewed plan: ${c.writes} write${c.writes === 1 ? '' : 's'}, digest ${markdown_code(c.digest.slice(0, 19))} on ${markdown_code(c.head.slice(0, 12))}; a write it did not show is not sent.`);
    }
    return parts.join('\n\n');
}
function pullRequestLine(pr) {
    const push = pr.lastPush.source === 'unknown'
        ? `who pushed it is unknown (${pr.lastPush.why ?? 'not recorded'}), so no approval counts`
        : `last pushed by ${markdown_text(who(pr.lastPush.login)).text} (${pr.lastPush.source === 'activity' ? "GitHub's record of the push" : "the head commit's committer"})`;
    const merged = pr.merged ? `, merged by ${markdown_text(who(pr.mergedBy ?? 'unknown')).text} at ${pr.mergedAt ?? 'an unknown time'}` : '';
    return `Pull request ${markdown_text(`#${pr.number}`).text} by ${markdown_text(who(pr.author)).text}: final head ${markdown_code(pr.headSha.slice(0, 12))}, ${push}${merged}; ${pr.reviews} review${pr.reviews === 1 ? '' : 's'} read.`;
}
function reviewedLine(plan) {
    if (plan.tooLarge)
        return '**The plan has too many writes to keep in this comment**: on merge, apply sends none of them; split the change.';
    const scope = plan.organization ? '' : ' The organization was not read (no credentials), so it holds the invitations alone: other writes are not sent on merge.';
    return `Reviewed plan: ${plan.keys.length} write${plan.keys.length === 1 ? '' : 's'} on ${markdown_code(plan.head.slice(0, 12))}, digest ${markdown_code(plan.digest.slice(0, 19))}. On merge, apply sends only writes this plan shows.${scope}`;
}

;// CONCATENATED MODULE: ./src/report/audit.ts
// The compliance record in four forms: Markdown for people (the job summary), plain text for a terminal, CSV for
// spreadsheets and JSON for programs. CSV, text and Markdown have one row per entry change; JSON keeps one object per
// commit.



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
function audit_markdown(history) {
    const title = `## Membership history of ${markdown_code(history.file)}`;
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
        prOf(r.record) === null ? '' : raw(`#${prOf(r.record)}`),
        by(r.record),
        r.change,
        r.MemberUin,
        r.Name,
        r.detail
    ]);
    const head = ['date', 'commit', 'pull request', 'author', 'change', 'MemberUin', 'Name', 'fields'];
    const cut = all.length > MARKDOWN_ROWS ? `\n\n${all.length - MARKDOWN_ROWS} more rows are in the JSON and CSV record.` : '';
    // Approvals: three more columns where they were read; where none were, one line says why instead.
    const read = history.records.some((r) => r.approvals?.read);
    const why = history.records.map((r) => r.approvals).find((a) => a !== undefined && !a.read)?.why;
    const note = why && !read ? `\n\nApprovals were not read: ${markdown_text(why).text}.` : '';
    const approvalsHead = read ? ['approved by', 'merged by', 'flags'] : [];
    const rowsShown = read ? shown.map((row, i) => [...row, ...approvalCells(all[i].record.approvals)]) : shown;
    return `${title}\n\n${counts}${note}\n\n${table([...head, ...approvalsHead], rowsShown)}${cut}\n`;
}
/**
 * For a terminal: a line saying what the record covers, then one line per entry change (date, commit, pull request,
 * author, what changed), every change there is: a terminal has no size limit to keep. No Markdown.
 */
function terminal(history) {
    const all = rows(history);
    const scope = describeRange(history);
    if (all.length === 0)
        return `Membership history of ${history.file}: no commit ${scope} changed the membership.`;
    const broken = history.records.filter((r) => r.error !== undefined).length;
    const head = `Membership history of ${history.file}: ${history.records.length} commit${history.records.length === 1 ? '' : 's'} ${scope} changed the membership` +
        (broken > 0 ? `; ${broken} of them left the file unparseable.` : '.');
    const lines = all.map((r) => {
        const pr = r.record.pr === null ? '' : ` #${r.record.pr}`;
        const who = r.MemberUin === undefined ? '' : ` ${r.MemberUin} ${r.Name ?? ''}`.trimEnd();
        const detail = r.detail ? `: ${r.detail}` : '';
        return `${r.record.committer.date} ${r.record.commit.slice(0, 12)}${pr} ${by(r.record)}: ${r.change}${who}${detail}`;
    });
    return [head, ...lines].join('\n');
}
const CSV_HEAD = [
    'commit',
    'date',
    'author',
    'committer',
    'pr',
    'change',
    'MemberUin',
    'Name',
    'fields',
    'error',
    'approvals',
    'pr_author',
    'approvers',
    'merged_by',
    'merged_at',
    'flags'
];
/** One row per entry change; every text cell guarded (csv.ts), numbers as they are. */
function audit_csv(history) {
    return csvTable(CSV_HEAD, rows(history).map((r) => [
        r.record.commit,
        r.record.committer.date,
        person(r.record.author),
        person(r.record.committer),
        prOf(r.record) ?? '',
        r.change,
        r.MemberUin ?? '',
        r.Name ?? '',
        r.change === 'changed' ? r.detail.split(', ').join(';') : '',
        r.change === 'unparseable' ? r.detail : '',
        ...approvalColumns(r.record.approvals)
    ]));
}
/** approvals, pr_author, approvers, merged_by, merged_at, flags: every value a cell of its own, or "not read" and why. */
function approvalColumns(a) {
    if (!a || !a.read)
        return [`not read: ${a?.why ?? 'not asked'}`, '', '', '', '', ''];
    const pr = a.pullRequest;
    return ['read', pr?.author ?? '', pr ? pr.approvals.map(approverText).join('; ') : '', pr?.mergedBy ?? '', pr?.mergedAt ?? '', a.flags.join(';')];
}
/** `alice at 2024-01-02T10:00:00Z on the final head, counted`, or why it does not count. */
function approverText(a) {
    const where = a.onFinalHead ? 'on the final head' : `on ${a.commit?.slice(0, 12) ?? 'an unknown commit'}`;
    return `${a.login} at ${a.at ?? 'an unknown time'} ${where}, ${a.counted ? 'counted' : `not counted (${notCountedText(a)})`}`;
}
function approvalCells(a) {
    if (!a || !a.read)
        return ['not read', '', ''];
    const pr = a.pullRequest;
    const approvers = pr ? pr.approvals.map((x) => `@${x.login}${x.counted ? '' : ` (not counted: ${notCountedText(x)})`}`).join(', ') || 'nobody' : 'no pull request';
    const merged = pr?.mergedBy ? `@${pr.mergedBy} at ${pr.mergedAt ?? '?'}` : '';
    return [approvers, merged, a.flags.join(', ')];
}
function audit_json(history) {
    return JSON.stringify(history, null, 2);
}
/** The pull request GitHub says was merged as the commit, where approvals were read; else the one its message names. */
function prOf(r) {
    return r.approvals?.read ? (r.approvals.pullRequest?.number ?? null) : r.pr;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/runner/protocol.ts
// The runner's protocol (inputs, logs, annotations, masks, outputs, the job summary), spoken through @actions/core.
// Not by hand: GitHub's tools for actions work by standing in for @actions/core (@github/local-action replaces it
// to show outputs and annotations on a laptop), and protocol changes reach this project with a version bump of it.
// Its entry would load its OIDC client (@actions/http-client, undici) on every run; patches/@actions+core+3.0.1.patch
// (applied by npm install) moves that import into getIDToken, so only OIDC runs load it (README, Performance).
//
// The one thing added here is for text the action does not control (names and notes from members.yaml): a log
// line of it must never become a runner command. @actions/core escapes what it sends as a command, but prints
// info() as it is, and the runner takes a line that starts with `::` or holds `##[` anywhere as a command.
// __tests__/workflow-commands.test.ts reads stdout as the runner does.
//
// Callers keep one small API of their own: this module's names are what the rest of the code uses.


function getInput(name) {
    // Said outright: @github/local-action's stand-in trims only when asked to.
    return core.getInput(name, { trimWhitespace: true });
}
/** Registers a value the runner must hide in every later log line. */
function setSecret(secret) {
    core.setSecret(secret);
}
function info(message) {
    if (!couldBeCommand(message))
        return core.info(message);
    // The protocol's own way to print text that may look like commands: the runner ignores every command until it
    // sees the token again, and the token is one the text does not hold.
    // The runner compares the token without regard to case.
    let token = randomUUID().replace(/-/g, '');
    while (message.toLowerCase().includes(token))
        token = randomUUID().replace(/-/g, '');
    core.info(`::stop-commands::${token}`);
    core.info(message);
    core.info(`::${token}::`);
}
function debug(message) {
    core.debug(message);
}
function protocol_error(message, properties = {}) {
    core.error(message, properties);
}
function protocol_warning(message, properties = {}) {
    core.warning(message, properties);
}
function notice(message, properties = {}) {
    core.notice(message, properties);
}
/** Marks the step failed (exit code 1) with one error line. */
function setFailed(message) {
    core.setFailed(message);
}
function setOutput(name, value) {
    core.setOutput(name, value);
}
/** An OIDC ID token for this job, from GitHub's token endpoint (the job needs `id-token: write`). */
function getIDToken(audience) {
    return core.getIDToken(audience);
}
let summaryWrites = Promise.resolve();
/**
 * Appends Markdown to the job summary; false when the runner gave no summary file (a local run), where
 * core.summary would only throw. The write itself is queued, in call order, so that callers stay synchronous (the
 * failure handler in index.ts runs from process events); a write that fails is a warning, not the run's outcome.
 */
function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return false;
    summaryWrites = summaryWrites.then(async () => {
        try {
            await core.summary.addRaw(markdown).write();
        }
        catch (e) {
            core.summary.emptyBuffer();
            core.warning(`The job summary could not be written: ${e.message}`);
        }
    });
    return true;
}
/** Settles once every summary queued so far is written (or has failed, with its warning). */
function summaryWritten() {
    return summaryWrites;
}
/**
 * Whether the runner could read a command in the text: a line that starts with `::` once its leading white space
 * is trimmed (the runner's trim also drops U+0085, which `\s` does not match), or the legacy `##[` anywhere.
 */
function couldBeCommand(text) {
    return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text);
}

;// CONCATENATED MODULE: ./src/github/approvals.ts
/** GitHub's committer for commits made on github.com (the web editor, suggestions, "Update branch"). */
const WEB_FLOW = 'web-flow';
/** Pages of repository activity (100 each) read to find who pushed a head: a bound on the cost of a busy repository. */
const ACTIVITY_PAGES = 5;
/** Permissions that may approve: GitHub's legacy permission maps maintain to write. */
const WRITERS = new Set(['admin', 'write']);
/** The latest opinion of each reviewer: the newest of their APPROVED, CHANGES_REQUESTED and DISMISSED reviews. */
function latestOpinions(reviews) {
    const ordered = reviews
        .map((r, i) => ({ r, i }))
        // Chronological as listed; submitted_at first where both have one, then the listing's own order.
        .sort((a, b) => (a.r.submittedAt && b.r.submittedAt && a.r.submittedAt !== b.r.submittedAt ? (a.r.submittedAt < b.r.submittedAt ? -1 : 1) : a.i - b.i));
    const latest = new Map();
    for (const { r } of ordered) {
        if (r.login === null || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state))
            continue;
        latest.set(r.login, r);
    }
    return latest;
}
/**
 * The approvals of a pull request as values, each with why it does not count. `writes(login)`: whether the account
 * may write to the repository, asked only of approvals that pass every other rule.
 */
async function judgeApprovals(pull, reviews, lastPush, writes) {
    const opinions = latestOpinions(reviews);
    const approvals = [];
    for (const [login, r] of opinions) {
        if (r.state !== 'APPROVED')
            continue;
        const notCounted = [];
        const onFinalHead = r.commitId === pull.headSha;
        if (!onFinalHead)
            notCounted.push('not-final-head');
        if (login === pull.author)
            notCounted.push('author');
        // Unknown pusher: nobody can be shown to be someone else.
        if (lastPush.source === 'unknown' || login === lastPush.login)
            notCounted.push('last-pusher');
        if (pull.mergedAt && r.submittedAt && r.submittedAt > pull.mergedAt)
            notCounted.push('after-merge');
        if (notCounted.length === 0 && !(await writes(login)))
            notCounted.push('no-write-access');
        approvals.push({ login, ...(r.submittedAt ? { at: r.submittedAt } : {}), commit: r.commitId, onFinalHead, counted: notCounted.length === 0, notCounted });
    }
    return {
        number: pull.number,
        url: pull.url,
        title: pull.title,
        author: pull.author,
        headSha: pull.headSha,
        headRef: pull.headRef,
        headRepo: pull.headRepo,
        baseSha: pull.baseSha,
        merged: pull.mergedAt !== null,
        ...(pull.mergedBy ? { mergedBy: pull.mergedBy } : {}),
        ...(pull.mergedAt ? { mergedAt: pull.mergedAt } : {}),
        ...(pull.mergeCommitSha && pull.mergedAt ? { mergeCommit: pull.mergeCommitSha } : {}),
        lastPush,
        approvals,
        changesRequested: [...opinions].filter(([, r]) => r.state === 'CHANGES_REQUESTED').map(([login]) => login),
        counted: approvals.filter((a) => a.counted).map((a) => a.login),
        reviews: reviews.length
    };
}
/** Who pushed the head commit: the repository activity, else the head commit's committer as GitHub links it. */
async function lastPushOf(api, pull) {
    let why = pull.headRepo ? '' : 'the head repository is gone';
    if (pull.headRepo) {
        try {
            const push = await api.findPush(pull.headRepo, pull.headRef, pull.headSha, ACTIVITY_PAGES);
            if (push?.actor)
                return { login: push.actor, source: 'activity', at: push.at };
            why = push ? 'the push has no actor' : `no push of ${pull.headSha.slice(0, 12)} in the newest activity of ${pull.headRepo}`;
        }
        catch (e) {
            why = `the activity of ${pull.headRepo} could not be read (${e.message})`;
        }
    }
    const commit = await api.lastCommit(pull);
    if (commit && commit.sha === pull.headSha) {
        const login = commit.committer && commit.committer !== WEB_FLOW ? commit.committer : commit.author;
        if (login)
            return { login, source: 'commit', why };
    }
    return { source: 'unknown', why: `${why}; and GitHub links no account to the head commit's committer` };
}
function approvals_auditFlags(pr) {
    if (!pr)
        return ['direct-push', 'no-approval'];
    const flags = [];
    if (pr.counted.length === 0)
        flags.push('no-approval');
    if (pr.approvals.some((a) => !a.onFinalHead))
        flags.push('approved-before-last-push');
    return flags;
}
/**
 * Reads approvals through the API, once per pull request and once per reviewer's permission: the audit of a long
 * history asks about the same pull requests and people again and again.
 */
class approvals_ApprovalReader {
    api;
    pulls = new Map();
    permissions = new Map();
    constructor(api) {
        this.api = api;
    }
    /**
     * The pull request whose merge made `sha`: merged, with `merge_commit_sha` equal to it. That is the merge commit
     * of a merge, the squashed commit of a squash, and the last rebased commit of a rebase (the commit the base branch
     * was updated to: docs.github.com/rest/pulls/pulls#get-a-pull-request). null: none (a direct push).
     * `rebased`: also a merged pull request that only holds `sha`, as the earlier commits of a rebase merge do (the
     * audit's record of each commit; apply takes only the commit the merge left the branch at).
     */
    async mergedAs(sha, rebased = false) {
        const pulls = await this.api.pullsOfCommit(sha);
        const merged = pulls.filter((p) => p.mergedAt !== null);
        return (merged.find((p) => p.mergeCommitSha === sha) ?? (rebased ? merged[0] : undefined))?.number ?? null;
    }
    pullRequest(number) {
        let found = this.pulls.get(number);
        if (!found) {
            found = this.read(number);
            this.pulls.set(number, found);
        }
        return found;
    }
    async read(number) {
        const pull = await this.api.getPull(number);
        const [reviews, lastPush] = await Promise.all([this.api.listReviews(number), lastPushOf(this.api, pull)]);
        return judgeApprovals(pull, reviews, lastPush, (login) => this.writes(login));
    }
    writes(login) {
        let known = this.permissions.get(login);
        if (!known) {
            known = this.api.permissionOf(login).then((p) => WRITERS.has(p));
            this.permissions.set(login, known);
        }
        return known;
    }
}

;// CONCATENATED MODULE: ./src/github/rest.ts

/** A failed call, with the HTTP status when there was one. */
class GitHubError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
async function createGitHubApi(token, ctx) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: ctx.apiUrl });
    const [owner = '', repo = ''] = ctx.repository.split('/');
    const call = async (what, f) => {
        try {
            return await f();
        }
        catch (e) {
            const status = e.status;
            throw new GitHubError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${firstLine(e.message)}`, status);
        }
    };
    let viewer;
    return {
        ...pullRequestCalls(octokit, owner, repo, call),
        viewer: () => (viewer ??= whoAmI(octokit)),
        listComments: (issue) => call('Listing pull request comments', async () => (await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })).map((c) => ({
            id: c.id,
            nodeId: c.node_id,
            body: c.body ?? '',
            author: c.user?.login ?? ''
        }))),
        commentEditor: (nodeId) => call('Asking GitHub who last edited the plan comment', async () => {
            const answer = await octokit.graphql('query($id: ID!) { node(id: $id) { ... on IssueComment { editor { __typename login } } } }', { id: nodeId });
            if (!answer?.node)
                throw new Error('GitHub answered no comment for its node id');
            const editor = answer.node.editor;
            if (!editor?.login)
                return {};
            // GraphQL names a Bot without the suffix REST gives its comments (see whoAmI below).
            return { login: editor.__typename === 'Bot' && !editor.login.endsWith('[bot]') ? `${editor.login}[bot]` : editor.login };
        }),
        createComment: (issue, body) => call('Creating the plan comment', async () => void (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))),
        updateComment: (id, body) => call('Updating the plan comment', async () => void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }))),
        listOpenIssues: () => call('Listing open issues', async () => (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 }))
            .filter((i) => !i.pull_request)
            .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '', author: i.user?.login ?? '' }))),
        createIssue: (title, body) => call('Opening the drift issue', async () => (await octokit.rest.issues.create({ owner, repo, title, body })).data.number),
        updateIssue: (issue, fields) => call(fields.state === 'closed' ? 'Closing the drift issue' : 'Updating the drift issue', async () => void (await octokit.rest.issues.update({ owner, repo, issue_number: issue, ...fields, ...(fields.state === 'closed' ? { state_reason: 'completed' } : {}) }))),
        getCommit: async (ref) => {
            try {
                return (await octokit.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha;
            }
            catch (e) {
                const status = e.status;
                if (status === 404 || status === 422)
                    return null;
                throw new GitHubError(`Looking up commit ${ref.slice(0, 12)} through the GitHub API failed${status ? ` (HTTP ${status})` : ''}: ${firstLine(e.message)}`, status);
            }
        },
        getFile: async (path, ref, maxBytes) => {
            const failed = (e) => {
                const status = e.status;
                return new GitHubError(`Reading ${path} at ${ref.slice(0, 12)} through the GitHub API failed${status ? ` (HTTP ${status})` : ''}: ${firstLine(e.message)}`, status);
            };
            try {
                // The body unparsed: decoded as text, a byte-order mark would be lost and invalid UTF-8 turned into U+FFFD
                // instead of being refused as binary. The path in the URL as it is written, each segment encoded on its
                // own: octokit's {path} would send its slashes as %2F, which GitHub answers with 404 for fine-grained
                // tokens (octokit/octokit.js#2422), and that 404 would make the base "absent" and every entry "added".
                const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
                    owner,
                    repo,
                    ref,
                    mediaType: { format: 'raw' },
                    request: { parseSuccessResponseBody: false }
                });
                return await readAtMost(response.data, maxBytes + 1);
            }
            catch (e) {
                if (e.status !== 404)
                    throw failed(e);
            }
            // A 404 says "absent" only when a listing of the folders above agrees: a token that may not read the file, or
            // a path GitHub misreads, is answered 404 too, and taking that for "absent" would invite every entry.
            return confirmAbsent(path, ref, async (folder) => {
                try {
                    return (await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(folder)}`, { owner, repo, ref })).data;
                }
                catch (e) {
                    if (e.status === 404)
                        return null;
                    throw failed(e);
                }
            });
        }
    };
}
/** GitHub's contents API lists at most this many entries of a folder (docs.github.com/rest/repos/contents). */
const LISTING_LIMIT = 1000;
/** A repository path in a URL: each segment percent-encoded, the slashes between them kept. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/**
 * After a 404 for `path`: null (absent) when the nearest folder above it that GitHub lists lacks the next step
 * of the path, or has a file there; otherwise an error that says why absence cannot be told. `list` answers null
 * for a 404.
 */
async function confirmAbsent(path, ref, list) {
    const segments = path.split('/');
    const answered = `Reading ${path} at ${ref.slice(0, 12)} through the GitHub API: GitHub answered 404 for the file`;
    const stop = 'The run stops rather than count every entry as added; check that the token may read the repository (contents: read).';
    const fail = (why) => new GitHubError(`${answered}${why} ${stop}`, 404);
    for (let depth = segments.length - 1; depth >= 0; depth--) {
        const folder = segments.slice(0, depth).join('/');
        const name = segments[depth];
        const where = folder ? `the folder ${folder}` : 'the root folder';
        const listing = await list(folder);
        if (listing === null)
            continue;
        if (!Array.isArray(listing)) {
            // `folder` is a file: nothing is below a file. A link or a submodule could lead anywhere.
            if (listing.type === 'file')
                return null;
            throw fail(`, and ${folder} is a ${listing.type ?? 'thing'} there, not a folder, so whether the file exists cannot be told.`);
        }
        const entry = listing.find((e) => e.name === name);
        if (!entry) {
            if (listing.length < LISTING_LIMIT)
                return null;
            throw fail(`, and GitHub lists only the first ${LISTING_LIMIT} entries of ${where}, so whether the file exists cannot be told.`);
        }
        if (depth === segments.length - 1)
            throw fail(`, yet lists it in ${where}: it is there, and cannot be read.`);
        // The next folder down is listed here, yet listing it was answered 404; a file there instead means no folder.
        if (entry.type === 'file')
            return null;
        const below = segments.slice(0, depth + 1).join('/');
        throw fail(` and for the folder ${below}, yet lists ${below} in ${where}, so whether the file exists cannot be told.`);
    }
    throw fail(' and for every folder above it, up to the root, so whether the file exists cannot be told.');
}
/**
 * The token's account, by the login its comments and issues carry (REST `user.login`):
 * 1. GET /user answers for a personal access token (classic or fine-grained) and a GitHub App's user token.
 * 2. An installation token (the workflow's GITHUB_TOKEN, a GitHub App's installation token from
 *    actions/create-github-app-token) is refused there: 403 "Resource not accessible by integration". GraphQL's
 *    `query { viewer { login } }` answers for it, with the app's bot login, `[bot]` included: `<app-slug>[bot]`
 *    for an app's token (fullsend-ai/fullsend#1953: a workflow run with an installation token got
 *    `fullsend-ai-coder[bot]`), `github-actions[bot]` for GITHUB_TOKEN (CatChen/token-who-am-i-action, whose
 *    README and tests read `viewer.login` with GITHUB_TOKEN and an app's token: "When it's a bot (aka a GitHub
 *    App) `login` has a `[bot]` suffix, e.g. `github-actions[bot]`", and which looks it up with REST
 *    users/{login}, which only works with the suffix). That is the login REST gives the app's comments. (A `Bot`
 *    met elsewhere in GraphQL, such as a comment's `author`, has its login without the suffix:
 *    fullsend-ai/fullsend#6205; only `viewer` is used here, and compared with REST logins only.)
 * 3. If neither tells, the identity is unknown, with the reasons: callers then match no one rather than guess
 *    (assuming github-actions[bot], as this did before, took an app's token for GITHUB_TOKEN: the app's own
 *    comment was never recognised, and a new one was posted on every run).
 */
async function whoAmI(octokit) {
    let user;
    try {
        return { login: (await octokit.rest.users.getAuthenticated()).data.login };
    }
    catch (e) {
        const status = e.status;
        if (status !== 401 && status !== 403 && status !== 404) {
            throw new GitHubError(`Asking GitHub who the token belongs to failed${status ? ` (HTTP ${status})` : ''}: ${firstLine(e.message)}`, status);
        }
        user = `GET /user answered ${status}`;
    }
    try {
        const login = (await octokit.graphql('query { viewer { login } }'))?.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return { login };
        return { unknown: `${user}; GraphQL's viewer answered no login` };
    }
    catch (e) {
        const status = e.status;
        return { unknown: `${user}; GraphQL's viewer ${status ? `answered ${status}` : `failed: ${firstLine(e.message)}`}` };
    }
}
async function readAtMost(body, limit) {
    if (!body)
        return Buffer.alloc(0);
    const chunks = [];
    let length = 0;
    const reader = body.getReader();
    while (length < limit) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        length += value.length;
    }
    if (length >= limit)
        await reader.cancel().catch(() => undefined);
    return Buffer.concat(chunks).subarray(0, limit);
}
function firstLine(message) {
    return message.split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./src/modes/audit.ts
// Mode `audit` of the action: the history as the job summary (Markdown) and the `audit` output (JSON, CSV).






/** Pull requests read at once: enough to overlap the round trips, few enough to stay clear of GitHub's secondary rate limits. */
const CONCURRENCY = 4;
async function auditForAction(o) {
    try {
        if (await isShallow(o.workspace)) {
            return failed(o.file, 'The checkout is shallow, so the history of the file is not there. Check out the whole history: ' + 'actions/checkout with `fetch-depth: 0`.');
        }
        const walked = await walkHistory({
            cwd: o.workspace,
            file: o.file,
            ...(o.since ? { since: o.since } : {}),
            ...(o.until ? { until: o.until } : {}),
            ...(o.from ? { from: o.from } : {}),
            ...(o.to ? { to: o.to } : {})
        });
        const api = await o.github?.();
        const history = api ? await withApprovals(walked, api) : notRead(walked, 'no github-token was given, so who approved each change was not read');
        return { markdown: markdown(history), json: json(history), csv: csv(history), records: history.records.length };
    }
    catch (e) {
        if (!(e instanceof AuditError))
            throw e;
        return failed(o.file, e.message);
    }
}
function failed(file, failure) {
    return { markdown: `## Membership history of \`${file}\`\n\n${failure}\n`, json: '', csv: '', records: 0, failure };
}
/** Every record marked: approvals were not read, and why (never a guess from the commit message). */
function notRead(history, why) {
    return { ...history, records: history.records.map((r) => ({ ...r, approvals: { read: false, why } })) };
}
/**
 * Each record's approvals through the API: the pull request merged as its commit (commits/{sha}/pulls), read once
 * per pull request and per reviewer (ApprovalReader), a few at a time. A refusal (401, 403: the token may not read
 * pull requests) ends the asking: every record left says so, rather than costing a refused call each.
 */
async function withApprovals(history, api) {
    const reader = new ApprovalReader(api);
    let refused;
    const one = async (commit) => {
        if (refused)
            return { read: false, why: refused };
        try {
            const number = await reader.mergedAs(commit, true);
            const pr = number === null ? null : await reader.pullRequest(number);
            return { read: true, pullRequest: pr, flags: auditFlags(pr) };
        }
        catch (e) {
            const status = e.status;
            const why = `reading it through the GitHub API failed: ${e.message}`;
            if (status === 401 || status === 403)
                refused ??= `${why} (the token needs pull-requests: read)`;
            return { read: false, why };
        }
    };
    const approvals = new Array(history.records.length);
    let next = 0;
    const worker = async () => {
        while (next < history.records.length) {
            const i = next++;
            approvals[i] = await one(history.records[i].commit);
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, history.records.length) }, worker));
    return { ...history, records: history.records.map((r, i) => ({ ...r, approvals: approvals[i] })) };
}
/** Mode audit of the action: the history as the job summary (Markdown) and the `audit` and `audit-csv` outputs. */
async function auditAction(ctx, settings, github) {
    const report = await auditForAction({
        ...(github ? { github } : {}),
        workspace: ctx.workspace,
        file: settings.file,
        ...(settings.since ? { since: settings.since } : {}),
        ...(settings.until ? { until: settings.until } : {}),
        // Only an explicit base bounds the walk: the per-event default would cut the history to one push.
        ...(settings.base ? { from: settings.base } : {}),
        ...(ctx.sha ? { to: ctx.sha } : {})
    });
    core.setOutput('audit', report.json);
    core.setOutput('audit-csv', report.csv);
    if (!core.appendSummary(report.markdown))
        for (const line of logLines(report.markdown))
            core.info(line);
    if (report.failure)
        core.setFailed(report.failure);
    else
        core.info(`${report.records} record${report.records === 1 ? '' : 's'} of membership changes in ${settings.file}.`);
}

;// CONCATENATED MODULE: ./src/cli/audit-command.ts
// `tencent-org-members audit`: the membership history of the file, from the clone the command runs in.



/** Exit status: 0 with the record written (unparseable revisions included), 1 when it cannot be made. */
async function auditCommand(args, out, err) {
    try {
        if (await walk_isShallow(args.cwd)) {
            err(`${args.file}: error: this clone is shallow and lacks the file's history; run \`git fetch --unshallow\` first.`);
            return 1;
        }
        const walked = await walk_walkHistory({
            cwd: args.cwd,
            file: args.file,
            ...(args.since ? { since: args.since } : {}),
            ...(args.until ? { until: args.until } : {}),
            ...(args.from ? { from: args.from } : {}),
            ...(args.to ? { to: args.to } : {})
        });
        // The tool reads git alone: the action's audit (mode audit, with github-token) reads who approved.
        const history = notRead(walked, 'the command-line tool reads git alone; mode audit of the action reads approvals with its github-token');
        const render = { json: audit_json, csv: audit_csv, text: terminal, markdown: (h) => audit_markdown(h).trimEnd() }[args.format];
        out(render(history));
        return 0;
    }
    catch (e) {
        if (!(e instanceof walk_AuditError))
            throw e;
        err(`${args.file}: error: ${e.message}`);
        return 1;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/manifest/parse.ts + 1 modules
var parse = __nccwpck_require__(7623);
;// CONCATENATED MODULE: ./src/history/revision.ts



/**
 * A revision as git names them: a commit id, or a branch or tag name by git's own rules (check-ref-format),
 * with the ~ and ^ suffixes. Whatever else (`--upload-pack=...`) is refused before git sees it.
 */
function isRevision(rev) {
    if (/^[0-9a-f]{4,64}$/i.test(rev))
        return true;
    const name = rev.replace(/(?:[~^]\d*)+$/, '');
    return (name.length > 0 &&
        name.length <= 255 &&
        !name.startsWith('-') &&
        !name.startsWith('/') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.endsWith('.lock') &&
        !/\.\.|\/\/|@\{|\/\.|^\./.test(name) &&
        // Controls, space and the characters git reserves: ~ ^ : ? * [ \ and DEL.
        !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name));
}
class GitSource {
    cwd;
    remote;
    constructor(cwd, remote = 'origin') {
        this.cwd = cwd;
        this.remote = remote;
    }
    async resolve(spec) {
        const rev = spec.kind === 'commit' ? spec.rev : spec.of;
        // Not a GitError: no fallback (the API, a merge base) may stand in for a revision that was never one.
        if (!isRevision(rev))
            throw new Error(`${JSON.stringify(rev.slice(0, 60))} (${spec.reason}) is not a commit id or a branch or tag name.`);
        const notes = [];
        if (spec.kind === 'commit') {
            // A fetched branch or tag name makes no local ref; FETCH_HEAD is what the fetch brought.
            const fetched = async () => (await this.commit(spec.rev)) ?? (await this.commit('FETCH_HEAD'));
            const sha = (await this.commit(spec.rev)) ?? (await this.fetchThen(spec.rev, 1, notes, fetched));
            if (!sha)
                throw new GitError(`The base commit ${spec.rev} (${spec.reason}) is not in the clone and cannot be fetched from ${this.remote}.`);
            return { sha, notes };
        }
        const head = await this.commit(spec.of);
        if (!head)
            throw new GitError(`The commit ${spec.of} is not in the clone; is the workspace checked out?`);
        const parent = (await this.commit(`${head}^`)) ?? (await this.shallowParent(head, notes));
        if (!parent)
            notes.push(`${head.slice(0, 7)} has no parent: every entry counts as added.`);
        return { sha: parent ?? null, notes };
    }
    /**
     * The merge base of `head` with the remote's default branch, deepening a shallow clone as far as needed
     * (a members repository is small; the history that matters is recent).
     */
    async mergeBase(head, branch) {
        const ref = `refs/remotes/${this.remote}/${branch}`;
        const shallow = await this.isShallow();
        const depth = shallow ? ['--depth=200'] : [];
        try {
            await this.git(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, '--end-of-options', this.remote, `+refs/heads/${branch}:${ref}`]);
            if (shallow)
                await this.git(['fetch', '--no-tags', '--no-recurse-submodules', '--deepen=200', '--end-of-options', this.remote, head]);
        }
        catch {
            return undefined;
        }
        try {
            return (await this.git(['merge-base', '--end-of-options', head, ref])).toString().trim() || undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * The file at a commit the clone may lack (a pull request's head after a squash or rebase merge, which the
     * branch's history does not hold): fetched from the remote by its id, else by `ref` (GitHub keeps
     * refs/pull/<n>/head). A full clone fetches without a depth, so that it stays a full clone (the history walks
     * need it whole); a shallow one fetches the one commit.
     */
    async readCommitFile(sha, path, ref) {
        if (!(await this.commit(sha))) {
            const depth = (await this.isShallow()) ? ['--depth=1'] : [];
            for (const rev of [sha, ref]) {
                try {
                    await this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', ...depth, '--end-of-options', this.remote, rev]);
                }
                catch {
                    continue;
                }
                if (await this.commit(sha))
                    break;
            }
            if (!(await this.commit(sha)))
                throw new GitError(`${sha.slice(0, 12)} is not in the clone and could not be fetched from ${this.remote} (by its id, or as ${ref})`);
        }
        return this.readFile(sha, path, parse/* MAX_BYTES */.z);
    }
    /** The commit checked out in the workspace, or undefined when there is none (not a git repository). */
    head() {
        return this.commit('HEAD');
    }
    /**
     * The file's bytes at `sha`, or null when the file does not exist there; at most `maxBytes + 1` of them, which
     * is enough for the caller to refuse the file as too large. A symbolic link is refused: its blob is the link's
     * target, not a members file.
     */
    async readFile(sha, path, maxBytes = parse/* MAX_BYTES */.z) {
        // Paths are relative to the working directory, so a file below a subfolder workspace still resolves.
        const entry = (await this.git(['ls-tree', '-z', '--end-of-options', sha, '--', path])).toString();
        const [mode, type, oid] = entry.split('\t')[0].split(' ');
        if (!oid)
            return null;
        if (mode === '120000')
            throw new GitError(`${path} at ${sha.slice(0, 12)} is a symbolic link, not a members file.`);
        if (type !== 'blob')
            throw new GitError(`${path} at ${sha.slice(0, 12)} is a ${type}, not a file.`);
        const size = Number((await this.git(['cat-file', '-s', oid])).toString().trim());
        if (size > maxBytes)
            return Buffer.alloc(maxBytes + 1, 0x20);
        return (await this.git(['cat-file', 'blob', oid], 'buffer'));
    }
    async shallowParent(head, notes) {
        if (!(await this.isShallow()))
            return undefined;
        return this.fetchThen(head, 2, notes, () => this.commit(`${head}^`));
    }
    async fetchThen(rev, depth, notes, retry) {
        try {
            await this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, '--end-of-options', this.remote, rev]);
            notes.push(`Fetched ${rev.slice(0, 12)} (depth ${depth}) from ${this.remote}: the clone did not have it.`);
        }
        catch {
            return undefined;
        }
        return retry();
    }
    isShallow() {
        return git_isShallow(this.cwd);
    }
    commit(rev) {
        return commitOf(this.cwd, rev);
    }
    git(args, encoding = 'utf8') {
        return git(this.cwd, args, { encoding });
    }
    /**
     * The tip of `branch` on the checkout's remote, asked with `git ls-remote` (the credentials actions/checkout left);
     * undefined when the remote cannot be asked (no remote, no network, a laptop).
     */
    async remoteTip(branch) {
        try {
            const out = await git(this.cwd, ['ls-remote', '--end-of-options', this.remote, `refs/heads/${branch}`], { timeoutMs: 20_000 });
            return /^([0-9a-f]{40,64})\t/m.exec(out)?.[1];
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/history/since.ts
// Since when an entry has been pending, and whether a member the file does not hold was ever in it: from the
// file's git history, through the audit's walk (walk.ts), limited to the commits that touch the lines of
// those MemberUins. A shallow clone has no history: then it says so instead of guessing.

/** A bound on the cost: one regular expression of this many UINs over the file's diffs, at most. */
const MAX_LOOKUPS = 500;
async function lookUpHistory(cwd, file, uins, to) {
    const looked = new Set(uins.slice(0, MAX_LOOKUPS));
    const found = new Map();
    if (looked.size === 0)
        return { found, looked };
    try {
        if (await walk_isShallow(cwd)) {
            return { found, looked, unknown: 'the clone is shallow, so the history is not there (actions/checkout with fetch-depth: 0 shows it)' };
        }
        // A UIN is a whole number on its line: 12 must not match 112 or 123.
        const pickaxe = `(^|[^0-9])(${[...looked].join('|')})([^0-9]|$)`;
        const history = await walk_walkHistory({ cwd, file, pickaxe, ...(to ? { to } : {}) });
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
        if (!(e instanceof walk_AuditError))
            throw e;
        return { found, looked, unknown: `the history could not be read (${e.message})` };
    }
}

;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {min = 0, allowInfinity = false} = {}) {
	if (value === undefined) {
		return;
	}

	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < min) {
		throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
	}
}

class AbortError extends Error {
	constructor(message) {
		super();

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			this.originalError = new Error(message);
			this.originalError.stack = this.stack;
		}

		this.name = 'AbortError';
		this.message = message;
	}
}

function calculateDelay(retriesConsumed, options) {
	const attempt = Math.max(1, retriesConsumed + 1);
	const random = options.randomize ? (Math.random() + 1) : 1;

	let timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));
	timeout = Math.min(timeout, options.maxTimeout);

	return timeout;
}

function calculateRemainingTime(start, max) {
	if (!Number.isFinite(max)) {
		return max;
	}

	return max - (performance.now() - start);
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);

	if (normalizedError instanceof AbortError) {
		throw normalizedError.originalError;
	}

	const retriesLeft = Number.isFinite(options.retries)
		? Math.max(0, options.retries - retriesConsumed)
		: options.retries;

	const maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY;

	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
	});

	await options.onFailedAttempt(context);

	if (calculateRemainingTime(startTime, maxRetryTime) <= 0) {
		throw normalizedError;
	}

	const consumeRetry = await options.shouldConsumeRetry(context);

	const remainingTime = calculateRemainingTime(startTime, maxRetryTime);

	if (remainingTime <= 0 || retriesLeft <= 0) {
		throw normalizedError;
	}

	if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
		if (consumeRetry) {
			throw normalizedError;
		}

		options.signal?.throwIfAborted();
		return false;
	}

	if (!await options.shouldRetry(context)) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		options.signal?.throwIfAborted();
		return false;
	}

	const delayTime = calculateDelay(retriesConsumed, options);
	const finalDelay = Math.min(delayTime, remainingTime);

	options.signal?.throwIfAborted();

	if (finalDelay > 0) {
		await new Promise((resolve, reject) => {
			const onAbort = () => {
				clearTimeout(timeoutToken);
				options.signal?.removeEventListener('abort', onAbort);
				reject(options.signal.reason);
			};

			const timeoutToken = setTimeout(() => {
				options.signal?.removeEventListener('abort', onAbort);
				resolve();
			}, finalDelay);

			if (options.unref) {
				timeoutToken.unref?.();
			}

			options.signal?.addEventListener('abort', onAbort, {once: true});
		});
	}

	options.signal?.throwIfAborted();

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.retries ??= 10;
	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Number.POSITIVE_INFINITY;
	options.maxRetryTime ??= Number.POSITIVE_INFINITY;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate numeric options and normalize edge cases
	validateNumberOption('factor', options.factor, {min: 0, allowInfinity: false});
	validateNumberOption('minTimeout', options.minTimeout, {min: 0, allowInfinity: false});
	validateNumberOption('maxTimeout', options.maxTimeout, {min: 0, allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {min: 0, allowInfinity: true});

	// Treat non-positive factor as 1 to avoid zero backoff or negative behavior
	if (!(options.factor > 0)) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	while (Number.isFinite(options.retries) ? retriesConsumed <= options.retries : true) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Should not reach here, but in case it does, throw an error
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}

;// CONCATENATED MODULE: ./src/organization/api-error.ts
// Kept apart from client.ts so that code which only classifies errors does not pull in the SDK.
/** An API failure in plain terms. `code` is absent when no answer came back (timeout, reset, DNS). */
class ApiError extends Error {
    code;
    requestId;
    httpCode;
    camAction;
    constructor(message, code, requestId, httpCode, 
    /** The CAM action that was called (`organization:DescribeOrganizationMembers`), so a denial names what to grant. */
    camAction) {
        super(message);
        this.code = code;
        this.requestId = requestId;
        this.httpCode = httpCode;
        this.camAction = camAction;
        this.name = 'ApiError';
    }
}

;// CONCATENATED MODULE: ./src/organization/errors.ts
// What every error code of the actions this action calls (InviteOrganizationMember, the organization reads, the
// reconcile writes, the node actions and the Tag service's ModifyResourceTags and DescribeResourceTagsByResourceIds)
// means, and what a run does about it. The business codes are the API reference's table (shared/spec) and each action's own list (the Go SDK's
// client.go, copied in __tests__/fixtures/error-codes.json); the common codes are Tencent Cloud API 3.0's own.
//
// Backend errors (CreateBillingPermissionErr, OperateBillingPermissionErr, GetAccountRegion,
// UnsupportedOperation.ManagementSystemError) fail the entry and are not retried: an invitation is a write that
// may have half happened, and a retry would answer InvitationExist, which counts as success and would hide that
// the billing side failed. The entry fails with its RequestId; a rerun later sends it again, safely.
/** The API reference's own table for InviteOrganizationMember. */
const BUSINESS = {
    'FailedOperation.ApplyExist': ['fail', 'The application already exists.'],
    'FailedOperation.AuthInfoEmpty': ['fail', 'The user has not completed identity verification.', 'The invited account must complete identity verification first.'],
    'FailedOperation.AuthInfoNotSame': ['fail', 'Enterprise real name mismatch.'],
    'FailedOperation.AuthNotEnterprise': [
        'fail',
        'The user has not completed enterprise identity verification.',
        'The invited account must complete enterprise identity verification first.'
    ],
    'FailedOperation.CreateBillingPermissionErr': ['fail', 'Failed to create the billing permission.'],
    'FailedOperation.ExistOtherOrganizationMemberShared': ['fail', 'There are shared resources with other organization members or from other organization members.'],
    'FailedOperation.GetAccountRegion': ['fail', "Errors occurred when account's regional attributes are obtained."],
    'FailedOperation.ImportFileIllegal': ['fail', 'The uploaded file is invalid.'],
    'FailedOperation.InvitationExist': ['already-invited', 'The invitation already exists.'],
    'FailedOperation.MemberExistInOtherOrganization': ['fail', 'The member already belongs to another organization.', 'The account must leave its current organization first.'],
    'FailedOperation.MemberNameUsed': ['fail', 'The name is already in use.', 'Choose another Name for this entry.'],
    'FailedOperation.NotSameRegion': ['fail', 'You can only invite accounts within the same site.'],
    'FailedOperation.OperateBillingPermissionErr': ['fail', 'An error occurred while manipulating the billing member permission.'],
    'FailedOperation.OrganizationAuthRelationExist': ['fail', 'Real-name authentication relationship already exists.'],
    'FailedOperation.OrganizationMemberExist': ['already-member', 'Member already exists.'],
    'FailedOperation.OrganizationMemberNameUsed': ['fail', 'The member name already exists.', 'Choose another Name for this entry.'],
    'FailedOperation.OrganizationNodeNotExist': ['fail', 'The organization node does not exist.', "Check NodeId against the organization's departments (DescribeOrganizationNodes)."],
    'FailedOperation.OrganizationPermissionIllegal': ['fail', 'The organization permission is invalid.'],
    'FailedOperation.OrganizationPolicyIllegal': ['fail', 'The organization policy is invalid.'],
    'FailedOperation.PayUinIllegal': ['fail', 'The payer is invalid.', 'Check PayUin: it must be an account that can pay on behalf.'],
    'FailedOperation.ReSentInvitation': ['already-invited', 'The invitation has already been sent before.'],
    'FailedOperation.TagResourcesError': ['fail', 'Tagging error.', 'Tencent Cloud could not set the Tags: check them (at most 10, no reserved key such as qcloud), then rerun.'],
    InternalError: ['retry', 'An internal error occurred.'],
    InvalidParameter: ['fail', 'The parameter is incorrect.'],
    'InvalidParameter.TagError': ['fail', 'Tag value error.'],
    // Open invitations are capped for the whole organization, so no later invitation of this run can succeed either.
    'LimitExceeded.InvitationOverLimit': [
        'stop',
        'Invitation limit exceeded.',
        'The organization has too many open invitations: wait for members to accept (or for invitations to lapse), then rerun.'
    ],
    'LimitExceeded.OrganizationMemberOverLimit': ['stop', 'The number of members exceeds the upper limit.', 'The organization is full: ask Tencent Cloud to raise the member quota.'],
    'ResourceNotFound.OrganizationNodeNotExist': [
        'fail',
        'The organization node does not exist.',
        "Check NodeId against the organization's departments (DescribeOrganizationNodes)."
    ],
    'ResourceNotFound.OrganizationNotExist': [
        'stop',
        'The organization does not exist.',
        "The credentials do not belong to an organization's admin account: use keys of the organization admin."
    ],
    // DescribeOrganizationMembers' own list.
    'ResourceNotFound.OrganizationServiceNotExist': [
        'stop',
        'The organization service does not exist.',
        'The account has not enabled Tencent Cloud Organization (TCO): enable it in the console, or use keys of the account that manages the organization.'
    ],
    UnsupportedOperation: ['fail', 'The operation is not supported.'],
    'UnsupportedOperation.AbnormalFinancialStatusOfAdmin': ['fail', 'The payer has a financial status exception and does not support pay-on-behalf.'],
    'UnsupportedOperation.AbnormalFinancialStatusOfMember': ['fail', "Member's financial status is abnormal. Pay-on-behalf mode is not supported."],
    'UnsupportedOperation.AddDelegatePayerNotAllow': ['fail', 'No paying relationships can be added.'],
    'UnsupportedOperation.AddDiscountInheritNotAllow': ['fail', 'No offer inheritance relationships can be added.'],
    'UnsupportedOperation.AgentNotSame': ['fail', 'The resellers of the administrator and the member do not match.'],
    'UnsupportedOperation.ExistedAgent': ['fail', 'Payment-on-behalf is not supported for this member or payer as it is a reseller.'],
    'UnsupportedOperation.ExistedClient': ['fail', 'Payment-on-behalf is not supported for this member or payer as it is a reseller’s account.'],
    'UnsupportedOperation.InconsistentUserTypes': ['fail', 'The user type mismatches.'],
    'UnsupportedOperation.ManagementSystemError': ['fail', 'An error occurred while calling the operations management system.'],
    'UnsupportedOperation.MemberAccountArrears': ['fail', 'The member account has an overdue payment.'],
    'UnsupportedOperation.MemberDiscountInheritExisted': ['fail', 'The member has an inherited offer.'],
    'UnsupportedOperation.MemberExistAccountLevelDiscountInherit': ['fail', 'The member has an account-level offer.'],
    'UnsupportedOperation.MemberHasVoucher': ['fail', 'The member has vouchers. Pay-on-behalf mode is not supported.'],
    'UnsupportedOperation.MemberIsAgent': ['fail', 'The account is an agent or an agent customer.'],
    'UnsupportedOperation.MemberIsNotClient': ['fail', 'The member is not a reseller customer.'],
    'UnsupportedOperation.OrderInProgressExisted': ['fail', 'There is an ongoing order.'],
    'UnsupportedOperation.OwnerDiscountInheritExisted': ['fail', 'The admin has an inherited offer.'],
    'UnsupportedOperation.PayerArrearsAndNoCreditAccount': ['fail', 'The payer has an overdue payment and has no credit account.'],
    'UnsupportedOperation.PayerExistAccountLevelDiscountInherit': ['fail', 'The payer has an account-level offer.'],
    'UnsupportedOperation.SecondaryDistributorSubClientExisted': ['fail', 'Pay-on-behalf is not supported for second-level reseller customers exist.'],
    // UpdateOrganizationMember's own list (reconcile: changes).
    'FailedOperation.ChangePermissionRecordExist': [
        'fail',
        'Member permission change record exists.',
        "A change of this member's permissions is still waiting for the member to confirm it: wait for it, or cancel it in the console, then rerun."
    ],
    'InvalidParameter.AllowQuitIllegal': [
        'fail',
        'The member in pay-on-behalf mode is not allowed to exit the organization voluntarily.',
        'A member paid for by another (PermissionIds with 7) must have IsAllowQuit: Denied.'
    ],
    'ResourceNotFound.MemberNotExist': ['fail', 'The member does not exist.', 'The member left the organization after it was read: rerun to see its state.'],
    'UnsupportedOperation.DeleteDelegatePayerNotAllow': ['fail', 'Deleting the payment relationship is not allowed.'],
    'UnsupportedOperation.MemberNotAllowQuit': ['fail', 'The member does not support voluntary exit.'],
    // MoveOrganizationNodeMembers' own list.
    'FailedOperation.SomeUinsNotInOrganization': [
        'fail',
        'The UIN does not belong to the organization.',
        'The member left the organization after it was read: rerun to see its state.'
    ],
    // The Tag service's ModifyResourceTags (2018-08-13), for a member's Tags.
    'FailedOperation.PolicyEnforcedInvalid': [
        'fail',
        'Enforcement restrictions in the tag policy.',
        "A tag policy of the organization refuses this tag: change the entry's Tags or the policy."
    ],
    'InvalidParameter.ReservedTagKey': ['fail', 'System reserved tag keys `qcloud`, `tencent` and `project` cannot be created.', 'Rename the TagKey.'],
    'InvalidParameter.Tag': ['fail', '`Tag` parameter error.'],
    'InvalidParameterValue.DeleteTagsParamError': ['fail', '`DeleteTags` cannot contain the elements in `ReplaceTags` or `AddTags`.'],
    'InvalidParameterValue.ResourceDescriptionError': [
        'fail',
        'Resource description error.',
        "The tag service does not know the member's resource name: check the region input (the resource is qcs::organization:<region>:uin/:member/<MemberUin>)."
    ],
    'InvalidParameterValue.TagKeyCharacterIllegal': ['fail', 'Tag key contains illegal characters.'],
    'InvalidParameterValue.TagKeyEmpty': ['fail', 'Tag key cannot be empty.'],
    'InvalidParameterValue.TagKeyLengthExceeded': ['fail', 'Tag key length exceeds limit.'],
    'InvalidParameterValue.TagValueCharacterIllegal': ['fail', 'Tag value contains illegal characters.'],
    'InvalidParameterValue.TagValueLengthExceeded': ['fail', 'Tag value length exceeds limit.'],
    'LimitExceeded.Quota': ['fail', 'The quota limit is reached.'],
    'LimitExceeded.ResourceAttachedTags': ['fail', 'The number of tags associated with the resource exceeds the limit.'],
    'LimitExceeded.TagKey': ['fail', 'The number of created tag keys reaches the limit of 1,000.'],
    'LimitExceeded.TagValue': ['fail', 'Each tag key can have up to 1,000 values.'],
    // DeleteOrganizationMembers' own list (reconcile: all). Each refusal says what has to happen before a removal.
    'FailedOperation.DisableQuitSelfCreatedOrganization': [
        'fail',
        'You cannot quit an organization created by yourself.',
        'This is the management account: it is the organization and cannot be removed. Declare it again, or delete the organization in the console.'
    ],
    'FailedOperation.MemberExistDelegatePayerNotAllowDelete': [
        'fail',
        'The member has a payer and cannot be deleted.',
        'First take pay-on-behalf away: change its PermissionIds to leave out 7 (and drop PayUin), apply, then remove it.'
    ],
    'FailedOperation.MemberIsDelegatePayerNotAllowDelete': [
        'fail',
        'The member is a payer and cannot be deleted.',
        'First move the members it pays for to another payer (their PayUin), apply, then remove it.'
    ],
    'FailedOperation.MemberShareResource': [
        'fail',
        'The member is sharing resources and cannot quit the organization.',
        'First stop sharing its resources with the organization (Resource Sharing in the console), then rerun.'
    ],
    'FailedOperation.OrganizationAuthManageNotAllowDelete': [
        'fail',
        'The member is an entity admin account and cannot quit the organization.',
        'First hand its role of verified-entity administrator to another member in the console, then rerun.'
    ],
    'FailedOperation.QuitShareUintError': ['fail', 'Failed to leave the shared unit.', 'First take the member out of its resource-sharing units in the console, then rerun.'],
    'FailedOperation.ShareResourceMemberInUse': [
        'fail',
        'The member is using a shared resource.',
        'It is the shared-resource administrator or uses resources shared with it: stop that use (Resource Sharing in the console) first, then rerun.'
    ],
    'UnsupportedOperation.CreateMemberNotAllowDelete': [
        'fail',
        'The created member cannot be removed from the organization.',
        'The organization created this account (MemberType Create): such an account cannot leave; keep it declared. This action never deletes accounts.'
    ],
    'UnsupportedOperation.MemberAccountExistCICRoleConfig': [
        'fail',
        'The member has CIC (Identity Center) permission-deployment configuration.',
        'First remove its permission deployments in CIC (Identity Center), then rerun.'
    ],
    'UnsupportedOperation.MemberAccountExistCICUserConfig': [
        'fail',
        'The member has CIC (Identity Center) CAM-user synchronization configuration.',
        'First remove its CAM-user synchronization in CIC (Identity Center), then rerun.'
    ],
    'UnsupportedOperation.MemberExistOperateProcessNotAllowDelete': [
        'fail',
        'The member is configured with operation audit and cannot be deleted.',
        'First remove the member from operation audit in the console, then rerun.'
    ],
    'UnsupportedOperation.MemberExistServiceNotAllowDelete': [
        'fail',
        'The member is a delegated admin of the organization service and cannot quit the organization.',
        'First remove it as delegated administrator of the organization service (the console, or DeleteOrganizationMembersPolicy / the service page), then rerun.'
    ],
    'UnsupportedOperation.MemberNoPayment': [
        'fail',
        'No credit card is bound to the member.',
        'The account must be able to pay on its own once it leaves: first have its owner bind a payment method and settle unpaid bills, then rerun.'
    ],
    // The node actions' own lists: AddOrganizationNode, UpdateOrganizationNode, DeleteOrganizationNodes (nodes as code).
    'FailedOperation.OrganizationNodeNameUsed': [
        'fail',
        'The node name is already in use.',
        'Another node already has this name (under the same parent, or anywhere in the organization): rename the node in `nodes:`, or pin the existing one with its NodeId.'
    ],
    'InvalidParameter.OrganizationNodeNotExist': [
        'fail',
        'The organization node does not exist.',
        "The parent node does not exist (any more): check the path's parent in `nodes:`, then rerun to read the tree again."
    ],
    'LimitExceeded.NodeDepthExceedLimit': [
        'fail',
        'The department has too many levels.',
        'Tencent Cloud allows departments at most 5 levels deep: declare this node higher in the tree.'
    ],
    // Organization-wide, like the member quota: no later node of this run can be created either.
    'LimitExceeded.NodeExceedLimit': [
        'stop',
        'The number of departments exceeds the upper limit.',
        'The organization holds as many departments as it may: delete unused nodes (or ask Tencent Cloud to raise the quota), then rerun.'
    ],
    'ResourceNotFound.OrganizationMemberNotExist': [
        'fail',
        'The organization member does not exist.',
        'Tencent Cloud does not say which member: rerun to read the organization again; if it persists, check that the keys are those of the management account.'
    ],
    'FailedOperation.NodeNotEmpty': [
        'fail',
        'There are members in this department.',
        'The node still holds members: first move them to another node (their Node in the file), then rerun to delete it.'
    ],
    'FailedOperation.OrganizationNodeNotEmpty': [
        'fail',
        'There are nodes in the organization.',
        'The node still has child nodes: first delete them (take them out of `nodes:` too) or keep this node, then rerun.'
    ],
    'FailedOperation.OrganizationNodeDeleteOverLimit': [
        'fail',
        'The number of nodes to be deleted exceeds the upper limit.',
        'Tencent Cloud refused to delete that many nodes in one call: rerun to delete the rest, fewer at a time.'
    ],
    'FailedOperation.ShareNodeExisted': [
        'fail',
        'The department is in the shared unit.',
        'The node is part of a resource-sharing unit: first take it out of the unit (Resource Sharing in the console), then rerun.'
    ],
    // The Tag service's DescribeResourceTagsByResourceIds (2018-08-13), which reads members' Tags. A wrong region,
    // service or prefix is wrong for every member alike: nothing more is asked.
    'InvalidParameterValue.RegionInvalid': ['stop', 'Region error.', 'Check the region input: the tag resource of a member is named with it (ap-guangzhou when it is empty).'],
    'InvalidParameterValue.ResourceIdInvalid': ['fail', 'Resource ID error.', 'The member UIN is not a resource ID the Tag service accepts: rerun; if it persists, report it.'],
    'InvalidParameterValue.ResourcePrefixInvalid': [
        'stop',
        'Resource prefix error.',
        "The Tag service does not know the members' resource prefix (member): this version of the action reads tags in a way Tencent Cloud no longer accepts: update the action."
    ],
    'InvalidParameterValue.ServiceTypeInvalid': [
        'stop',
        'Service type error.',
        'The Tag service does not know the service type organization: this version of the action reads tags in a way Tencent Cloud no longer accepts: update the action.'
    ],
    'InvalidParameterValue.UinInvalid': ['stop', '`Uin` parameter is invalid.', 'The Tag service refuses the account of these keys: use keys of the management account.']
};
/** Tencent Cloud API 3.0 common error codes. */
const COMMON = {
    'AuthFailure.InvalidAuthorization': ['stop', 'The Authorization header is malformed.', 'Check that secret-id and secret-key are set and belong together.'],
    'AuthFailure.InvalidSecretId': ['stop', 'The SecretId is not a valid key ID.', 'Check the secret-id input (or TENCENTCLOUD_SECRET_ID).'],
    'AuthFailure.MFAFailure': ['stop', 'MFA verification failed.', 'Use API keys of an account that does not require MFA for API calls.'],
    'AuthFailure.SecretIdNotFound': ['stop', 'The SecretId does not exist or is disabled.', 'Check the secret-id input; the key may have been deleted or disabled.'],
    'AuthFailure.SignatureExpire': ['stop', 'The signature has expired: the runner clock is off by more than five minutes.', "Check the runner's clock."],
    'AuthFailure.SignatureFailure': ['stop', 'The signature is wrong: the secret key does not match the SecretId.', 'Check the secret-key input (or TENCENTCLOUD_SECRET_KEY).'],
    'AuthFailure.TokenFailure': ['stop', 'The session token is invalid or has expired.', 'Check session-token (or TENCENTCLOUD_SESSION_TOKEN), or use fresh temporary credentials.'],
    'AuthFailure.UnauthorizedOperation': [
        'stop',
        'The request is not authorized.',
        "Grant the key's CAM user the organization permissions (QcloudOrganizationFullAccess or organization:InviteOrganizationMember)."
    ],
    UnauthorizedOperation: [
        'stop',
        'CAM denied the operation.',
        "Grant the key's CAM user the action's permission: organization:InviteOrganizationMember, and for reconcile the actions the README's CAM policy lists."
    ],
    InvalidAction: ['stop', 'The API action does not exist.', 'Check the endpoint input: it must be the Organization service.'],
    ActionOffline: ['stop', 'The API action has been taken offline.', 'This version of the action calls an API Tencent Cloud no longer serves: update the action.'],
    NoSuchVersion: ['stop', 'The API version does not exist.', 'Check the endpoint input: it must be the Organization service.'],
    UnsupportedRegion: ['stop', 'The API does not support this region.', 'Leave the region input empty.'],
    IpInBlacklist: ['stop', "The runner's IP address is in the blocklist."],
    IpNotInWhitelist: ['stop', "The runner's IP address is not in the allowlist.", "Allow the runner's IP address, or use a self-hosted runner with a fixed address."],
    RequestLimitExceeded: ['retry', 'Too many requests per second.'],
    'RequestLimitExceeded.IPLimitExceeded': ['retry', 'Too many requests from this IP address.'],
    'RequestLimitExceeded.UinLimitExceeded': ['retry', 'Too many requests from this account.'],
    'RequestLimitExceeded.GlobalRegionUinLimitExceeded': ['retry', 'Too many requests from this account across regions.'],
    ServiceUnavailable: ['retry', 'The service is temporarily unavailable.'],
    ResourceUnavailable: ['retry', 'The resource is temporarily unavailable.'],
    InvalidParameterValue: ['fail', 'A parameter value is incorrect.'],
    MissingParameter: ['fail', 'A required parameter is missing.'],
    UnknownParameter: ['fail', 'An unknown parameter was sent.'],
    InvalidRequest: ['fail', 'The request body is malformed.'],
    RequestSizeLimitExceeded: ['fail', 'The request is too large.'],
    LimitExceeded: ['fail', 'A quota was exceeded.'],
    FailedOperation: ['fail', 'The operation failed.'],
    ResourceNotFound: ['fail', 'A resource was not found.'],
    ResourceInUse: ['fail', 'A resource is in use.'],
    ResourceInsufficient: ['fail', 'Resources are insufficient.'],
    DryRunOperation: ['fail', 'The request would have succeeded, but DryRun was set.']
};
const CATALOGUE = { ...COMMON, ...BUSINESS };
/** Looks a code up; an unlisted code is judged by its family (the part before the first dot). */
function explain(code) {
    const row = CATALOGUE[code] ?? familyRow(code);
    const [action, description, hint] = row;
    return { code, action, description, ...(hint ? { hint } : {}) };
}
function familyRow(code) {
    const family = code.split('.')[0];
    if (family === 'AuthFailure')
        return ['stop', 'Authentication failed.', 'Check secret-id, secret-key and session-token.'];
    if (family === 'RequestLimitExceeded')
        return ['retry', 'Too many requests.'];
    return CATALOGUE[family] ?? ['fail', 'An error this action does not know.'];
}

;// CONCATENATED MODULE: ./src/organization/retry.ts
// One retry policy for every API call: backoff with jitter on what the catalogue calls transient, bounded in
// attempts and in time. `stopped` lets a run that has given up stop retrying at once.



const DEFAULT_RETRY = { retries: 6, maxRetryTimeMs: 120_000, minBackoffMs: 500, maxBackoffMs: 10_000 };
function withRetries(attempt, options, hooks = {}) {
    const transient = (e) => e instanceof ApiError && classify(e).action === 'retry' && !hooks.stopped?.();
    return pRetry(attempt, {
        retries: options.retries,
        factor: 2,
        minTimeout: options.minBackoffMs,
        maxTimeout: options.maxBackoffMs,
        randomize: true,
        maxRetryTime: options.maxRetryTimeMs,
        // A cancelled run stops waiting for its next attempt at once.
        ...(hooks.signal ? { signal: hooks.signal } : {}),
        shouldRetry: ({ error }) => transient(error),
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0 && transient(error))
                hooks.onRetry?.(error, attemptNumber);
        }
    });
}
/** No answer at all (a timeout, a reset): the request may still have reached the API and done its work. */
function unanswered(error) {
    return !error.code && error.httpCode === undefined;
}
/** The catalogue's description, the API's own message when it says more, and the catalogue's hint. */
function retry_describeError(info, error) {
    const detail = error.message && error.message !== info.description ? ` (${error.message})` : '';
    // A CAM denial names the one action to grant: the catalogue's general hint cannot know which call was refused.
    const hint = DENIED.has(info.code) && error.camAction ? `Grant the key's CAM user or role ${error.camAction} (the README's quick start and docs/reconcile.md give the policy).` : info.hint;
    return `${info.description}${detail}${hint ? ' ' + hint : ''}`;
}
const DENIED = new Set(['UnauthorizedOperation', 'AuthFailure.UnauthorizedOperation']);
/** No code means no answer: a timeout, a reset or a 5xx page, all worth another try. */
function classify(error) {
    if (error.code)
        return explain(error.code);
    if (error.httpCode !== undefined && error.httpCode < 500) {
        return { code: `HTTP ${error.httpCode}`, action: 'fail', description: `The endpoint answered HTTP ${error.httpCode}.` };
    }
    const code = error.httpCode !== undefined ? `HTTP ${error.httpCode}` : 'NetworkError';
    return { code, action: 'retry', description: error.message };
}
/** An API error in one line: its code, the catalogue's words, its hint. */
function describeApiError(e) {
    const info = classify(e);
    return `${info.code}: ${retry_describeError(info, e)}`;
}

;// CONCATENATED MODULE: ./src/runner/workspace-file.ts
// Reads the members file from the checked-out tree, which a pull request author may control. A symbolic link
// there could point at .git/config (where actions/checkout keeps the token), ~/.git-credentials or /dev/zero;
// so the file must be a regular file reached through real directories only, and is read up to a byte limit.



class WorkspaceFileError extends Error {
    missing;
    constructor(message, 
    /** Nothing is at the path: the caller knows best what to suggest. */
    missing = false) {
        super(message);
        this.missing = missing;
    }
}
/**
 * Walks `path` below `workspace` one component at a time without following any of them: a link in a folder name is
 * as dangerous as in the file name. Returns the full path and what is there (undefined when the last component does
 * not exist and `mayBeMissing`); throws a plain error for a link, for `.git/`, or for a folder that is not one.
 */
async function walk(workspace, path, mayBeMissing) {
    const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
    if (parts.length === 0)
        throw new WorkspaceFileError(`${path} is not a file.`);
    if (parts.some((p) => p.toLowerCase() === '.git')) {
        throw new WorkspaceFileError(`${path} is inside .git/, which holds git's own data (and the checkout's credentials), not a members file.`);
    }
    let at = workspace;
    let stats;
    for (const [i, part] of parts.entries()) {
        at = (0,external_node_path_.join)(at, part);
        const shown = parts.slice(0, i + 1).join(external_node_path_.sep);
        const last = i === parts.length - 1;
        stats = await (0,promises_namespaceObject.lstat)(at).catch(() => undefined);
        if (!stats) {
            if (mayBeMissing)
                return { at: (0,external_node_path_.join)(at, ...parts.slice(i + 1)), stats: undefined };
            throw new WorkspaceFileError(`${path} was not found.`, true);
        }
        if (stats.isSymbolicLink()) {
            throw new WorkspaceFileError(`${shown} is a symbolic link; the members file must be a regular file in the repository, reached without links. Nothing was read or written through it.`);
        }
        if (!last && !stats.isDirectory())
            throw new WorkspaceFileError(`${shown} is not a folder, so ${path} cannot be reached.`);
        if (last && !stats.isFile())
            throw new WorkspaceFileError(`${path} is not a regular file (a folder, device or pipe?); the members file must be a regular file.`);
    }
    return { at, stats };
}
/**
 * The bytes of `path` (relative to `workspace`, already checked to stay inside it), at most `maxBytes + 1` of
 * them: one byte over the limit is enough for the caller to refuse the file as too large.
 */
async function readWorkspaceFile(workspace, path, maxBytes) {
    const { at, stats } = await walk(workspace, path, false);
    // O_NOFOLLOW and the identity check close the gap between the look above and the open below; O_NONBLOCK keeps a
    // pipe swapped in meanwhile from blocking the open.
    const handle = await (0,promises_namespaceObject.open)(at, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK).catch(() => {
        throw new WorkspaceFileError(`${path} could not be opened as a regular file.`);
    });
    try {
        const opened = await handle.stat();
        if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev) {
            throw new WorkspaceFileError(`${path} changed while it was being opened; run again.`);
        }
        // The size is known before reading, but a file can grow while it is read: the loop stops one byte past the limit.
        const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}
/**
 * Writes `text` to `path` below `workspace` (mode import) by the same rules as reading: no link on the way or at the
 * file, nothing under `.git/`; missing folders are made. A link planted by a pull request could otherwise send the
 * write anywhere the job may write (.git/config, a file outside the workspace).
 */
async function writeWorkspaceFile(workspace, path, text) {
    const { at } = await walk(workspace, path, true);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(at), { recursive: true });
    // O_NOFOLLOW: a link put at the file itself after the walk fails the open instead of being written through.
    const handle = await (0,promises_namespaceObject.open)(at, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        await handle.writeFile(text, 'utf8');
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/report/findings.ts
// The findings a run's outcome puts on the lines of the file: changes a revision makes that are not applied, every
// difference with the organization (a change under review, or drift), entries still pending, members still in the
// organization that the file took out, and each write's answer. Derived from values, in the words a reviewer reads.

/** Every finding of the outcome: its own (validation, the organization's refusals, guards), then the derived ones. */
function allFindings(o) {
    const rec = o.reconciliation;
    return [
        ...o.diagnostics,
        ...(o.diff ? diffFindings(o.file, o.diff, o.entries, o.reconcile, rec) : []),
        ...(rec ? reconcileFindings(o.file, rec, o.entries, o.diff, o.reconcile, o.mode === 'plan') : []),
        ...(rec?.nodes ? nodeFindings(o.file, rec, o.entries, o.reconcile) : []),
        ...(o.results ? resultFindings(o.file, o.results) : [])
    ];
}
/**
 * Changes and removals this revision makes, where the organization was not compared: a change to an entry that is a
 * live member is said better by its differences (reconcileFindings).
 */
function diffFindings(file, diff, entries, reconcile, rec) {
    const out = [];
    const compared = new Set(rec?.members.filter((s) => s.live && s.entry).map((s) => s.MemberUin) ?? []);
    for (const c of diff.changed) {
        const m = c.entry.member;
        if (compared.has(m.MemberUin))
            continue;
        out.push((0,model_diagnostics/* warning */.$e)(file, c.entry, 'Change not applied', `MemberUin ${m.MemberUin} (${m.Name}) changed ${c.fields.join(', ')}. This action only invites; change the member in the Tencent Cloud console.`));
    }
    // A removed entry has no line in this file: the warning is the file's, naming the base line.
    for (const e of diff.removed) {
        out.push(fileLevel(file, 'Removal not applied', reconcile === 'all'
            ? `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). Apply (reconcile: all) takes it out of the organization if it is still a member; the summary's removal section says what it loses.`
            : `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). This action removes members only with reconcile: all; remove it in the Tencent Cloud console.`));
    }
    return out;
}
/** A warning about the file as a whole. */
function fileLevel(file, title, message) {
    return { ...(0,model_diagnostics/* warning */.$e)(file, { line: 1, col: 1 }, title, message), fileLevel: true };
}
/**
 * `review`: a pull request's plan. Drift it did not cause is then a notice: GitHub shows ten annotations of each level
 * per step, and every pull request would otherwise repeat the same drift above its own changes.
 */
function reconcileFindings(file, rec, entries, diff, reconcile = 'none', review = false) {
    const out = [];
    const warn = (at, title, message) => out.push((0,model_diagnostics/* warning */.$e)(file, at, title, message));
    const drift = (at, title, message) => out.push(review ? (0,model_diagnostics/* notice */.lm)(file, at, title, message) : (0,model_diagnostics/* warning */.$e)(file, at, title, message));
    const changed = new Map(diff?.changed.map((c) => [c.entry.member.MemberUin, c]) ?? []);
    for (const s of rec.members) {
        const who = `MemberUin ${s.MemberUin} (${s.Name})`;
        for (const d of s.differences)
            (d.underReview ? warn : drift)(d.at, `${d.underReview ? 'Change under review' : 'Drift'}: ${d.field}`, `${who}: ${differenceText(d, reconcile)}`);
        // The API returns neither: a change to them can be reported, never compared or sent.
        const unsent = changed.get(s.MemberUin)?.fields.filter((f) => f === 'RelationAuthName' || f === 'AuthFile') ?? [];
        if (s.live && s.entry && unsent.length > 0) {
            warn(s.entry, 'Change not applied', `${who} changed ${unsent.join(', ')}, which count only at invitation: the member keeps what it was invited with.`);
        }
        if (s.states[0] === 'pending' && s.entry)
            drift(s.entry, 'Invitation pending', `${who} is declared ${sinceText(s)} but is not a member of the organization: the invitation is still open, or it lapsed (after about 14 days) or was declined; Tencent Cloud does not say which.`);
        // A removal this revision makes is already reported by the plan; one from the history is news.
        if (s.states[0] === 'remove' && !s.before) {
            out.push(fileLevel(file, 'Still a member', `${who} was taken out of ${file} ${sinceText(s)} but is still a member of the organization. Apply removes only the members the applied revision takes out (reconcile: all): remove it in the Tencent Cloud console, set base to a revision that still declares it, or declare it again.`));
        }
    }
    return out;
}
/** Each node that differs from its declaration, on its line under nodes:; a removal where the file's lists start. */
function nodeFindings(file, rec, entries, reconcile) {
    const out = [];
    const applied = (what, needs) => reconcile === 'none' || (needs === 'all' && reconcile !== 'all') ? ` Apply does not ${what} it (reconcile: ${reconcile}).` : ` Apply (reconcile: ${reconcile}) ${what}s it.`;
    for (const s of rec.nodes ?? []) {
        const at = s.entry ?? entries[0] ?? { line: 1, col: 1 };
        for (const d of s.differences) {
            const values = `${d.field} is ${d.file === null ? 'empty' : JSON.stringify(d.file)} in the file and ${d.live === null ? 'empty' : JSON.stringify(d.live)} in the organization.`;
            const kind = d.underReview
                ? 'This revision makes that change.'
                : 'Drift: this revision did not change it, so the node was edited outside the file (in the console?) or an earlier change was never applied.';
            out.push((0,model_diagnostics/* warning */.$e)(file, at, `${d.underReview ? 'Change under review' : 'Drift'}: node ${d.field}`, `Node ${s.path} (NodeId ${s.NodeId}): ${values} ${kind}${applied('update', 'changes')}`));
        }
        if (s.state === 'create') {
            const missing = s.before ? ` It was declared before and is not in the organization (deleted in the console?).` : '';
            out.push((0,model_diagnostics/* warning */.$e)(file, at, 'Node to create', `Node ${s.path} is declared under nodes: and does not exist in the organization.${missing}${applied('create', 'changes')}`));
        }
        if (s.state === 'remove') {
            out.push((0,model_diagnostics/* warning */.$e)(file, at, 'Node removed', `Node ${s.path} (NodeId ${s.NodeId}) was taken out of nodes: (line ${s.before?.line ?? '?'} of the base revision) and still exists.${applied('delete', 'all')}`));
        }
    }
    return out;
}
const FAILED_TITLE = {
    invite: 'Invitation failed',
    update: 'Update failed',
    move: 'Move failed',
    tags: 'Tag change failed',
    remove: 'Removal failed',
    reinvite: 'Re-invitation failed',
    'create-node': 'Node creation failed',
    'update-node': 'Node update failed',
    'delete-node': 'Node deletion failed'
};
const DONE_TITLE = {
    updated: 'Updated',
    moved: 'Moved',
    tagged: 'Tags set',
    removed: 'Removed from the organization',
    'already-removed': 'Already removed',
    reinvited: 'Invited again',
    'still-pending': 'Invitation still pending',
    'already-member': 'Already a member',
    created: 'Node created',
    deleted: 'Node deleted',
    skipped: 'Not sent',
    cancelled: 'Cancelled: not sent',
    unknown: 'Cancelled: answer unknown',
    'not-applied': 'Written, not applied'
};
/**
 * One annotation per write on its entry's line: an error with its code, the catalogue's words and the RequestId when
 * it failed, a notice with the RequestId otherwise, so the record of what changed sits on the file. A plain
 * invitation that went through is in the results table only: one per added entry would crowd out the rest.
 */
function resultFindings(file, results) {
    const out = [];
    for (const r of results) {
        const w = r.write;
        const who = 'MemberUin' in w ? `MemberUin ${w.MemberUin} (${w.Name})` : `Node ${w.path}`;
        const request = r.requestId ? ` RequestId: ${r.requestId}.` : '';
        const at = { line: w.line, col: 1 };
        if (r.status === 'failed') {
            out.push((0,model_diagnostics/* error */.z3)(file, at, `${FAILED_TITLE[w.action]}: ${r.code}`, `${who}: ${r.code}: ${r.message}${request}`));
            continue;
        }
        if (w.action === 'invite' && r.status !== 'cancelled' && r.status !== 'unknown')
            continue;
        const fields = w.changes.length > 0 ? ` ${w.changes.map((c) => c.field).join(', ')}.` : '';
        const message = `${who}: ${w.action} ${r.status}.${fields}${r.message ? ' ' + r.message : ''}${request}`;
        const title = DONE_TITLE[r.status] ?? r.status;
        out.push(r.status === 'not-applied' || r.status === 'unknown'
            ? (0,model_diagnostics/* error */.z3)(file, at, title, message)
            : r.status === 'skipped' || r.status === 'cancelled'
                ? (0,model_diagnostics/* warning */.$e)(file, at, title, message)
                : (0,model_diagnostics/* notice */.lm)(file, at, title, message));
    }
    return out;
}
function differenceText(d, reconcile = 'none') {
    const values = `${d.field} is ${showValue(d.field, d.file, true)} in the file and ${showValue(d.field, d.live, false)} in the organization.`;
    const applied = reconcile === 'none' ? '' : ' Apply (reconcile: ' + reconcile + ") sets it to the file's value.";
    return d.underReview
        ? `${values} This revision makes that change${applied ? '.' + applied : '; this action does not apply changes to members (reconcile: none), so make it in the Tencent Cloud console once merged.'}`
        : `${values} Drift: this revision did not change it, so the member was edited outside the file (in the console?) or an earlier change was never applied.${applied}`;
}
function sinceText(s) {
    if (s.since)
        return `since ${sinceShort(s.since)}`;
    return s.sinceUnknown ? `(since when is unknown: ${s.sinceUnknown})` : '(since when was not looked up)';
}
function sinceShort(since) {
    return `${since.date.slice(0, 10)} (commit ${since.commit.slice(0, 12)}, "${since.subject}")`;
}
/** A value for a person. */
function showValue(field, v, inFile) {
    if (v === null || (Array.isArray(v) && v.length === 0) || v === '')
        return inFile ? 'not set' : 'empty';
    if (field === 'Tags')
        return v.map((t) => `${t.TagKey}=${t.TagValue}`).join(', ');
    if (Array.isArray(v))
        return `[${[...v].sort((a, b) => a - b).join(', ')}]`;
    return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __nccwpck_require__(7271);
;// CONCATENATED MODULE: ./src/organization/node-tree.ts
// The organization's node tree, and the file's nodes against it: every path the file names resolved by names from the
// root (pins by id first), every declared node classified (create, update, remove, undeclared, in-sync), and every
// member named by path given its node's id. Pure: the file and the organization as read in, values out.
//
// Undocumented, so never assumed: whether a node name must be unique among its siblings or in the whole organization.
// Paths are resolved among siblings; two live siblings of one name make that path ambiguous (an error that asks for a
// pin); a new node whose name another node already has elsewhere is planned, with a warning that an organization-wide
// rule would refuse it (and the API's answer then says so).



function liveTree(org) {
    const byId = new Map(org.nodes.map((n) => [n.NodeId, n]));
    const rootId = org.info?.RootNodeId ?? org.nodes.find((n) => !n.ParentNodeId)?.NodeId;
    const children = new Map();
    for (const n of org.nodes)
        if (n.ParentNodeId)
            children.set(n.ParentNodeId, [...(children.get(n.ParentNodeId) ?? []), n]);
    const paths = new Map();
    const pathOf = (id) => {
        if (paths.has(id))
            return paths.get(id);
        paths.set(id, undefined); // a cycle in a broken answer ends here
        const n = byId.get(id);
        let path;
        if (n && id === rootId)
            path = '';
        else if (n?.ParentNodeId) {
            const parent = pathOf(n.ParentNodeId);
            path = parent === undefined ? undefined : parent === '' ? n.Name : `${parent}/${n.Name}`;
        }
        paths.set(id, path);
        return path;
    };
    return { rootId, byId, pathOf, childrenOf: (id) => children.get(id) ?? [] };
}
/**
 * `diff`: this revision's (its base's `nodes:` tells which nodes it removes); none in mode drift, where nothing is under
 * review. `level`: creating and updating nodes needs `changes`, deleting them `all`.
 */
function resolveNodes(file, entries, declared, diff, org, level) {
    const tree = liveTree(org);
    const diagnostics = [];
    const pins = new Map((declared ?? []).filter((n) => n.NodeId !== undefined).map((n) => [n.path, n.NodeId]));
    const ambiguous = new Map();
    const memo = new Map();
    /** The live id a path names: a pin, else the one child of that name under the parent's id. */
    const resolve = (path) => {
        if (path === '')
            return tree.rootId;
        if (memo.has(path))
            return memo.get(path);
        let id;
        const pinned = pins.get(path);
        if (pinned !== undefined)
            id = tree.byId.has(pinned) ? pinned : undefined;
        else {
            const parent = resolve((0,node_paths/* parentOf */.gN)(path));
            const named = parent === undefined ? [] : tree.childrenOf(parent).filter((c) => c.Name === (0,node_paths/* nameOf */.Vb)(path));
            if (named.length > 1)
                ambiguous.set(path, named.map((n) => n.NodeId));
            id = named.length === 1 ? named[0].NodeId : undefined;
        }
        memo.set(path, id);
        return id;
    };
    const statuses = [];
    const declaredPaths = new Set((declared ?? []).map((n) => n.path));
    const before = new Map((diff?.baseNodes ?? []).map((n) => [n.NodeId !== undefined ? `#${n.NodeId}` : n.path, n]));
    const baseOf = (n) => before.get(n.NodeId !== undefined ? `#${n.NodeId}` : n.path) ?? before.get(n.path);
    const matched = new Set();
    for (const n of declared ?? []) {
        const at = n.positions.Path ?? n;
        if (n.NodeId !== undefined && !tree.byId.has(n.NodeId)) {
            diagnostics.push((0,model_diagnostics/* error */.z3)(file, n.positions.NodeId ?? n, 'Unknown NodeId', `NodeId ${n.NodeId} (pinned for ${n.path}) does not exist in the organization. Take the pin out to create the node, or pin a node that exists.`));
            continue;
        }
        const id = resolve(n.path);
        const duplicates = ambiguous.get(n.path);
        if (duplicates) {
            diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Ambiguous path', `${n.path} names ${duplicates.length} live nodes (${duplicates.join(', ')}): pin the one meant with NodeId.`));
            continue;
        }
        const base = diff ? baseOf(n) : undefined;
        if (id === undefined) {
            const parent = (0,node_paths/* parentOf */.gN)(n.path);
            if (parent !== '' && resolve(parent) === undefined && !declaredPaths.has(parent)) {
                diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Unknown parent', `The parent ${parent} of ${n.path} is neither declared under nodes: nor a node of the organization.${near(parent, tree, org)}`));
                continue;
            }
            const elsewhere = org.nodes.filter((x) => x.Name === (0,node_paths/* nameOf */.Vb)(n.path));
            if (elsewhere.length > 0) {
                diagnostics.push((0,model_diagnostics/* warning */.$e)(file, at, 'Node name in use elsewhere', `A node named ${(0,node_paths/* nameOf */.Vb)(n.path)} already exists (${elsewhere.map((x) => tree.pathOf(x.NodeId) ?? x.NodeId).join(', ')}). Whether node names must be unique in the whole organization is undocumented: if they must, creating ${n.path} is refused (FailedOperation.OrganizationNodeNameUsed).`));
            }
            statuses.push({ path: n.path, state: 'create', entry: n, differences: [], ...(base ? { before: base } : {}) });
            continue;
        }
        matched.add(id);
        const live = tree.byId.get(id);
        const livePath = tree.pathOf(id);
        // A pinned node whose parent differs: Tencent Cloud cannot move a node (UpdateOrganizationNode has no parent).
        if (n.NodeId !== undefined && (0,node_paths/* parentOf */.gN)(n.path) !== '' && resolve((0,node_paths/* parentOf */.gN)(n.path)) !== live.ParentNodeId) {
            diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Node cannot move', `NodeId ${id} is ${livePath ?? live.Name} in the organization, and ${n.path} puts it under another parent. Tencent Cloud cannot move a node: declare a new node at ${n.path} (without this pin), move the members into it, then remove the old one.`));
            continue;
        }
        if (n.NodeId !== undefined && (0,node_paths/* parentOf */.gN)(n.path) === '' && live.ParentNodeId !== tree.rootId) {
            diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Node cannot move', `NodeId ${id} is ${livePath ?? live.Name}, not a node right below the root: Tencent Cloud cannot move a node. Declare a new node at ${n.path} instead.`));
            continue;
        }
        const differences = [];
        const review = (field, value) => diff !== undefined && (base === undefined || (field === 'Name' ? (0,node_paths/* nameOf */.Vb)(base.path) : base.Remark) !== value);
        if (live.Name !== (0,node_paths/* nameOf */.Vb)(n.path))
            differences.push({ field: 'Name', file: (0,node_paths/* nameOf */.Vb)(n.path), live: live.Name, underReview: review('Name', (0,node_paths/* nameOf */.Vb)(n.path)) });
        if (n.Remark !== undefined && (live.Remark ?? '') !== n.Remark)
            differences.push({ field: 'Remark', file: n.Remark, live: live.Remark ?? null, underReview: review('Remark', n.Remark) });
        statuses.push({
            path: n.path,
            state: differences.length > 0 ? 'update' : 'in-sync',
            NodeId: id,
            entry: n,
            live,
            ...(livePath !== undefined && livePath !== n.path ? { livePath } : {}),
            differences,
            ...(base ? { before: base } : {})
        });
    }
    // Removed: declared at the base revision, not any more, still live.
    if (diff?.baseNodes && declared) {
        const still = new Set(declared.flatMap((n) => [n.path, ...(n.NodeId !== undefined ? [`#${n.NodeId}`] : [])]));
        for (const n of diff.baseNodes) {
            if (still.has(n.path) || (n.NodeId !== undefined && still.has(`#${n.NodeId}`)))
                continue;
            const id = n.NodeId !== undefined ? (tree.byId.has(n.NodeId) ? n.NodeId : undefined) : baseResolve(n.path, tree);
            if (id === undefined || matched.has(id))
                continue;
            matched.add(id);
            statuses.push({ path: tree.pathOf(id) ?? n.path, state: 'remove', NodeId: id, before: n, live: tree.byId.get(id), differences: [] });
        }
    }
    // Undeclared: live nodes below the root that `nodes:` does not hold (reported only). A node whose path the format
    // cannot write (a name the console allowed beyond AddOrganizationNode's rules) cannot be declared: not counted.
    if (declared) {
        for (const n of org.nodes) {
            if (n.NodeId === tree.rootId || matched.has(n.NodeId))
                continue;
            const path = tree.pathOf(n.NodeId);
            if (path !== undefined && (0,node_paths/* pathProblem */.z9)(path) !== undefined)
                continue;
            statuses.push({ path: tree.pathOf(n.NodeId) ?? n.Name, state: 'undeclared', NodeId: n.NodeId, live: n, differences: [] });
        }
    }
    const creating = new Set(statuses.filter((s) => s.state === 'create').map((s) => s.path));
    const newNodes = level === 'none' ? new Set() : creating;
    const resolved = entries.map((e) => {
        if (e.node === undefined)
            return e;
        const id = resolve(e.node);
        const at = e.positions.Node ?? e;
        if (ambiguous.has(e.node)) {
            diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Ambiguous path', `${e.node} names ${ambiguous.get(e.node).length} live nodes (${ambiguous.get(e.node).join(', ')}): declare it under nodes: with the NodeId meant.`));
            return e;
        }
        if (id !== undefined)
            return { ...e, member: { ...e.member, NodeId: id } };
        if (creating.has(e.node)) {
            if (level === 'none') {
                diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Node not created', `Node ${e.node} does not exist yet: it is declared under nodes:, and creating nodes needs the reconcile input set to changes or all.`));
            }
            return e;
        }
        diagnostics.push((0,model_diagnostics/* error */.z3)(file, at, 'Unknown node', `Node ${e.node} is not a node of the organization${declared ? '' : ' (and the file has no nodes: section to create it)'}.${near(e.node, tree, org)}`));
        return e;
    });
    return { statuses: order(statuses), entries: resolved, newNodes, diagnostics };
}
/** A base revision's unpinned path, resolved against the live tree by names. */
function baseResolve(path, tree) {
    let id = tree.rootId;
    for (const name of path.split('/')) {
        if (id === undefined)
            return undefined;
        const named = tree.childrenOf(id).filter((c) => c.Name === name);
        id = named.length === 1 ? named[0].NodeId : undefined;
    }
    return id;
}
/** The nearest live paths, for a path that resolves to nothing. */
function near(path, tree, org) {
    const all = org.nodes.map((n) => tree.pathOf(n.NodeId)).filter((p) => p !== undefined && p !== '');
    const best = (0,suggest/* suggest */.Z)(path, all);
    const siblings = all.filter((p) => (0,node_paths/* parentOf */.gN)(p) === (0,node_paths/* parentOf */.gN)(path) && p !== best).slice(0, 3);
    const shown = [...(best ? [best] : []), ...siblings];
    return shown.length > 0 ? ` Nearest: ${shown.join(', ')}.` : '';
}
/** Parents before children; then by path. */
function order(statuses) {
    const rank = { create: 0, update: 1, remove: 2, undeclared: 3, 'in-sync': 4 };
    return statuses.sort((a, b) => rank[a.state] - rank[b.state] || a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Whether a node is out of step in a way this revision did not cause. */
function nodeDrift(s, scope) {
    if (s.state === 'undeclared')
        return true;
    if (s.state === 'create')
        return scope === 'whole-file' || s.before !== undefined;
    if (s.state === 'remove')
        return false;
    return s.differences.some((d) => !d.underReview);
}

;// CONCATENATED MODULE: ./src/model/reconcile.ts
/** The order states are counted and listed in: what needs a person first. */
const STATES = ['update', 'move', 'tags', 'pending', 'remove', 'undeclared', 'invite', 'in-sync'];
/** Every field DescribeOrganizationMembers returns that the file also has; RelationAuthName and AuthFile it does not return. */
const COMPARED = ['Name', 'NodeId', 'PolicyType', 'PermissionIds', 'PayUin', 'IsAllowQuit', 'Remark', 'Tags'];

;// CONCATENATED MODULE: ./src/organization/classify.ts


/**
 * @param plan this revision's diff; undefined compares the whole file with nothing under review (mode drift), where
 *   every declared entry that is not a member is `pending` (it was merged, so it was invited, or should have been).
 */
function classify_classify(entries, plan, org) {
    const live = new Map(org.members.map((m) => [m.MemberUin, m]));
    const added = new Set(plan?.added.map((e) => e.member.MemberUin) ?? []);
    const before = new Map(plan?.changed.map((c) => [c.entry.member.MemberUin, c.before]) ?? []);
    const members = [];
    for (const [i, entry] of entries.entries()) {
        const m = entry.member;
        const member = live.get(m.MemberUin);
        const status = { MemberUin: m.MemberUin, Name: m.Name, states: [], entry, differences: [] };
        const previous = before.get(m.MemberUin);
        if (previous)
            status.before = previous;
        if (member) {
            status.live = member;
            // An entry this revision adds is new as a whole; otherwise only the fields its diff changed are under review.
            status.differences = compare(entry, member, entries[i + 1]?.line ?? Infinity, !plan ? 'none' : added.has(m.MemberUin) ? 'all' : previous);
            status.states = status.differences.length === 0 ? ['in-sync'] : [...new Set(status.differences.map((d) => d.state))].sort(byState);
        }
        else {
            status.states = [plan && added.has(m.MemberUin) ? 'invite' : 'pending'];
        }
        members.push(status);
    }
    const declared = new Set(entries.map((e) => e.member.MemberUin));
    const removed = new Map(plan?.removed.map((e) => [e.member.MemberUin, e]) ?? []);
    // The management account is the organization itself: never an entry, so never "undeclared" (import leaves it out).
    // Should the API list it and this revision take it out of the file, it is `remove`, so that the guard refuses it.
    const host = org.info?.HostUin;
    const others = org.members.filter((m) => !declared.has(m.MemberUin) && (m.MemberUin !== host || removed.has(m.MemberUin))).sort((a, b) => a.MemberUin - b.MemberUin);
    for (const member of others) {
        const was = removed.get(member.MemberUin);
        members.push({
            MemberUin: member.MemberUin,
            Name: was?.member.Name ?? member.Name,
            states: [was ? 'remove' : 'undeclared'],
            ...(was ? { before: was } : {}),
            live: member,
            differences: []
        });
    }
    return {
        scope: plan ? 'diff' : 'whole-file',
        members,
        counts: count(members),
        ...(org.info?.HostUin !== undefined ? { managementUin: org.info.HostUin } : {})
    };
}
/**
 * What the history says of MemberUins the revision alone cannot place: when a pending entry was added, and whether an
 * undeclared member was ever declared (then it is `remove`: the file took it out, the organization kept it).
 */
function withHistory(r, history) {
    const members = r.members.map((s) => {
        if (!history.looked.has(s.MemberUin))
            return s;
        const seen = history.found.get(s.MemberUin);
        if (s.states[0] === 'pending') {
            if (seen?.added)
                return { ...s, since: seen.added };
            return { ...s, sinceUnknown: history.unknown ?? 'the history of the file does not show it being added' };
        }
        if (s.states[0] === 'undeclared' && seen?.removed)
            return { ...s, states: ['remove'], since: seen.removed };
        if (s.states[0] === 'undeclared' && history.unknown)
            return { ...s, sinceUnknown: history.unknown };
        return s;
    });
    return { ...r, members, counts: count(members) };
}
/** MemberUins whose history is worth a look: pending entries, undeclared members. */
function needsHistory(r) {
    return r.members.filter((s) => s.states[0] === 'pending' || s.states[0] === 'undeclared').map((s) => s.MemberUin);
}
/** A field's value as a comparable string: PermissionIds and Tags are sets; a missing live value is empty. */
function classify_comparedValue(field, v) {
    switch (field) {
        case 'PermissionIds':
            return JSON.stringify([...(v ?? [])].sort((a, b) => a - b));
        case 'Tags':
            return JSON.stringify([...(v ?? [])].map((t) => [t.TagKey, t.TagValue]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        default:
            return String(v ?? '');
    }
}
/** Whether the file declares `field` for this entry (itself or through defaults): only then is it managed. */
function declares(m, field) {
    return m[field] !== undefined;
}
function fileValue(m, field) {
    return m[field] ?? null;
}
function classify_liveValue(m, field) {
    return m[field] ?? null;
}
/** Equal in effect (see comparedValue), without building strings for the common cases: this runs 8 times a member. */
function same(a, b, field) {
    switch (field) {
        case 'PermissionIds': {
            const x = a ?? [];
            const y = b ?? [];
            if (x.length !== y.length)
                return false;
            // Most often written in the API's own order: no sorting needed to see they agree.
            if (x.every((id, i) => id === y[i]))
                return true;
            const sorted = [...y].sort((p, q) => p - q);
            return [...x].sort((p, q) => p - q).every((id, i) => id === sorted[i]);
        }
        case 'Tags':
            if ((a ?? []).length === 0 && (b ?? []).length === 0)
                return true;
            return classify_comparedValue(field, a) === classify_comparedValue(field, b);
        default:
            return (a ?? '') === (b ?? '') || String(a ?? '') === String(b ?? '');
    }
}
/** `review`: which differences this revision made: none (drift), all (a new entry), or those where `before` differs. */
function compare(entry, member, next, review) {
    const out = [];
    const underReview = (field) => review === 'all' ||
        (typeof review === 'object' &&
            // A node named by path is compared by its path: the base revision's ids of paths were never resolved.
            (field === 'NodeId' && (review.node !== undefined || entry.node !== undefined)
                ? review.node !== entry.node
                : !same(fileValue(review.member, field), fileValue(entry.member, field), field)));
    for (const field of COMPARED) {
        if (!declares(entry.member, field))
            continue;
        const file = fileValue(entry.member, field);
        const live = classify_liveValue(member, field);
        if (same(file, live, field))
            continue;
        const written = entry.positions[field];
        // A field from defaults is written above the entries; the difference belongs to the entry.
        const at = written && written.line >= entry.line && written.line < next ? written : { line: entry.line, col: entry.col };
        out.push({ field, state: field === 'NodeId' ? 'move' : field === 'Tags' ? 'tags' : 'update', file, live, underReview: underReview(field), at });
    }
    return out;
}
function byState(a, b) {
    return STATES.indexOf(a) - STATES.indexOf(b);
}
function count(members) {
    const counts = Object.fromEntries(STATES.map((s) => [s, 0]));
    for (const m of members)
        for (const s of m.states)
            counts[s]++;
    return counts;
}
/**
 * Out of step in a way this revision did not cause: a difference it did not make, an entry that is not a member, a
 * member the file does not hold (except one this revision's diff takes out: that removal is under review).
 */
function isDrift(s) {
    if (s.states[0] === 'remove')
        return s.before === undefined;
    return s.differences.some((d) => !d.underReview) || s.states[0] === 'pending' || s.states[0] === 'undeclared';
}
/** How many MemberUins and nodes are out of step with the file in a way the revision did not cause. */
function driftCount(r) {
    return r.members.filter(isDrift).length + (r.nodes ?? []).filter((n) => nodeDrift(n, r.scope)).length;
}
/** "3 MemberUins", or "3 MemberUins and 1 node" when nodes drifted too. */
function driftWords(r) {
    const members = r.members.filter(isDrift).length;
    const nodes = (r.nodes ?? []).filter((n) => nodeDrift(n, r.scope)).length;
    const m = `${members} MemberUin${members === 1 ? '' : 's'}`;
    return nodes === 0 ? m : `${m} and ${nodes} node${nodes === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts



/** Members of the organization the file never declared (not those it took out: they are `remove`). */
function undeclaredMembers(o) {
    return o.reconciliation?.members.filter((s) => s.states[0] === 'undeclared' && s.live).map((s) => s.live) ?? [];
}
function runResult(r) {
    const w = r.write;
    const who = 'MemberUin' in w ? { MemberUin: w.MemberUin, Name: w.Name } : { Node: w.path, ...('NodeId' in w ? { NodeId: w.NodeId } : r.NodeId ? { NodeId: r.NodeId } : {}) };
    return {
        action: w.action,
        ...who,
        line: w.line,
        status: r.status,
        ...(w.action !== 'invite' && w.action !== 'reinvite' ? { changes: w.changes } : {}),
        ...(r.code ? { code: r.code } : {}),
        ...(r.message ? { message: r.message } : {}),
        ...(r.requestId ? { requestId: r.requestId } : {}),
        ...(r.at ? { at: r.at } : {})
    };
}
function planOutput(diff, alreadyMembers = []) {
    const brief = (e) => ({ MemberUin: e.member.MemberUin, Name: e.member.Name, line: e.line });
    return {
        base: diff.base,
        added: diff.added.map((e) => (alreadyMembers.includes(e) ? { ...brief(e), alreadyMember: true } : brief(e))),
        changed: diff.changed.map((c) => ({ ...brief(c.entry), fields: c.fields })),
        removed: diff.removed.map(brief),
        unchanged: diff.unchanged
    };
}
/** The `plan` output: the diff, and with the organization read, every state and what apply sends. */
function fullPlanOutput(o) {
    if (!o.diff)
        return undefined;
    return {
        ...planOutput(o.diff, o.alreadyMembers),
        ...(o.reconciliation ? reconcilePlanOutput(o.reconciliation) : {}),
        ...(o.reconciliation?.nodes ? { nodes: nodesOutput(o.reconciliation) } : {}),
        ...(o.writes && o.reconcile !== 'none' ? { writes: writesOutput(o.writes) } : {})
    };
}
function resultsOutput(results, record) {
    return results.map((r) => {
        const { line: _line, ...flat } = runResult(r);
        return { ...flat, ...record };
    });
}
function countOutputs(results) {
    return { invited: results.filter((r) => r.status === 'invited').length, failed: results.filter((r) => FAILED_STATUSES.includes(r.status)).length };
}
/** The `plan` output's `writes`, with reconcile: what apply sends beyond invitations, each field before and after. */
function writesOutput(writes) {
    return writes
        .filter((w) => w.action !== 'invite')
        .map((w) => ({
        action: w.action,
        ...('MemberUin' in w ? { MemberUin: w.MemberUin, Name: w.Name } : { Node: w.path }),
        line: w.line,
        ...(w.action === 'reinvite' ? (w.since ? { since: w.since } : {}) : w.action === 'remove' || w.action === 'delete-node' ? { baseLine: w.baseLine } : { changes: w.changes })
    }));
}
/** The `drift` output: one object per difference this revision did not make, pending entry, and member out of the file. */
function driftOutput(rec) {
    const out = [];
    for (const n of rec.nodes ?? []) {
        if (!nodeDrift(n, rec.scope))
            continue;
        const who = { Node: n.path, ...(n.NodeId !== undefined ? { NodeId: n.NodeId } : {}) };
        for (const d of n.differences)
            if (!d.underReview)
                out.push({ ...who, state: n.state, field: d.field, file: d.file, live: d.live, line: n.entry?.line });
        if (n.state === 'create')
            out.push({ ...who, state: n.state, field: null, file: 'declared', live: null, line: n.entry?.line });
        if (n.state === 'undeclared')
            out.push({ ...who, state: n.state, field: null, file: null, live: 'node' });
    }
    for (const s of rec.members) {
        if (!isDrift(s))
            continue;
        const who = { MemberUin: s.MemberUin, Name: s.Name };
        for (const d of s.differences)
            if (!d.underReview)
                out.push({ ...who, state: d.state, field: d.field, file: d.file, live: d.live, line: d.at.line });
        const state = s.states[0];
        if (state === 'pending')
            out.push({ ...who, state, field: null, file: 'declared', live: null, line: s.entry.line, ...sinceField(s) });
        if (state === 'remove' || state === 'undeclared')
            out.push({ ...who, state, field: null, file: null, live: 'member', ...sinceField(s) });
    }
    return out;
}
/** Every node in its state: the `plan` output's `nodes`. */
function nodesOutput(rec) {
    return (rec.nodes ?? []).map((n) => ({
        Node: n.path,
        state: n.state,
        ...(n.NodeId !== undefined ? { NodeId: n.NodeId } : {}),
        ...(n.entry ? { line: n.entry.line } : {}),
        ...(n.livePath ? { livePath: n.livePath } : {}),
        ...(n.differences.length > 0 ? { fields: n.differences } : {})
    }));
}
/** What the contract adds to the `plan` output when the organization was read: every state with its fields. */
function reconcilePlanOutput(rec) {
    const pick = (state) => rec.members.filter((s) => s.states.includes(state));
    const changes = (state) => pick(state).map((s) => ({
        ...outputs_brief(s),
        fields: s.differences.filter((d) => d.state === state).map((d) => ({ field: d.field, file: d.file, live: d.live, underReview: d.underReview }))
    }));
    return {
        updates: changes('update'),
        moves: changes('move'),
        tags: changes('tags'),
        pending: pick('pending').map((s) => ({ ...outputs_brief(s), ...sinceField(s) })),
        removals: pick('remove').map((s) => ({ ...outputs_brief(s), ...sinceField(s) })),
        undeclared: pick('undeclared').map(outputs_brief),
        inSync: rec.counts['in-sync']
    };
}
function outputs_brief(s) {
    return { MemberUin: s.MemberUin, Name: s.Name, ...(s.entry ? { line: s.entry.line } : {}) };
}
function sinceField(s) {
    return s.since ? { since: s.since } : s.sinceUnknown ? { sinceUnknown: s.sinceUnknown } : {};
}

;// CONCATENATED MODULE: ./src/manifest/yaml-writer.ts
/**
 * A string as YAML reads it back unchanged: plain when it is a simple word, else double-quoted (a JSON string is a
 * valid YAML double-quoted scalar). Words YAML would read as something else (true, null, 1e3, 0x10, ...) are quoted.
 */
function scalar(s) {
    const plain = /^[A-Za-z_\p{Script=Han}][A-Za-z0-9_.\-@+/\p{Script=Han}]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|y|n|nan|inf)$/i.test(s);
    // JSON.stringify leaves U+2028 and U+2029 as they are; YAML reads them as line breaks.
    return plain
        ? s
        : JSON.stringify(s)
            .replace(/\u2028/g, '\\u2028')
            .replace(/\u2029/g, '\\u2029');
}
/** One field of an entry (or of defaults) as YAML lines at `indent`. */
function fieldLines(field, value, indent) {
    if (field === 'PermissionIds')
        return [`${indent}${field}: [${[...value].sort((a, b) => a - b).join(', ')}]`];
    if (field === 'Tags') {
        const tags = [...value].sort((a, b) => (a.TagKey < b.TagKey ? -1 : a.TagKey > b.TagKey ? 1 : 0));
        if (tags.length === 0)
            return [`${indent}Tags: []`];
        return [`${indent}Tags:`, ...tags.map((t) => `${indent}  - { TagKey: ${scalar(t.TagKey)}, TagValue: ${scalar(t.TagValue)} }`)];
    }
    if (field === 'AuthFile') {
        const files = value;
        return [`${indent}AuthFile:`, ...files.map((f) => `${indent}  - { Name: ${scalar(f.Name)}, Url: ${scalar(f.Url)} }`)];
    }
    // PayUin is a string of digits: quoted, or YAML would read a number.
    if (field === 'PayUin')
        return [`${indent}${field}: ${JSON.stringify(String(value))}`];
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return [`${indent}${field}: ${value}`];
    return [`${indent}${field}: ${scalar(String(value))}`];
}
/** An entry under `members:` (two spaces in), identity first, then the fields given, in the order given. */
function entryLines(uin, name, fields) {
    return [`  - MemberUin: ${uin}`, `    Name: ${scalar(name)}`, ...fields.flatMap(([field, value]) => fieldLines(field, value, '    '))];
}
/** Text for a YAML comment: one line, whatever it holds. */
function commentText(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

;// CONCATENATED MODULE: ./src/report/snippet.ts

function undeclaredSnippet(members) {
    const lines = [];
    for (const m of members) {
        const fields = [];
        if (m.NodeId !== undefined)
            fields.push(['NodeId', m.NodeId]);
        if (m.PolicyType)
            fields.push(['PolicyType', m.PolicyType]);
        if (m.PermissionIds?.length)
            fields.push(['PermissionIds', m.PermissionIds]);
        if (m.PayUin)
            fields.push(['PayUin', m.PayUin]);
        if (m.IsAllowQuit)
            fields.push(['IsAllowQuit', m.IsAllowQuit]);
        lines.push(...entryLines(m.MemberUin, m.Name, fields));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/drift.ts
// The reconcile states in the job summary, the pull request comment and the outputs: counts first, then the
// differences, the pending entries and the members out of the file, each with its line. Every value that comes
// from the file or the organization goes through code(), so a name or remark can never become Markdown.




const OPEN_ROWS = 20;
const MAX_ROWS = 1000;
const MAX_SNIPPET = 200;
/** "**2** update · **1** pending · …": every state that occurs, in the order of STATES. */
function stateCounts(rec) {
    const shown = STATES.filter((s) => rec.counts[s] > 0);
    return shown.length === 0 ? 'nothing to compare' : shown.map((s) => `**${rec.counts[s]}** ${s}`).join(', ');
}
function reconcileSections(rec, o) {
    const link = (line) => raw(o.lineUrl ? `[${line}](${o.lineUrl(line)})` : String(line));
    const drifted = rec.members.filter(isDrift).length;
    const scope = rec.scope === 'diff' ? 'this revision of' : 'the whole of';
    const out = [
        `### Against the organization: ${stateCounts(rec)}\n\n` +
            (drifted === 0
                ? `No drift: ${scope} ${markdown_code(o.file)} and the organization agree, apart from changes under review.`
                : `**${drifted}** MemberUin${drifted === 1 ? '' : 's'} out of step with ${scope} ${markdown_code(o.file)} (drift).`) +
            (rec.managementUin !== undefined ? ` The management account is ${rec.managementUin}.` : '')
    ];
    const rows = rec.members.flatMap((s) => s.differences.map((d) => [
        s.MemberUin,
        markdown_code(s.Name),
        d.state,
        d.field,
        shown(d.field, d.file, true),
        shown(d.field, d.live, false),
        d.underReview ? 'change under review' : raw('**drift**'),
        link(d.at.line)
    ]));
    if (rows.length > 0) {
        const review = rec.members.reduce((n, s) => n + s.differences.filter((d) => d.underReview).length, 0);
        out.push(section(`Differences (${rows.length}): ${rows.length - review} drift, ${review} under review`, ['MemberUin', 'Name', 'State', 'Field', 'File', 'Organization', 'Kind', 'Line'], rows));
    }
    const pending = rec.members.filter((s) => s.states[0] === 'pending');
    if (pending.length > 0) {
        out.push(section(`Pending (${pending.length}): declared, not members`, ['MemberUin', 'Name', 'Declared since', 'Line'], pending.map((s) => [s.MemberUin, markdown_code(s.Name), since(s), s.entry ? link(s.entry.line) : ''])) +
            '\n\nAn invitation stays open for about 14 days; the invitee may also decline it. Tencent Cloud does not list invitations, so an entry pending long after its commit most likely needs a new one.');
    }
    const removed = rec.members.filter((s) => s.states[0] === 'remove');
    if (removed.length > 0) {
        out.push(section(`Removed from the file, still members (${removed.length})${o.reconcile === 'all' ? '' : ': not applied'}`, ['MemberUin', 'Name', 'Taken out', 'Line in base'], removed.map((s) => [s.MemberUin, markdown_code(s.Name), s.before ? 'by this revision' : since(s), s.before?.line ?? ''])) + (o.reconcile === 'all' ? '\n\nThose this revision takes out are removed on apply (reconcile: all); those taken out earlier are reported only.' : ''));
    }
    if (o.undeclared?.length) {
        // Capped like the plan's: 8,000 members would pass the 1 MiB a summary may hold; `import` writes them all.
        const shownUndeclared = o.undeclared.slice(0, MAX_SNIPPET);
        const more = o.undeclared.length > shownUndeclared.length
            ? `\n\n…and ${o.undeclared.length - shownUndeclared.length} more: \`tencent-org-members import\` writes a members file with every member of the organization.`
            : '';
        const snippet = '```yaml\n' + undeclaredSnippet(shownUndeclared) + '\n```' + more;
        out.push(`#### Not declared (${o.undeclared.length}): members of the organization that ${markdown_code(o.file)} never listed\n\n` +
            'They are left alone. To keep them as code, add these entries under `members:`:\n\n' +
            (o.undeclared.length > OPEN_ROWS ? fold(`${o.undeclared.length} entries`, snippet, false) : snippet));
    }
    return out;
}
function since(s) {
    if (s.since)
        return raw(`${s.since.date.slice(0, 10)}, ${markdown_code(s.since.commit.slice(0, 12))} ${markdown_code(s.since.subject)}`);
    return s.sinceUnknown ? `unknown: ${s.sinceUnknown}` : 'not looked up';
}
/** A value in a cell: absent ones say so in words (and the default they stand for), present ones inert. */
function shown(field, v, inFile) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0))
        return raw(inFile ? '*not set*' : '*empty*');
    if (field === 'Tags')
        return markdown_code(v.map((t) => `${t.TagKey}=${t.TagValue}`).join(', '));
    if (Array.isArray(v))
        return markdown_code([...v].sort((a, b) => a - b).join(', '));
    return markdown_code(String(v));
}
function section(title, head, rows) {
    const kept = rows.slice(0, MAX_ROWS);
    let body = table(head, kept);
    if (rows.length > kept.length)
        body += `\n\n…and ${rows.length - kept.length} more (the action's outputs list them all).`;
    return `#### ${title}\n\n` + (rows.length > OPEN_ROWS ? fold(`${rows.length} rows`, body, rows.length <= 100) : body);
}

;// CONCATENATED MODULE: ./src/report/writes.ts


const writes_OPEN_ROWS = 20;
const writes_MAX_ROWS = 1000;
/** The API call each write is. */
const CALL = {
    invite: 'InviteOrganizationMember',
    'create-node': 'AddOrganizationNode',
    'update-node': 'UpdateOrganizationNode',
    'delete-node': 'DeleteOrganizationNodes',
    update: 'UpdateOrganizationMember',
    move: 'MoveOrganizationNodeMembers',
    tags: 'ModifyResourceTags (Tag service)',
    reinvite: 'InviteOrganizationMember again',
    remove: 'DeleteOrganizationMembers'
};
/** `held`: writes apply held back as unreviewed (approvals): listed, and said not to be sent. */
function writeSection(writes, level, applying, lineUrl, held) {
    const when = applying ? 'sent by this run' : 'sent on merge (apply)';
    const unreviewed = writes.filter((w) => held?.has(w)).length;
    const sent = writes.length - unreviewed;
    const title = `### Reconcile (${level}): ${sent} write${sent === 1 ? '' : 's'} ${when}` + (unreviewed > 0 ? `, ${unreviewed} held back as unreviewed (not in the reviewed plan)` : '');
    if (writes.length === 0)
        return `${title}\n\nThe organization already matches ${applying ? 'the file' : 'the file'}: nothing to send.`;
    const link = (line) => raw(lineUrl ? `[${line}](${lineUrl(line)})` : String(line));
    const rows = writes.map((w) => [
        w.action,
        'MemberUin' in w ? w.MemberUin : markdown_code(w.path),
        'MemberUin' in w ? markdown_code(w.Name) : '',
        raw(change(w)),
        held?.has(w) ? `not sent (unreviewed): ${CALL[w.action]}` : CALL[w.action],
        link(w.line)
    ]);
    const shownRows = rows.slice(0, writes_MAX_ROWS);
    let body = table(['Write', 'MemberUin', 'Name', 'Before → after', 'Call', 'Line'], shownRows);
    if (rows.length > shownRows.length)
        body += `\n\n…and ${rows.length - shownRows.length} more (the \`plan\` output lists them all).`;
    const note = '\n\nRelationAuthName and AuthFile count only at invitation: a change to them is reported, never sent. ' +
        'Members in protected-members and the management account are never changed.';
    return `${title}\n\n` + (rows.length > writes_OPEN_ROWS ? fold(`${rows.length} writes`, body, rows.length <= 100) : body) + note;
}
/** Each field as `Field: before → after`; a re-sent invitation says since when the entry waits. */
function change(w) {
    if (w.action === 'invite')
        return 'not a member → invited';
    if (w.action === 'create-node')
        return `no node → created under ${w.parent ? markdown_code(w.parent).text : 'the root'}`;
    if (w.action === 'delete-node')
        return `node (line ${w.baseLine} of the base revision) → deleted`;
    if (w.action === 'remove')
        return `member (line ${w.baseLine} of the base revision) → out of the organization; the account stays`;
    if (w.action === 'reinvite')
        return `not a member${w.since ? ` since ${w.since.date.slice(0, 10)}` : ''} → invited again (if the last invitation lapsed)`;
    return w.changes.map((c) => `${c.field}: ${shown(c.field, c.before, false).text} → ${shown(c.field, c.after, true).text}`).join('<br>');
}

;// CONCATENATED MODULE: ./src/report/plain.ts





function compilerLine(d) {
    return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}
/**
 * stdout's lines and stderr's: the findings and the plan on stdout, and on stderr only what went wrong (the count
 * of errors in an invalid file, or why the run failed). `o` is partial when the run stopped before it had entries.
 */
function plainText(o, findings) {
    const out = findings.map(compilerLine);
    for (const note of o.notes ?? [])
        out.push(`note: ${note}`);
    for (const warning of o.warnings ?? [])
        out.push(`warning: ${warning}`);
    const level = o.reconcile ?? 'none';
    const diff = o.diff;
    if (diff) {
        const already = new Set(o.alreadyMembers ?? []);
        for (const e of diff.added) {
            out.push(`+ ${e.member.MemberUin} ${e.member.Name} (line ${e.line}): ${already.has(e) ? 'already a member of the organization: not invited' : 'will be invited'}`);
        }
        const changes = level === 'none' || !o.organization ? 'not applied' : `applied where the organization differs (reconcile: ${level})`;
        for (const c of diff.changed)
            out.push(`~ ${c.entry.member.MemberUin} ${c.entry.member.Name} (line ${c.entry.line}): ${c.fields.join(', ')} changed; ${changes}`);
        const removal = level === 'all' && o.organization ? 'taken out of the organization on merge if still a member (reconcile: all)' : 'not applied';
        for (const e of diff.removed)
            out.push(`- ${e.member.MemberUin} ${e.member.Name}: removed; ${removal}`);
    }
    const rec = o.reconciliation;
    if (o.organization && rec) {
        const org = o.organization;
        out.push(`organization: ${org.nodes} node${org.nodes === 1 ? '' : 's'}, ${org.members} member${org.members === 1 ? '' : 's'} (read in ${org.calls} calls): ${plain_stateCounts(rec)}.`);
        for (const m of undeclaredMembers(o)) {
            out.push(`? ${m.MemberUin} ${m.Name}: a member of the organization that ${o.file} does not declare; left alone (tencent-org-members import writes an entry for it)`);
        }
        for (const n of rec.nodes ?? []) {
            if (n.state === 'undeclared')
                out.push(`? node ${n.path} (NodeId ${n.NodeId}): a node of the organization that ${o.file} does not declare under nodes:; left alone`);
        }
    }
    if (o.writes && level !== 'none')
        out.push(...writeLines(o.writes.filter((w) => w.action !== 'invite'), level));
    const errors = findings.filter((d) => d.severity === 'error').length;
    if (diff) {
        out.push(`${o.file}: ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed, ${diff.unchanged} unchanged (against ${diff.base ? diff.base.slice(0, 12) : 'nothing'}).`);
    }
    else if (o.mode === 'drift' && rec) {
        out.push(driftCount(rec) === 0 ? `${o.file} and the organization agree.` : `${o.file} and the organization differ: ${driftWords(rec)}.`);
    }
    else if (!o.failure) {
        const n = o.entries?.length ?? 0;
        out.push(`${o.file}: valid, ${n} ${n === 1 ? 'entry' : 'entries'}.`);
    }
    const err = [];
    if (errors > 0 && !diff && !rec)
        err.push(`${o.file}: ${errors} error${errors === 1 ? '' : 's'}.`);
    else if (o.failure)
        err.push(`${o.file}: error: ${o.failure}`);
    return { out, err };
}
/** "2 update, 1 pending, 3 in-sync": every state that occurs, in the order of STATES. */
function plain_stateCounts(rec) {
    const shown = STATES.filter((s) => rec.counts[s] > 0);
    return shown.length === 0 ? 'nothing to compare' : shown.map((s) => `${rec.counts[s]} ${s}`).join(', ');
}
/** The writes table of the summary (writes.ts) as lines: what apply would send beyond invitations, before → after. */
function writeLines(writes, level) {
    const head = `reconcile (${level}): ${writes.length} write${writes.length === 1 ? '' : 's'} apply would send on merge; this tool sends none.`;
    if (writes.length === 0)
        return [`reconcile (${level}): the organization already matches the file; apply would send nothing beyond invitations.`];
    return [
        head,
        ...writes.map((w) => {
            const who = 'MemberUin' in w ? `${w.MemberUin} ${w.Name}` : `node ${w.path}`;
            return `write: ${w.action} ${who} (line ${w.line}): ${plain_change(w)} · ${CALL[w.action]}`;
        })
    ];
}
function plain_change(w) {
    if (w.action === 'invite')
        return 'not a member → invited';
    if (w.action === 'create-node')
        return `no node → created under ${w.parent ? w.parent : 'the root'}`;
    if (w.action === 'delete-node')
        return `node (line ${w.baseLine} of the base revision) → deleted`;
    if (w.action === 'remove')
        return `member (line ${w.baseLine} of the base revision) → out of the organization; the account stays`;
    if (w.action === 'reinvite')
        return `not a member${w.since ? ` since ${w.since.date.slice(0, 10)}` : ''} → invited again (if the last invitation lapsed)`;
    return w.changes
        .map((c) => {
        const field = c.field;
        return `${c.field}: ${showValue(field, c.before, false)} → ${showValue(field, c.after, true)}`;
    })
        .join('; ');
}

;// CONCATENATED MODULE: ./src/report/permissions.ts
// The API's financial permissions, by ID, as the format's description and Tencent Cloud's console name them: a
// reviewer reads "7 pay on behalf", not "7".
const PERMISSIONS = {
    1: 'view bills',
    2: 'view balance',
    3: 'transfer funds',
    4: 'consolidate bills',
    5: 'issue invoice',
    6: 'inherit discounts',
    7: 'pay on behalf',
    8: 'cost analysis',
    9: 'budget management',
    10: 'credit limit settings'
};
/** "1 view bills, 2 view balance, 7 pay on behalf", in ID order. */
function permissionNames(ids) {
    return [...ids]
        .sort((a, b) => a - b)
        .map((id) => `${id} ${PERMISSIONS[id] ?? ''}`.trim())
        .join(', ');
}

;// CONCATENATED MODULE: ./src/report/removals.ts


/** Members this revision takes out of the file that are still in the organization. */
function removals(rec) {
    return rec.members.filter((s) => s.states[0] === 'remove' && s.before);
}
function removalSection(rec, level, applying) {
    const members = removals(rec);
    if (members.length === 0)
        return undefined;
    const fate = level === 'all' ? (applying ? 'removed by this run' : 'removed from the organization on merge') : `reported only (reconcile: ${level}; only all removes)`;
    const rows = members.map((s) => {
        const live = s.live;
        const ids = [...(live.PermissionIds ?? [])].sort((a, b) => a - b);
        return [
            s.MemberUin,
            markdown_code(s.Name),
            live.NodeName ? raw(`${markdown_code(live.NodeName).text} (${live.NodeId ?? ''})`) : String(live.NodeId ?? ''),
            permissionNames(ids),
            live.PayUin ? raw(`paid for by ${markdown_code(live.PayUin).text}`) : '',
            s.before.line
        ];
    });
    return (`### ⚠️ Removals (${members.length}): ${fate}\n\n` +
        table(['MemberUin', 'Name', 'Node', 'Financial permissions it loses', 'Payer', 'Line in base'], rows) +
        '\n\nA removal takes the account out of the organization; the account itself stays (this action never calls ' +
        "DeleteAccount). It loses the organization's financial management: the permissions above, consolidated bills, " +
        'payment on its behalf and inherited discounts, so it pays its own bills from then on; and every resource shared ' +
        'with it through the organization (Resource Sharing), with the access its users had through it. The API refuses a ' +
        'member that is a delegated administrator, a shared-resource administrator or entity administrator, a payer or ' +
        'paid for by one, an account the organization created, or one without a payment method; each refusal says what to do first.');
}

;// CONCATENATED MODULE: ./src/report/nodes.ts

const nodes_OPEN_ROWS = 20;
const NODE_STATES = ['create', 'update', 'remove', 'undeclared', 'in-sync'];
function nodeSection(rec, level, applying, lineUrl) {
    const nodes = rec.nodes;
    if (!nodes || nodes.length === 0)
        return undefined;
    const counts = NODE_STATES.filter((st) => nodes.some((n) => n.state === st)).map((st) => `**${nodes.filter((n) => n.state === st).length}** ${st}`);
    const link = (line) => (line === undefined ? '' : raw(lineUrl ? `[${line}](${lineUrl(line)})` : String(line)));
    const shown = nodes.filter((n) => n.state !== 'in-sync');
    const when = applying ? 'by this run' : 'on merge';
    const fate = (n) => {
        switch (n.state) {
            case 'create':
                return level === 'none' ? 'not created (reconcile: none)' : `created ${when}`;
            case 'update':
                return level === 'none' ? 'not changed (reconcile: none)' : `changed ${when}`;
            case 'remove':
                return level === 'all' ? `deleted ${when} (if empty)` : `not deleted (reconcile: ${level}; only all deletes)`;
            default:
                return 'reported only';
        }
    };
    const rows = shown.map((n) => [
        markdown_code(n.path),
        n.state,
        n.NodeId ?? '',
        raw(n.differences
            .map((d) => `${d.field}: ${d.live === null ? '*empty*' : markdown_code(d.live).text} → ${d.file === null ? '*empty*' : markdown_code(d.file).text}${d.underReview ? '' : ' (**drift**)'}`)
            .join('<br>') || (n.livePath ? `at ${markdown_code(n.livePath).text}` : '')),
        fate(n),
        link(n.entry?.line)
    ]);
    const body = rows.length === 0 ? 'Every declared node is in sync.' : table(['Path', 'State', 'NodeId', 'Organization → file', 'On apply', 'Line'], rows);
    return `### Nodes: ${counts.join(', ')}\n\n` + (rows.length > nodes_OPEN_ROWS ? fold(`${rows.length} nodes`, body, rows.length <= 100) : body);
}

;// CONCATENATED MODULE: ./src/report/sent.ts


const sent_OPEN_ROWS = 25;
const sent_MAX_ROWS = 1000;
const KIND = { change: 'this pull request', drift: 'undoing drift', reinvitation: 're-invitation' };
/** Every write the outcome plans (plan) or made (apply): the lead section, or undefined when there is none. */
function sentSection(o, results, view) {
    const writes = results ? results.map((r) => r.write) : (o.writes ?? []);
    if (writes.length === 0 && !results)
        return undefined;
    const status = new Map(results?.map((r) => [r.write, r]) ?? []);
    const applying = o.mode === 'apply';
    const by = (cause) => writes.filter((w) => w.cause === cause).length;
    const kinds = ['change', 'drift', 'reinvitation']
        .filter((c) => by(c) > 0)
        .map((c) => `${by(c)} ${KIND[c]}`)
        .join(', ');
    const title = `### ${applying ? 'Sent by this run' : 'Sent on merge'}: ${writes.length} write${writes.length === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}`;
    if (writes.length === 0)
        return `${title}\n\nNothing to send: the organization already holds what the file says.`;
    const link = (line) => raw(view.lineUrl ? `[${line}](${view.lineUrl(line)})` : String(line));
    const rows = writes.slice(0, sent_MAX_ROWS).map((w) => {
        const r = status.get(w);
        return [
            w.action,
            'MemberUin' in w ? raw(`${w.MemberUin} ${markdown_code(w.Name).text}`) : markdown_code(w.path),
            raw(sent_change(w, view)),
            KIND[w.cause],
            ...(results ? [r ? r.status : ''] : []),
            link(w.line)
        ];
    });
    let body = table(['Write', 'Member or node', 'Before → after', 'Why', ...(results ? ['Result'] : []), 'Line'], rows);
    if (writes.length > sent_MAX_ROWS)
        body += `\n\n…and ${writes.length - sent_MAX_ROWS} more (the outputs list them all).`;
    const note = o.reconcile === 'none' && !applying ? '\n\nWith `reconcile: none` only invitations are sent; what else differs is reported below, not sent.' : '';
    return `${title}\n\n` + (rows.length > sent_OPEN_ROWS ? fold(`${rows.length} writes`, body, true) : body) + note;
}
/** A write's before and after, each field on its own line; permissions and nodes by name. */
function sent_change(w, view) {
    switch (w.action) {
        case 'invite':
            return `not a member → invited: ${entryFields(w.entry, view)}`;
        case 'reinvite':
            return `not a member${w.since ? ` since ${w.since.date.slice(0, 10)}` : ''} → invited again if the last invitation lapsed: ${entryFields(w.entry, view)}`;
        case 'remove':
            return `member of ${node(w.live.NodeId, view)}, ${markdown_text(permissionNames(w.live.PermissionIds ?? [])).text} → out of the organization (the account stays)`;
        case 'create-node':
            return `no node → created under ${w.parent ? markdown_code(w.parent).text : 'the root'}${w.Remark !== undefined ? `, Remark ${markdown_code(w.Remark).text}` : ''}`;
        case 'delete-node':
            return `node ${w.NodeId} → deleted (empty)`;
        default:
            return w.changes.map((c) => fieldChange(c, view)).join('<br>');
    }
}
function fieldChange(c, view) {
    return `${c.field}: ${value(c.field, c.before, view)} → ${value(c.field, c.after, view)}`;
}
function value(field, v, view) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
        return '*none*';
    if (field === 'PermissionIds')
        return markdown_text(permissionNames(v)).text;
    if (field === 'NodeId')
        return node(v, view);
    if (field === 'Tags')
        return markdown_code(v.map((t) => `${t.TagKey}=${t.TagValue}`).join(', ')).text;
    return markdown_code(String(v)).text;
}
function node(id, view) {
    if (id === undefined)
        return 'no node';
    const path = view.nodePaths?.[id];
    return path ? `${markdown_code(path).text} (${id})` : String(id);
}
/** Everything an invitation sends, as a reviewer checks it. */
function entryFields(e, view) {
    const m = e.member;
    const parts = [
        `node ${e.node ? markdown_code(e.node).text : node(m.NodeId, view)}`,
        `permissions ${markdown_text(permissionNames(m.PermissionIds)).text}`,
        ...(m.PayUin !== undefined ? [`paid for by ${markdown_code(m.PayUin).text}`] : []),
        ...(m.IsAllowQuit !== undefined ? [`IsAllowQuit ${markdown_code(m.IsAllowQuit).text}`] : []),
        ...(m.Remark !== undefined ? [`Remark ${markdown_code(m.Remark).text}`] : []),
        ...(m.Tags?.length ? [`Tags ${markdown_code(m.Tags.map((t) => `${t.TagKey}=${t.TagValue}`).join(', ')).text}`] : [])
    ];
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/report/summary.ts










/** Tables past this many rows are folded; past MAX_ROWS they are cut, the outputs keep everything. */
const summary_OPEN_ROWS = 20;
const summary_MAX_ROWS = 1000;
/** Undeclared members shown as entries to paste; `tencent-org-members import` writes them all. */
const summary_MAX_SNIPPET = 200;
/**
 * The runner refuses a step summary over 1 MiB whole (nothing is shown but an error), so the summary stops
 * short of it, leaving room for a failure line appended after it.
 */
const MAX_SUMMARY_BYTES = 1_000_000;
const STATUS_ICON = {
    created: '✅ created',
    deleted: '✅ deleted',
    'not-applied': '❌ written, not applied',
    cancelled: '⏹️ cancelled: not sent',
    unknown: '❓ unknown: no answer',
    invited: '✅ invited',
    reinvited: '✅ invited again',
    updated: '✅ updated',
    moved: '✅ moved',
    tagged: '✅ tags set',
    removed: '✅ removed',
    'already-removed': '☑️ already removed',
    'already-invited': '☑️ already invited',
    'still-pending': '☑️ still pending',
    'already-member': '☑️ already a member',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    unreviewed: '🛑 unreviewed: not sent'
};
function renderSummary(o, view = {}) {
    const applied = o.mode === 'apply' && (o.results?.length ?? 0) > 0;
    const r = {
        file: o.file,
        mode: o.mode,
        notes: [...(view.notes ?? []), ...o.notes],
        diagnostics: allFindings(o),
        entries: o.entries.length,
        ...(o.diff ? { plan: o.diff } : {}),
        ...(o.organization ? { organization: { ...o.organization, undeclared: undeclaredMembers(o), alreadyMembers: o.alreadyMembers } } : {}),
        warnings: o.warnings,
        ...(applied && view.record ? { record: view.record } : {}),
        ...(applied ? { results: o.results.map(runResult) } : {}),
        stops: o.stops ?? [],
        ...(o.writes && o.reconcile !== 'none' ? { writePlan: o.writes.filter((w) => w.action !== 'invite') } : {}),
        ...(o.results?.some((x) => x.status === 'unreviewed') ? { held: new Set(o.results.filter((x) => x.status === 'unreviewed').map((x) => x.write)) } : {}),
        reconcileLevel: o.reconcile,
        ...(o.reconciliation ? { reconcile: o.reconciliation } : {}),
        ...(o.cancelled ? { cancelled: o.cancelled } : {}),
        ...(view.lineUrl ? { lineUrl: view.lineUrl } : {}),
        invalid: o.invalid === true,
        ...(o.mode === 'apply' && o.results ? { writeCount: o.results.length } : o.writes ? { writeCount: o.writes.length } : {})
    };
    const lead = o.diff || o.results
        ? sentSection(o, o.mode === 'apply' ? o.results : undefined, {
            ...(o.organization?.nodePaths ? { nodePaths: o.organization.nodePaths } : {}),
            ...(view.lineUrl ? { lineUrl: view.lineUrl } : {})
        })
        : undefined;
    const approvals = approvalSection(o);
    return render(approvals ? { ...r, approvals } : r, lead);
}
function render(r, lead) {
    const parts = [`## Tencent Cloud organization members: ${r.mode}`];
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    parts.push(headline(r, errors.length));
    // What a removal means comes first: it is the one write that cannot be undone from the file. Then what a reviewer
    // approves: every write, before and after. The rest of the plan folds under them.
    const removing = r.reconcile ? removalSection(r.reconcile, r.reconcileLevel ?? 'none', r.mode === 'apply') : undefined;
    if (removing)
        parts.push(removing);
    if (lead && errors.length === 0)
        parts.push(lead);
    // What each tier needs and who approved stays in view: it decides whether the merge sends anything.
    if (r.approvals)
        parts.push(r.approvals);
    const rest = parts.length;
    for (const note of r.notes)
        parts.push(`> ${markdown_text(note)}`);
    for (const warning of r.warnings ?? [])
        parts.push(`> **Warning:** ${markdown_text(warning)}`);
    if (errors.length > 0) {
        parts.push(summary_section(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${markdown_text(r.file)}`, ['Line', 'Problem', 'Message'], errors.map((d) => [d.fileLevel ? 'file' : summary_link(r, d.line, `${d.line}:${d.col}`), d.title, d.message]), true));
    }
    if (r.plan)
        parts.push(...planSections(r, r.plan));
    const nodes = r.reconcile ? nodeSection(r.reconcile, r.reconcileLevel, r.mode === 'apply', r.lineUrl) : undefined;
    if (nodes)
        parts.push(nodes);
    if (r.writePlan)
        parts.push(writeSection(r.writePlan, r.reconcileLevel, r.mode === 'apply', r.lineUrl, r.held));
    if (r.reconcile) {
        const undeclared = r.plan ? undefined : r.organization?.undeclared;
        parts.push(...reconcileSections(r.reconcile, {
            file: r.file,
            ...(undeclared ? { undeclared } : {}),
            ...(r.lineUrl ? { lineUrl: r.lineUrl } : {}),
            ...(r.reconcileLevel ? { reconcile: r.reconcileLevel } : {})
        }));
    }
    if (r.results)
        parts.push(...resultSections(r, r.results));
    if (lead && errors.length === 0 && parts.length > rest) {
        const details = parts.splice(rest);
        parts.push(fold('The plan in full: the file, the organization, drift and what is not sent', details.join('\n\n'), false));
    }
    const markdown = parts.join('\n\n') + '\n';
    return markdown_capMarkdown(markdown, MAX_SUMMARY_BYTES, '**The summary is cut here**: the whole of it would pass the 1 MiB GitHub allows a job summary. Every entry and result is in the `plan` and `results` outputs.');
}
function headline(r, errorCount) {
    const errors = `${errorCount} error${errorCount === 1 ? '' : 's'}`;
    if (errorCount > 0 && r.invalid)
        return `**${markdown_text(r.file)} is invalid**: ${errors}; nothing was sent.`;
    // A valid file the run refused (a guard, the organization, a truncation) is not called invalid.
    if (errorCount > 0)
        return `**Refused**: ${errors} below; nothing was sent.`;
    const facts = [`**${r.entries}** entr${r.entries === 1 ? 'y' : 'ies'} in ${markdown_code(r.file)}`];
    if (r.writeCount !== undefined)
        facts.unshift(`**${r.writeCount}** write${r.writeCount === 1 ? '' : 's'} ${r.mode === 'apply' ? 'sent' : 'on merge'}`);
    if (r.plan) {
        const p = r.plan;
        facts.push(`**${p.added.length}** added, **${p.changed.length}** changed, **${p.removed.length}** removed, **${p.unchanged}** unchanged`);
        facts.push(p.base ? `against ${markdown_code(p.base.slice(0, 12))}` : 'with no base revision');
        const o = r.organization;
        facts.push(o ? `checked against the organization (${o.nodes} nodes, ${o.members} members)` : 'file checked on its own');
    }
    if (!r.plan && r.organization)
        facts.push(`compared with the organization (${r.organization.nodes} nodes, ${r.organization.members} members)`);
    if (r.reconcile)
        facts.push(stateCounts(r.reconcile));
    const invites = (r.results ?? []).filter((x) => x.action === 'invite');
    if (invites.length > 0) {
        const count = (...s) => invites.filter((x) => s.includes(x.status)).length;
        facts.push(`**${count('invited')}** invited, **${count('already-invited', 'already-member')}** already done, **${count('failed', 'unknown')}** failed, **${count('skipped', 'cancelled')}** skipped`);
    }
    const writes = (r.results ?? []).filter((x) => x.action !== 'invite');
    if (writes.length > 0) {
        const count = (...s) => writes.filter((x) => s.includes(x.status)).length;
        facts.push(`reconcile: **${count('updated', 'moved', 'tagged', 'reinvited', 'removed', 'created', 'deleted')}** written, **${count('still-pending', 'already-member', 'already-removed')}** already done, **${count('failed', 'not-applied', 'unknown')}** failed, **${count('skipped', 'cancelled')}** skipped`);
    }
    const unreviewed = (r.results ?? []).filter((x) => x.status === 'unreviewed').length;
    if (unreviewed > 0)
        facts.push(`**${unreviewed}** held back as unreviewed (the reviewed plan did not show ${unreviewed === 1 ? 'it' : 'them'})`);
    return facts.join(' · ');
}
function planSections(r, plan) {
    const out = [];
    if (plan.added.length > 0) {
        const members = new Set(r.organization?.alreadyMembers ?? []);
        out.push(summary_section(`Added (${plan.added.length})${r.mode === 'apply' ? '' : ': to be invited on merge'}`, ['MemberUin', 'Name', 'NodeId', 'PermissionIds', 'Line', 'Note'], plan.added.map((e) => [
            e.member.MemberUin,
            markdown_text(e.member.Name),
            e.member.NodeId,
            e.member.PermissionIds,
            summary_link(r, e.line),
            members.has(e) ? 'already a member: not invited' : ''
        ])));
    }
    if (plan.changed.length > 0) {
        out.push(summary_section(
        // With reconcile, what the organization still lacks of these changes is in the Reconcile section.
        `Changed (${plan.changed.length})${r.writePlan ? `: applied where the organization differs (reconcile: ${r.reconcileLevel})` : ': not applied'}`, ['MemberUin', 'Name', 'Fields', 'Line'], plan.changed.map((c) => [c.entry.member.MemberUin, markdown_text(c.entry.member.Name), c.fields, summary_link(r, c.entry.line)])));
    }
    if (plan.removed.length > 0) {
        out.push(summary_section(`Removed (${plan.removed.length})${r.reconcileLevel === 'all' ? ': taken out of the organization on apply where still members (reconcile: all)' : ': not applied'}`, ['MemberUin', 'Name', 'Line in base'], plan.removed.map((e) => [e.member.MemberUin, markdown_text(e.member.Name), e.line])));
    }
    if (plan.added.length + plan.changed.length + plan.removed.length === 0)
        out.push('No membership change.');
    const undeclared = r.organization?.undeclared ?? [];
    if (undeclared.length > 0) {
        const shown = undeclared.slice(0, summary_MAX_SNIPPET);
        const more = undeclared.length > shown.length
            ? `\n\n…and ${undeclared.length - shown.length} more: \`tencent-org-members import\` writes a members file with every member of the organization.`
            : '';
        const snippet = '```yaml\n' + undeclaredSnippet(shown) + '\n```' + more;
        out.push(`### Not declared (${undeclared.length}): members of the organization that ${markdown_text(r.file)} does not list\n\n` +
            `They are left alone (this action never removes a member the file never declared). To keep them as code, add these entries under \`members:\`:\n\n` +
            (undeclared.length > summary_OPEN_ROWS ? fold(`${undeclared.length} entries`, snippet, false) : snippet));
    }
    return out;
}
function resultSections(r, results) {
    const out = [];
    if (r.cancelled) {
        out.push(`> **Cancelled (${markdown_text(r.cancelled)})**: nothing new was sent once the signal came; answers already on their way were waited for (5 s at most). Each write below says what became of it: ${markdown_code('cancelled')} was never sent, ${markdown_code('unknown')} was sent and got no answer. Rerun to finish the rest: a rerun reads the organization before sending.`);
    }
    const inviteStop = r.stops.find((s) => s.api === 'InviteOrganizationMember');
    if (inviteStop) {
        const stop = inviteStop;
        out.push(`> **Stopped on ${markdown_text(stop.code)}**: ${markdown_text(`${stop.description}${stop.hint ? ' ' + stop.hint : ''} Entries not yet sent were skipped.`)}`);
    }
    if (r.record) {
        const { commit, actor, runUrl } = r.record;
        out.push(`**Record**: commit ${markdown_code(commit.slice(0, 12) || 'unknown')} by @${actor || 'unknown'} · run ${runUrl ? `[${markdown_text(runUrl.split('/').pop())}](${runUrl})` : 'unknown'} · each write's RequestId and time below, and in the \`results\` output.`);
    }
    if (results.length > 0) {
        const failedFirst = [...results].sort((a, b) => rank(a) - rank(b));
        // The action column only when something besides invitations was sent: a run without reconcile reads as before.
        const actions = results.some((x) => x.action !== 'invite');
        out.push(summary_section(`Results (${results.length})`, [...(actions ? ['Action'] : []), 'MemberUin', 'Name', 'Status', 'Code', 'RequestId', 'Time', 'Message'], failedFirst.map((x) => [...(actions ? [x.action] : []), x.MemberUin ?? x.Node, markdown_text(x.Name ?? ''), STATUS_ICON[x.status], x.code, x.requestId, x.at, x.message]), true));
    }
    return out;
}
function rank(x) {
    return [
        'failed',
        'not-applied',
        'unknown',
        'cancelled',
        'skipped',
        'unreviewed',
        'invited',
        'reinvited',
        'updated',
        'moved',
        'tagged',
        'removed',
        'already-invited',
        'still-pending',
        'already-member',
        'already-removed'
    ].indexOf(x.status);
}
function summary_section(title, head, rows, important = false) {
    const shown = rows.slice(0, summary_MAX_ROWS);
    let body = table(head, shown);
    if (rows.length > shown.length)
        body += `\n\n…and ${rows.length - shown.length} more (the action's outputs list them all).`;
    return `### ${title}\n\n` + (rows.length > summary_OPEN_ROWS ? fold(`${rows.length} rows`, body, important && rows.length <= 100) : body);
}
function summary_link(r, line, shown = String(line)) {
    return raw(r.lineUrl ? `[${shown}](${r.lineUrl(line)})` : shown);
}

// EXTERNAL MODULE: ./src/manifest/validation-worker.ts
var validation_worker = __nccwpck_require__(6193);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(3053);
;// CONCATENATED MODULE: ./src/organization/departures.ts
// When a request really leaves. The runtime's fetch (undici, under the SDK: see README) announces on a diagnostics
// channel the moment a request's headers are written to its socket, after the connection (and TLS) is up; the API
// counts requests as they arrive, so that moment, not when a pacer gave the turn, is what a rate limit window holds.
// Another HTTP client announces nothing: the pacers then count from their turns, as before.

const CHANNEL = 'undici:client:sendHeaders';
const listeners = new Map();
let subscribed = false;
/** Calls `listener` with the time (Date.now()) each request of API action `action` leaves. Returns the unsubscribe. */
function onDeparture(action, listener) {
    if (!subscribed) {
        (0,external_node_diagnostics_channel_.subscribe)(CHANNEL, announced);
        subscribed = true;
    }
    let set = listeners.get(action);
    if (!set)
        listeners.set(action, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
}
function announced(message) {
    const at = Date.now();
    const headers = message.headers;
    const action = actionOf(headers);
    if (action)
        for (const listener of listeners.get(action) ?? [])
            listener(at);
}
/** The X-TC-Action of a request's headers: one raw block of `name: value` lines, or (other versions) a flat array. */
function actionOf(headers) {
    if (typeof headers === 'string')
        return /\r\nx-tc-action:[ \t]*([A-Za-z]+)/i.exec(headers)?.[1];
    if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2)
            if (String(headers[i]).toLowerCase() === 'x-tc-action')
                return String(headers[i + 1]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/organization/pacer.ts
// Paces requests under the API's limit of N per second. The server counts requests as they arrive, so the pace
// is kept on the moments requests actually leave, not on a schedule fixed in advance: p-throttle (used here at
// first) plans every send time up front, and one late send followed by an on-time one squeezed 21 arrivals into a
// second often enough to draw RequestLimitExceeded answers under load (measured with npm run bench).
//
// "20 requests per second" is read as: no one-second window holds more than 20 (plus a margin for jitter). Within
// that, requests leave a quarter of the even spacing apart, so a window's worth goes out in a quarter second and the
// last window of a run is not stretched over a whole second. A RequestLimitExceeded answer means one of two things:
// arrivals bunched up on the way (network jitter beyond the margin), or the API counts some other way, say with a
// small token bucket (undocumented). The first widens the margin; a second turns this pacer to even spacing for the
// rest of the run.

/** Added to the margin by the first throttling answer. */
const WIDER_MARGIN_MS = 50;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class Pacer {
    /** The last `perWindow` requests, oldest first. */
    sent = [];
    queue = Promise.resolve();
    spacing;
    evenSpacing;
    perWindow;
    marginMs;
    throttled = 0;
    unsubscribe;
    closed = false;
    /** @param rate requests per second, at most (fractions allowed) */
    constructor(rate, options = {}) {
        this.evenSpacing = 1000 / rate;
        this.perWindow = Math.max(1, Math.floor(rate));
        this.spacing = this.perWindow > 1 ? this.evenSpacing / 4 : this.evenSpacing;
        this.marginMs = options.marginMs ?? 30;
        this.unsubscribe = options.action ? onDeparture(options.action, (at) => this.left(at)) : undefined;
    }
    /** Every waiting and later turn resolves at once, uncounted: for a run that stopped and will send nothing more. */
    close() {
        this.closed = true;
        this.unsubscribe?.();
    }
    /**
     * Resolves, in call order, when one more request may leave, with the moment it was counted as sent. A turn whose
     * `signal` is aborted before it comes up passes at once, uncounted: a page the read no longer needs takes no slot.
     */
    turn(signal) {
        const next = this.queue.then(() => (signal?.aborted ? Date.now() : this.wait()));
        this.queue = next;
        return next;
    }
    /** Takes a turn, then makes the call. */
    async paced(call) {
        await this.turn();
        return this.answered(call);
    }
    /** Makes a call whose turn was taken; RequestLimitExceeded answers slow the pace (see the top of this file). */
    async answered(call) {
        try {
            return await call();
        }
        catch (e) {
            if (e.code === 'RequestLimitExceeded')
                this.slowDown();
            throw e;
        }
    }
    /** The first throttling answer widens the margin; a second evens out the spacing. */
    slowDown() {
        this.throttled++;
        if (this.throttled === 1)
            this.marginMs += WIDER_MARGIN_MS;
        else
            this.spacing = this.evenSpacing;
    }
    /** Whether a throttling answer has evened out the pace. */
    get evened() {
        return this.spacing === this.evenSpacing;
    }
    /**
     * A request of this action left at `at`. Matched to the oldest turn whose departure was not yet seen; a record only
     * ever moves later, so a departure that was not this pacer's (another pacer of the same action) slows, never hurries.
     */
    left(at) {
        const record = this.sent.find((s) => !s.seen);
        if (!record)
            return;
        record.at = Math.max(record.at, at);
        record.seen = true;
    }
    async wait() {
        while (!this.closed) {
            const now = Date.now();
            const last = this.sent.at(-1)?.at;
            const oldest = this.sent.length === this.perWindow ? this.sent[0].at : undefined;
            const ready = Math.max(last === undefined ? now : last + this.spacing, oldest === undefined ? now : oldest + 1000 + this.marginMs);
            if (ready <= now) {
                this.sent.push({ at: now, seen: false });
                if (this.sent.length > this.perWindow)
                    this.sent.shift();
                return now;
            }
            await sleep(ready - now);
        }
        return Date.now();
    }
}

;// CONCATENATED MODULE: ./src/organization/send.ts
// The one send: every call this action makes to Tencent Cloud, read or write, goes through a Sender. It holds one
// pacer per API action for the whole run (the limit of 20 requests per second is per action, so readers and writers
// of one action share it, and different actions go side by side), one retry loop, one classification through the
// error catalogue, the read-back of a write whose answer was lost, and cancellation.
//
// Cancellation (the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the step): once `cancel` is aborted,
// nothing new leaves; a call waiting for its turn or for its next attempt ends `cancelled`; a call whose request has
// left is waited for at most `graceMs`, and ends `unknown` when no answer came. Reruns read the organization again
// before sending, so an `unknown` write is found done or sent again.



/** Thrown by reads of a cancelled run. */
class CancelledError extends Error {
    constructor() {
        super('The run was cancelled.');
    }
}
class Skipped extends Error {
    stop;
    constructor(stop) {
        super(stop.message);
        this.stop = stop;
    }
}
/** The grace after a cancellation ran out with this attempt's answer still on its way. */
class Lost extends Error {
}
const VERIFIED = Symbol('verified');
class Sender {
    options;
    pacers = new Map();
    stops = new Map();
    /** Rejects `graceMs` after cancellation: an answer still on its way then is not waited for. */
    graceOver;
    constructor(options) {
        this.options = options;
        this.graceOver = new Promise((_, reject) => {
            const start = () => {
                for (const pacer of this.pacers.values())
                    pacer.close();
                setTimeout(() => reject(new Lost()), options.graceMs ?? 5000).unref();
            };
            if (options.cancel?.aborted)
                start();
            else
                options.cancel?.addEventListener('abort', start, { once: true });
        });
        this.graceOver.catch(() => undefined);
    }
    get cancelled() {
        return this.options.cancel?.aborted === true;
    }
    /** Every action that stopped, in the order they stopped. */
    get stopped() {
        return [...this.stops.values()];
    }
    /** The pacer of one API action, made on first use: one per action for the whole run. */
    pacer(action) {
        let pacer = this.pacers.get(action);
        if (!pacer) {
            pacer = new Pacer(this.options.rateLimit, { action });
            if (this.cancelled)
                pacer.close();
            this.pacers.set(action, pacer);
        }
        return pacer;
    }
    /**
     * A read: paced under its action and retried like any call; rejects with the last error, or CancelledError.
     * `signal`: the caller gave up on the answer (the run stopped early), so pages not yet sent are not sent.
     */
    async read(action, get, signal) {
        const pacer = this.pacer(action);
        const given = () => this.cancelled || signal?.aborted === true;
        try {
            return await withRetries(async () => {
                await pacer.turn(signal);
                if (given())
                    throw new CancelledError();
                return pacer.answered(get);
            }, this.options, { stopped: given, ...(this.options.cancel ? { signal: this.options.cancel } : {}) });
        }
        catch (e) {
            if (given() && !(e instanceof ApiError && e.code))
                throw new CancelledError();
            throw e;
        }
    }
    /** A write: one call with retries, every attempt taking its own turn; never rejects. */
    async call(c) {
        const pacer = this.pacer(c.action);
        let attempts = 0;
        // An attempt without an answer (timeout, reset) may still have reached the API and done its work.
        let lost = false;
        const attempt = async () => {
            if (lost && c.verify && !this.cancelled && (await c.verify().catch(() => false)))
                return VERIFIED;
            await pacer.turn();
            if (this.cancelled)
                throw new CancelledError();
            const stop = this.stops.get(c.action);
            if (stop)
                throw new Skipped(stop);
            attempts++;
            return Promise.race([pacer.answered(c.send), this.graceOver]);
        };
        try {
            const value = await withRetries(attempt, this.options, {
                stopped: () => this.cancelled || this.stops.has(c.action),
                onRetry: (error, n) => {
                    if (unanswered(error))
                        lost = true;
                    this.options.onRetry?.(c.what, error, n);
                },
                ...(this.options.cancel ? { signal: this.options.cancel } : {})
            });
            if (value === VERIFIED)
                return { kind: 'answered', value: undefined, attempts, at: now(), verified: true, lostEarlier: true };
            return { kind: 'answered', value, attempts, at: now(), lostEarlier: lost };
        }
        catch (e) {
            if (e instanceof Skipped)
                return { kind: 'skipped', stop: e.stop, attempts };
            if (e instanceof Lost)
                return { kind: 'unknown', attempts, at: now() };
            if (!(e instanceof ApiError)) {
                // CancelledError, or the cancel signal's own reason from a wait between attempts.
                if (this.cancelled || e instanceof CancelledError)
                    return lost && attempts > 0 ? { kind: 'unknown', attempts, at: now() } : { kind: 'cancelled', attempts };
                const error = new ApiError(String(e), undefined, undefined, undefined);
                return { kind: 'refused', info: classify(error), error, attempts, at: now(), lostEarlier: lost };
            }
            const info = classify(e);
            if (info.action === 'retry' && this.cancelled) {
                // Not tried again because the run was cancelled: a lost answer may have done the work; a refusal did not.
                return unanswered(e) || lost ? { kind: 'unknown', attempts, at: now() } : { kind: 'cancelled', attempts };
            }
            if (info.action === 'stop' && !this.stops.has(c.action)) {
                this.stops.set(c.action, {
                    api: c.action,
                    code: info.code,
                    description: info.description,
                    ...(info.hint ? { hint: info.hint } : {}),
                    message: e.message,
                    ...(e.requestId ? { requestId: e.requestId } : {})
                });
                // Calls waiting for their turn will be skipped: let them through at once instead of at the API's pace.
                pacer.close();
            }
            return { kind: 'refused', info, error: e, attempts, at: now(), lostEarlier: lost };
        }
    }
}
function now() {
    return new Date().toISOString();
}

;// CONCATENATED MODULE: ./src/modes/base-step.ts
// Step: the entries at the base revision (none when there is no base or no file there), read with git or the GitHub
// API. A base file that is invalid stops the run: without it, "added" cannot be told from "already there".

/** `ready`: awaited before parsing, which holds the thread (the organization's first requests leave before it). */
async function readBaseRevision(request, ports, ready) {
    const { file } = request;
    const source = ports.revisions();
    const base = await source.resolve(request.base);
    const notes = [...base.notes];
    if (!base.sha)
        return { sha: null, entries: [], notes };
    const bytes = await source.readFile(base.sha, file);
    if (bytes === null)
        return { sha: base.sha, entries: [], notes: [...notes, `${file} does not exist at ${base.sha.slice(0, 12)}: every entry counts as added.`] };
    await ready;
    const old = (0,validate/* readManifest */.W)(file, bytes);
    if (old.errors.length === 0)
        return { sha: base.sha, entries: old.entries, ...(old.nodes ? { nodes: old.nodes } : {}), notes };
    const first = old.errors[0];
    return {
        sha: base.sha,
        entries: [],
        notes,
        failure: `${file} at the base revision ${base.sha.slice(0, 12)} is invalid (line ${first.line}: ${first.message.replace(/\.$/, '')}), so what is new cannot be told. Set the base input to a revision whose file is valid.`
    };
}

;// CONCATENATED MODULE: ./src/organization/check.ts
// What the live organization says about the file before anything is sent: a node that does not exist (for an entry
// this revision adds, or one that would move), a Name another member already holds, a payer that is not in the
// organization, an added entry that is already a member, and the members the file does not declare.

/**
 * `entries`: the whole file; `diff`: what this revision adds (none in mode drift). `newNodes`: paths of nodes this
 * run creates, which entries may name though they do not exist yet.
 */
function checkAgainstOrganization(file, diff, entries, org, newNodes = new Set()) {
    const nodes = new Map(org.nodes.map((n) => [n.NodeId, n]));
    const members = new Map(org.members.map((m) => [m.MemberUin, m]));
    const owner = new Map(org.members.map((m) => [m.Name, m]));
    const out = { diagnostics: [], alreadyMembers: [], undeclared: [] };
    const added = new Set(diff.added);
    const fileUins = new Set(entries.map((e) => e.member.MemberUin));
    const knownNode = (e) => nodes.has(e.member.NodeId) || (e.node !== undefined && newNodes.has(e.node));
    for (const entry of entries) {
        const m = entry.member;
        const live = members.get(m.MemberUin);
        if (added.has(entry) && live) {
            out.alreadyMembers.push(entry);
            continue;
        }
        // A node is needed by an invitation (an added entry) and by a move (a member whose node differs): both must exist.
        const needsNode = added.has(entry) || (live !== undefined && live.NodeId !== m.NodeId);
        if (needsNode && !knownNode(entry) && entry.node === undefined) {
            const near = nearest(m.NodeId, org.nodes)
                .map((n) => `${n.NodeId} (${n.Name})`)
                .join(', ');
            const move = added.has(entry) ? '' : `, so member ${m.MemberUin} cannot be moved there from node ${live.NodeId}`;
            out.diagnostics.push((0,model_diagnostics/* error */.z3)(file, entry.positions.NodeId ?? entry, 'Unknown NodeId', `NodeId ${m.NodeId} does not exist in the organization${move}.${near ? ` Nearest: ${near}.` : ''}`));
        }
        if (added.has(entry)) {
            const holder = owner.get(m.Name);
            if (holder && holder.MemberUin !== m.MemberUin) {
                out.diagnostics.push((0,model_diagnostics/* error */.z3)(file, entry.positions.Name ?? entry, 'Name in use', `Name "${m.Name}" is already used by member ${holder.MemberUin} of the organization; the API would refuse it (FailedOperation.OrganizationMemberNameUsed).`));
            }
        }
        // The payer pays on the member's behalf from inside the organization: a member, or the management account. One
        // the file declares but that has not joined yet is a warning (the API refuses it until it joins); any other is an
        // error the API would answer with FailedOperation.PayUinIllegal after merge.
        const sendsPayer = m.PayUin !== undefined && (added.has(entry) || (live !== undefined && live.PayUin !== m.PayUin));
        if (sendsPayer && !members.has(Number(m.PayUin)) && String(org.info?.HostUin ?? '') !== m.PayUin) {
            const where = entry.positions.PayUin ?? entry;
            const host = org.info?.HostUin === undefined ? '' : ` nor its management account (${org.info.HostUin})`;
            if (fileUins.has(Number(m.PayUin))) {
                out.diagnostics.push((0,model_diagnostics/* warning */.$e)(file, where, 'Payer not a member yet', `PayUin ${m.PayUin} is declared in ${file} but is not a member of the organization yet: the API refuses a payer outside the organization (FailedOperation.PayUinIllegal) until it joins.`));
            }
            else {
                out.diagnostics.push((0,model_diagnostics/* error */.z3)(file, where, 'Payer not in the organization', `PayUin ${m.PayUin} is neither a member of the organization${host}, nor declared in ${file}: the payer must be a member. The API would refuse it (FailedOperation.PayUinIllegal).`));
            }
        }
    }
    const declared = new Set(entries.map((e) => e.member.MemberUin));
    const host = org.info?.HostUin;
    out.undeclared = org.members.filter((m) => !declared.has(m.MemberUin) && m.MemberUin !== host);
    return out;
}
/** The three nodes closest by ID: a mistyped NodeId is most often a digit off. */
function nearest(id, nodes) {
    return [...nodes].sort((a, b) => Math.abs(a.NodeId - id) - Math.abs(b.NodeId - id) || a.NodeId - b.NodeId).slice(0, 3);
}

;// CONCATENATED MODULE: ./src/organization/read.ts



const PAGE = 50;
/** Pages asked before the first answer says how many there are: a file's entry count is a guess, not a promise. */
const MAX_GUESSED_PAGES = 200;
async function readOrganization(sender, api, options = {}) {
    let calls = 0;
    const counted = (f) => (limit, offset) => {
        calls++;
        return f(limit, offset);
    };
    const about = options.organization ? describeOrganization(sender, api, options.signal, () => calls++) : undefined;
    // Side by side: the limit is per action, and the plan waits on both.
    const [nodes, members, info] = await Promise.all([
        allPages(sender, 'DescribeOrganizationNodes', counted((l, o) => api.describeNodes(l, o)), 0, options.signal),
        allPages(sender, 'DescribeOrganizationMembers', counted((l, o) => api.describeMembers(l, o)), options.expectedMembers ?? 0, options.signal, options.onMembers),
        about
    ]);
    return { nodes, members, calls, ...(info && 'info' in info ? { info: info.info } : {}), ...(info && 'unknown' in info ? { infoUnknown: info.unknown } : {}) };
}
async function describeOrganization(sender, api, signal, count) {
    try {
        return { info: await sender.read('DescribeOrganization', () => (count(), api.describeOrganization()), signal) };
    }
    catch (e) {
        if (e instanceof CancelledError)
            throw e;
        return { unknown: e instanceof ApiError ? `${classify(e).code}: ${retry_describeError(classify(e), e)}` : e.message };
    }
}
async function allPages(sender, action, page, expected, signal, onPage) {
    const items = [];
    let offset = 0;
    // The first round: one page, or as many as expected. Later rounds: what the total says is left.
    let want = Math.min(MAX_GUESSED_PAGES, Math.max(1, Math.ceil(expected / PAGE)));
    for (;;) {
        const offsets = Array.from({ length: want }, (_, i) => offset + i * PAGE);
        const unneeded = offsets.map(() => new AbortController());
        const stop = () => unneeded.forEach((c) => c.abort());
        signal?.addEventListener('abort', stop, { once: true });
        // In flight together; the pacer keeps them in order and in time. The first answer's total drops pages past it.
        const pages = await Promise.all(offsets.map((o, i) => sender
            .read(action, () => page(PAGE, o), unneeded[i].signal)
            .then((p) => {
            offsets.forEach((later, j) => later >= p.total && unneeded[j].abort());
            // Each page handed on as it arrives (the review starts its tag reads), not after the last.
            onPage?.(p.items);
            return p;
        })
            .catch((e) => {
            if (e instanceof CancelledError && !signal?.aborted && !sender.cancelled)
                return undefined;
            throw e;
        })));
        signal?.removeEventListener('abort', stop);
        const answered = pages.filter((p) => p !== undefined);
        for (const p of answered)
            items.push(...p.items);
        const total = Math.max(...answered.map((p) => p.total));
        const last = pages.findLastIndex((p) => p !== undefined);
        if (items.length >= total || pages[last].items.length < PAGE)
            return items;
        // More than guessed, or the organization grew while it was read: go on from where the pages ended.
        offset = offsets[last] + PAGE;
        want = Math.max(1, Math.ceil((total - offset) / PAGE));
    }
}
/**
 * Members whose listing did not carry their tags (`OrgMember.Tags` is optional in the API's answer) get them from the
 * Tag service, read in batches through the send. Only `uins` are asked: those whose entries declare Tags.
 */
async function completeTags(sender, api, org, uins, started) {
    const asked = started ? await started.done() : new Map();
    const unknown = org.members.filter((m) => m.Tags === undefined && uins.has(m.MemberUin) && !asked.has(m.MemberUin)).map((m) => m.MemberUin);
    if (unknown.length === 0 && asked.size === 0)
        return org;
    const found = new Map(asked);
    // Every batch in flight at once: the send paces them under the Tag read's own limit.
    const batches = Array.from({ length: Math.ceil(unknown.length / PAGE) }, (_, i) => unknown.slice(i * PAGE, (i + 1) * PAGE));
    const calls = batches.length + (started?.calls ?? 0);
    for (const tags of await Promise.all(batches.map((batch) => sender.read(read_TAG_READ_ACTION, () => api.describeMemberTags(batch))))) {
        for (const [uin, list] of tags)
            found.set(uin, list);
    }
    return {
        ...org,
        calls: org.calls + calls,
        members: org.members.map((m) => (m.Tags === undefined && uins.has(m.MemberUin) ? { ...m, Tags: found.get(m.MemberUin) ?? [] } : m))
    };
}
/** The Tag service's read of resource tags (sdk-client.ts). */
const read_TAG_READ_ACTION = 'DescribeResourceTagsByResourceIds';
function tagReads(sender, api) {
    const reads = [];
    return {
        get calls() {
            return reads.length;
        },
        add(members) {
            const uins = members.filter((m) => m.Tags === undefined).map((m) => m.MemberUin);
            for (let i = 0; i < uins.length; i += PAGE) {
                const read = sender.read(read_TAG_READ_ACTION, () => api.describeMemberTags(uins.slice(i, i + PAGE)));
                read.catch(() => undefined); // awaited in done()
                reads.push(read);
            }
        },
        async done() {
            const found = new Map();
            for (const tags of await Promise.all(reads))
                for (const [uin, list] of tags)
                    found.set(uin, list);
            return found;
        }
    };
}

;// CONCATENATED MODULE: ./src/organization/reconcilers/results.ts

const results_VERIFIED = 'Applied by an earlier attempt whose answer was lost (a timeout or reset): read back from the organization, not sent again.';
const CANCELLED = 'Not sent: the run was cancelled first.';
const UNKNOWN = 'Sent, but the run was cancelled before the answer came: it may or may not have happened. A rerun reads the organization again before sending.';
/** `done`: the status of a write the API accepted. Refusals that mean "already so" are the caller's to turn first. */
function results_resultOf(write, o, done) {
    switch (o.kind) {
        case 'answered': {
            const requestId = typeof o.value === 'string' && o.value ? { requestId: o.value } : {};
            return { write, status: done, attempts: o.attempts, at: o.at, ...(o.verified ? { message: results_VERIFIED } : requestId) };
        }
        case 'refused': {
            const retried = o.info.action === 'retry' ? ` Gave up after ${o.attempts} attempts.` : '';
            return {
                write,
                status: 'failed',
                code: o.info.code,
                message: `${describeError(o.info, o.error)}${retried}`,
                attempts: o.attempts,
                at: o.at,
                ...(o.error.requestId ? { requestId: o.error.requestId } : {})
            };
        }
        case 'skipped':
            return { write, status: 'skipped', message: `Not sent: ${o.stop.api} stopped on ${o.stop.code}.`, attempts: o.attempts };
        case 'cancelled':
            return { write, status: 'cancelled', message: CANCELLED, attempts: o.attempts };
        case 'unknown':
            return { write, status: 'unknown', message: UNKNOWN, attempts: o.attempts, at: o.at };
    }
}
/** Never sent because something it needs did not happen first (its node was not created). */
function results_notSent(write, message, cancelled) {
    return cancelled ? { write, status: 'cancelled', message: CANCELLED, attempts: 0 } : { write, status: 'skipped', message, attempts: 0 };
}

;// CONCATENATED MODULE: ./src/organization/reconcilers/invitation.ts


/**
 * `members`: the MemberUins the organization has (added entries among them are not invited). `newNodes`: paths of
 * nodes this run creates; an entry naming one is invited once it exists.
 */
function planInvitations(diff, members, rec, level, newNodes = new Set()) {
    const out = [];
    for (const entry of diff.added) {
        if (members.has(entry.member.MemberUin))
            continue;
        out.push({ ...base(entry), action: 'invite', entry, cause: 'change', ...(entry.node && newNodes.has(entry.node) ? { node: entry.node } : {}) });
    }
    if (level === 'none' || !rec)
        return out;
    for (const s of rec.members) {
        if (s.states[0] !== 'pending' || !s.entry)
            continue;
        out.push({ ...base(s.entry), action: 'reinvite', entry: s.entry, cause: 'reinvitation', ...(s.since ? { since: s.since } : {}) });
    }
    return out;
}
function base(entry) {
    return { MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, changes: [] };
}
function sendInvitations(writes, ctx) {
    return eachReported(ctx, writes, async (w) => [await sendOne(w, ctx)]);
}
async function sendOne(w, ctx) {
    let member = w.entry.member;
    if (w.action === 'invite' && w.node) {
        const nodeId = await ctx.nodeId(w.node);
        if (nodeId === undefined)
            return notSent(w, `Not sent: its node ${w.node} was not created (see that write).`, ctx.sender.cancelled);
        member = { ...member, NodeId: nodeId };
    }
    const o = await ctx.sender.call({ action: 'InviteOrganizationMember', what: `MemberUin ${w.MemberUin}`, send: () => ctx.api.invite(member) });
    const again = w.action === 'reinvite';
    if (o.kind === 'refused' && (o.info.action === 'already-invited' || o.info.action === 'already-member')) {
        const answer = { code: o.info.code, attempts: o.attempts, at: o.at, ...(o.error.requestId ? { requestId: o.error.requestId } : {}) };
        if (o.info.action === 'already-member')
            return { write: w, status: 'already-member', message: o.info.description, ...answer };
        if (again)
            return { write: w, status: 'still-pending', message: stillPending(w.since), ...answer };
        const lost = o.lostEarlier ? ' Most likely sent by an earlier attempt of this run whose answer was lost (timeout or reset).' : '';
        return { write: w, status: 'already-invited', message: `${o.info.description}${lost}`, ...answer };
    }
    const result = resultOf(w, o, again ? 'reinvited' : 'invited');
    return again && result.status === 'reinvited' ? { ...result, message: 'The earlier invitation had lapsed or was declined: a new one went out.' } : result;
}
function stillPending(since) {
    const when = since ? `since ${since.date.slice(0, 10)} (commit ${since.commit.slice(0, 12)})` : 'since a date the history does not show';
    return `Still pending ${when}: the invitation is open, nothing was re-sent.`;
}
/** Re-sent invitations learn since when they were pending once the history is read (it is read while they go out). */
function withSince(results, rec) {
    const since = new Map(rec.members.flatMap((s) => (s.since ? [[s.MemberUin, s.since]] : [])));
    return results.map((r) => {
        if (r.write.action !== 'reinvite')
            return r;
        const s = since.get(r.write.MemberUin);
        const write = s ? { ...r.write, since: s } : r.write;
        return { ...r, write, ...(r.status === 'still-pending' ? { message: stillPending(s) } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/organization/tag.ts
/**
 * The region of the member's resource name when the `region` input is empty. The Organization service is global;
 * the Terraform provider puts the provider's region in the name, and ap-guangzhou is the region Tencent Cloud's own
 * tools fall back to (STS sign-in here uses it too).
 */
const DEFAULT_TAG_REGION = 'ap-guangzhou';
/** The resource prefix of a member in the Tag service (the fourth part of its six-part name). */
const MEMBER_RESOURCE_PREFIX = 'member';
/** `qcs::organization:<region>:uin/:member/<MemberUin>`: BuildTagResourceName("organization", "member", region, uin). */
function memberResource(region, uin) {
    return `qcs::organization:${region}:uin/:member/${uin}`;
}
/** The Tag endpoint for an Organization endpoint: a host organization.<rest> gives tag.<rest>; anything else (an emulator's URL) is used as it is. */
function tagEndpointFor(endpoint) {
    const m = /^organization\.(.+)$/i.exec(endpoint.host);
    return m ? { protocol: endpoint.protocol, host: `tag.${m[1]}` } : endpoint;
}
/** What changes a resource's tags from `live` to `file`: ReplaceTags for new or changed values, DeleteTags for keys gone. */
function tagChange(file, live) {
    const want = new Map(file.map((t) => [t.TagKey, t.TagValue]));
    const have = new Map(live.map((t) => [t.TagKey, t.TagValue]));
    const replace = [...want].filter(([k, v]) => have.get(k) !== v).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
    const remove = [...have.keys()].filter((k) => !want.has(k));
    return { replace, remove };
}
let tagSdk;
/** The SDK's Tag client class (deep import: the SDK's index loads every service). */
async function loadTagClient() {
    const mod = await (tagSdk ??= Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(4)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6004)));
    return mod.Client ?? mod.default.Client;
}

;// CONCATENATED MODULE: ./src/organization/reconcilers/member-changes.ts






/** Fields UpdateOrganizationMember changes; NodeId is a move, Tags the Tag service's. */
const UPDATED = ['Name', 'Remark', 'PolicyType', 'PermissionIds', 'IsAllowQuit', 'PayUin'];
function changesOf(s, fields) {
    const differences = s.differences.filter((d) => fields.includes(d.field));
    return {
        changes: differences.map((d) => ({ field: d.field, before: d.live, after: d.file })),
        // A write that also undoes drift says so: the reviewer approves putting back what someone changed in the console.
        cause: differences.some((d) => !d.underReview) ? 'drift' : 'change'
    };
}
function changing(rec, level) {
    if (level === 'none')
        return [];
    return rec.members.filter((s) => s.entry !== undefined && s.live !== undefined);
}
// ---- fields ------------------------------------------------------------------------------------------------------
function planUpdates(rec, level) {
    return changing(rec, level).flatMap((s) => {
        const { changes, cause } = changesOf(s, UPDATED);
        if (changes.length === 0)
            return [];
        return [{ MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line, action: 'update', body: updateBody(s, changes), changes, cause }];
    });
}
/**
 * UpdateOrganizationMember's body: the fields that differ, with the file's values. PolicyType and PermissionIds go
 * together, as the API requires, and PayUin with them whenever the file declares one, so that a change of payer or
 * of permissions always reaches the API as one consistent set. Only declared fields are ever sent (classify.ts).
 */
function updateBody(s, changes) {
    const m = s.entry.member;
    const fields = new Set(changes.map((c) => c.field));
    const body = { MemberUin: m.MemberUin };
    if (fields.has('Name'))
        body.Name = m.Name;
    if (fields.has('Remark') && m.Remark !== undefined)
        body.Remark = m.Remark;
    if (fields.has('IsAllowQuit') && m.IsAllowQuit !== undefined)
        body.IsAllowQuit = m.IsAllowQuit;
    if (fields.has('PolicyType') || fields.has('PermissionIds') || fields.has('PayUin')) {
        body.PolicyType = m.PolicyType;
        body.PermissionIds = [...m.PermissionIds];
        if (m.PayUin !== undefined)
            body.PayUin = m.PayUin;
    }
    return body;
}
function sendUpdates(writes, ctx) {
    return eachReported(ctx, writes, async (w) => [
        resultOf(w, await ctx.sender.call({ action: 'UpdateOrganizationMember', what: `the update of ${w.MemberUin}`, send: () => ctx.api.updateMember(w.body), verify: readBack(ctx, [w]) }), 'updated')
    ]);
}
// ---- node membership -------------------------------------------------------------------------------------------
/** `newNodes`: paths this run creates; a member moving into one is moved once it exists. */
function planMoves(rec, level, newNodes = new Set()) {
    return changing(rec, level).flatMap((s) => {
        const { changes, cause } = changesOf(s, ['NodeId']);
        if (changes.length === 0)
            return [];
        const node = s.entry.node && newNodes.has(s.entry.node) ? { node: s.entry.node } : {};
        return [{ MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line, action: 'move', nodeId: s.entry.member.NodeId, changes, cause, ...node }];
    });
}
/**
 * One MoveOrganizationNodeMembers per target node and batch of at most MAX_BATCH (the API's own maximum is
 * undocumented). How the API answers a batch that holds one member it refuses is undocumented too (the whole batch
 * refused, or all but that one moved): when a batch of several fails on anything but a stop or a cancellation, each
 * of its members is sent again alone, so every member gets its own answer. Moving a member to the node it is already
 * in changes nothing, so a batch that half happened is safe to repeat.
 */
async function sendMoves(writes, ctx) {
    const byNode = new Map();
    for (const w of writes) {
        const key = w.node ?? `#${w.nodeId}`;
        byNode.set(key, [...(byNode.get(key) ?? []), w]);
    }
    const batches = [...byNode.values()].flatMap((all) => Array.from({ length: Math.ceil(all.length / MAX_BATCH) }, (_, i) => all.slice(i * MAX_BATCH, (i + 1) * MAX_BATCH)));
    const done = await Promise.all(batches.map(async (batch) => {
        const target = batch[0].node ? await ctx.nodeId(batch[0].node) : batch[0].nodeId;
        if (target === undefined)
            return report(ctx, batch.map((w) => notSent(w, `Not sent: its node ${w.node} was not created (see that write).`, ctx.sender.cancelled)));
        const move = (ws) => ctx.sender.call({
            action: 'MoveOrganizationNodeMembers',
            what: ws.length === 1 ? `the move of ${ws[0].MemberUin}` : `the move to node ${target}`,
            send: () => ctx.api.moveMembers(target, ws.map((w) => w.MemberUin)),
            verify: readBack(ctx, ws, target)
        });
        const o = await move(batch);
        if (o.kind !== 'refused' || batch.length === 1 || o.info.action === 'stop')
            return report(ctx, batch.map((w) => resultOf(w, o, 'moved')));
        return eachReported(ctx, batch, async (w) => [resultOf(w, await move([w]), 'moved')]);
    }));
    const order = new Map(writes.map((w, i) => [w, i]));
    return done.flat().sort((a, b) => order.get(a.write) - order.get(b.write));
}
// ---- tags ----------------------------------------------------------------------------------------------------------
function planTags(rec, level) {
    return changing(rec, level).flatMap((s) => {
        const { changes, cause } = changesOf(s, ['Tags']);
        if (changes.length === 0)
            return [];
        const { replace, remove } = tagChange(s.entry.member.Tags ?? [], s.live.Tags ?? []);
        return [{ MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line, action: 'tags', replace, remove, changes, cause }];
    });
}
/**
 * ModifyResourceTags takes at most ten tags in each of ReplaceTags and DeleteTags: a bigger change is several calls,
 * one after the other, each idempotent (setting a tag to its value, deleting a key that is gone). The write is done when
 * every call is; the first refusal ends it, and says how many of its calls went through.
 */
function sendTags(writes, ctx) {
    return eachReported(ctx, writes, async (w) => {
        const calls = Math.max(Math.ceil(w.replace.length / MAX_TAGS_PER_CALL), Math.ceil(w.remove.length / MAX_TAGS_PER_CALL), 1);
        let last;
        for (let i = 0; i < calls; i++) {
            const replace = w.replace.slice(i * MAX_TAGS_PER_CALL, (i + 1) * MAX_TAGS_PER_CALL);
            const remove = w.remove.slice(i * MAX_TAGS_PER_CALL, (i + 1) * MAX_TAGS_PER_CALL);
            const o = await ctx.sender.call({
                action: 'ModifyResourceTags',
                what: `the tags of ${w.MemberUin}${calls > 1 ? ` (call ${i + 1} of ${calls})` : ''}`,
                send: () => ctx.api.modifyTags(w.MemberUin, replace, remove),
                verify: tagsHold(ctx, w.MemberUin, replace, remove)
            });
            last = resultOf(w, o, 'tagged');
            if (last.status !== 'tagged') {
                if (i > 0)
                    last = { ...last, message: `${last.message ?? ''} ${i} of its ${calls} calls (ten tags each at most) went through before.`.trim() };
                break;
            }
        }
        return [last];
    });
}
// ---- reading back ----------------------------------------------------------------------------------------------
/**
 * Whether the organization already holds what `writes` set (each member read back): asked before sending again
 * after an attempt whose answer was lost. A move is checked against `target`, the node it was sent to.
 */
function readBack(ctx, writes, target) {
    return async () => {
        const read = await Promise.all(writes.map((w) => ctx.sender.read('DescribeOrganizationMembers', () => ctx.api.describeMember(w.MemberUin))));
        return writes.every((w, i) => read[i] !== undefined && holds(w, read[i], target));
    };
}
/** Whether `member`, as read from the organization, holds every value `w` sets. */
function holds(w, member, target) {
    if (w.action === 'move' && target !== undefined)
        return member.NodeId === target;
    return (w.changes.length > 0 &&
        w.changes.every((c) => comparedValue(c.field, c.after) === comparedValue(c.field, liveValue(member, c.field))));
}
/**
 * Whether the member's tags already hold one call's replacements and deletions: from its listing when that carries
 * tags, else from the Tag service.
 */
function tagsHold(ctx, uin, replace, remove) {
    return async () => {
        const listed = (await ctx.sender.read('DescribeOrganizationMembers', () => ctx.api.describeMember(uin)))?.Tags;
        const read = listed ?? (await ctx.sender.read(TAG_READ_ACTION, () => ctx.api.describeMemberTags([uin]))).get(uin) ?? [];
        const tags = new Map(read.map((t) => [t.TagKey, t.TagValue]));
        return replace.every((t) => tags.get(t.TagKey) === t.TagValue) && remove.every((k) => !tags.has(k));
    };
}
function report(ctx, results) {
    for (const r of results)
        ctx.onResult(r);
    return results;
}

;// CONCATENATED MODULE: ./src/organization/reconcilers/removal.ts


/**
 * A removal whose member is already gone reached its goal: the answer to a retry after a lost answer, or to a member
 * that left meanwhile. Assumed (undocumented) to be ResourceNotFound.MemberNotExist, as UpdateOrganizationMember
 * answers; if the API instead succeeds, that is `removed`, just as safe.
 */
const ALREADY_REMOVED = new Set(['ResourceNotFound.MemberNotExist', 'FailedOperation.SomeUinsNotInOrganization']);
/** `anchor`: the line removals are reported on, since their entries are gone (where the file's list starts). */
function planRemovals(rec, level, anchor) {
    if (level !== 'all')
        return [];
    return rec.members.flatMap((s) => s.states[0] === 'remove' && s.before && s.live
        ? [{ action: 'remove', MemberUin: s.MemberUin, Name: s.Name, line: anchor, baseLine: s.before.line, live: s.live, changes: [], cause: 'change' }]
        : []);
}
/**
 * One call per member, a batch of one: each refusal (a delegated administrator, a payer) is that member's own
 * answer, and the API's undocumented batch limit is never reached.
 */
function sendRemovals(writes, ctx) {
    return eachReported(ctx, writes, async (w) => {
        const o = await ctx.sender.call({ action: 'DeleteOrganizationMembers', what: `the removal of ${w.MemberUin}`, send: () => ctx.api.deleteMembers([w.MemberUin]) });
        if (o.kind === 'refused' && ALREADY_REMOVED.has(o.info.code)) {
            return [
                {
                    write: w,
                    status: 'already-removed',
                    code: o.info.code,
                    message: 'Not a member any more: already removed (by an earlier attempt whose answer was lost, or meanwhile).',
                    attempts: o.attempts,
                    at: o.at
                }
            ];
        }
        return [resultOf(w, o, 'removed')];
    });
}

;// CONCATENATED MODULE: ./src/organization/reconcilers/plan.ts



/** `anchor`: the line removals are reported on (their entries are gone). `newNodes`: paths this run creates. */
function planMemberChanges(rec, level, anchor = 1, newNodes = new Set()) {
    const none = { base: null, added: [], changed: [], removed: [], unchanged: 0 };
    const writes = [
        ...planInvitations(none, new Set(), rec, level, newNodes),
        ...planUpdates(rec, level),
        ...planMoves(rec, level, newNodes),
        ...planTags(rec, level),
        ...planRemovals(rec, level, anchor)
    ];
    const position = new Map(rec.members.map((s, i) => [s.MemberUin, i]));
    const order = ['reinvite', 'remove', 'update', 'move', 'tags'];
    return writes.sort((a, b) => position.get(a.MemberUin) - position.get(b.MemberUin) || order.indexOf(a.action) - order.indexOf(b.action));
}

;// CONCATENATED MODULE: ./src/organization/reconcilers/node-reconciler.ts
// Nodes: AddOrganizationNode for declared nodes that do not exist (parents first), UpdateOrganizationNode for a
// renamed pinned node or a Remark that differs, DeleteOrganizationNodes for nodes this revision takes out of `nodes:`,
// last and only when empty. The root is never touched; a node is never moved (the API cannot).




/**
 * The node writes `level` allows, parents before children. `rec`: the members' states, and `moves`: the moves this
 * run makes, so that a node to delete is checked empty after them. `anchor`: the line a deletion is reported on.
 */
function planNodeWrites(nodes, rec, moves, level, file, anchor) {
    const writes = [];
    const diagnostics = [];
    if (level === 'none')
        return { writes, diagnostics };
    for (const s of nodes) {
        if (s.state === 'create' && s.entry) {
            const changes = [{ field: 'Name', before: null, after: (0,node_paths/* nameOf */.Vb)(s.path) }, ...(s.entry.Remark !== undefined ? [{ field: 'Remark', before: null, after: s.entry.Remark }] : [])];
            // Declared at the base revision and gone from the organization: creating it again undoes drift.
            writes.push({
                action: 'create-node',
                path: s.path,
                parent: (0,node_paths/* parentOf */.gN)(s.path),
                Name: (0,node_paths/* nameOf */.Vb)(s.path),
                ...(s.entry.Remark !== undefined ? { Remark: s.entry.Remark } : {}),
                line: s.entry.line,
                changes,
                cause: s.before ? 'drift' : 'change'
            });
        }
        if (s.state === 'update' && s.entry && s.NodeId !== undefined) {
            const body = {};
            for (const d of s.differences)
                body[d.field] = d.file ?? '';
            writes.push({
                action: 'update-node',
                NodeId: s.NodeId,
                path: s.path,
                body,
                line: s.entry.line,
                changes: s.differences.map((d) => ({ field: d.field, before: d.live, after: d.file })),
                cause: s.differences.some((d) => !d.underReview) ? 'drift' : 'change'
            });
        }
    }
    if (level !== 'all')
        return { writes: sorted(writes), diagnostics };
    const deleting = nodes.filter((s) => s.state === 'remove' && s.NodeId !== undefined);
    const gone = new Set(deleting.map((s) => s.NodeId));
    const movedAway = new Map(moves.filter((w) => w.action === 'move').map((w) => [w.MemberUin, w]));
    for (const s of deleting) {
        // Empty after this run: no member stays in it (moves out count, removals of members count), no child that stays.
        const staying = rec.members.filter((m) => m.live?.NodeId === s.NodeId && !movedAway.has(m.MemberUin) && !(m.states[0] === 'remove' && m.before));
        const children = nodes.filter((c) => c.live?.ParentNodeId === s.NodeId && !gone.has(c.NodeId));
        if (staying.length > 0 || children.length > 0) {
            const inside = [
                ...(staying.length > 0 ? [`member${staying.length === 1 ? '' : 's'} ${staying.map((m) => `${m.MemberUin} (${m.Name})`).join(', ')}`] : []),
                ...(children.length > 0 ? [`child node${children.length === 1 ? '' : 's'} ${children.map((c) => c.path).join(', ')}`] : [])
            ].join(' and ');
            diagnostics.push((0,model_diagnostics/* error */.z3)(file, { line: anchor, col: 1 }, 'Node not empty', `${s.path} (NodeId ${s.NodeId}, line ${s.before?.line ?? '?'} of the base revision) is taken out of nodes:, but after this run it would still hold ${inside}. Move them out (or take them out too) first, or keep the node.`));
            continue;
        }
        writes.push({ action: 'delete-node', NodeId: s.NodeId, path: s.path, line: anchor, baseLine: s.before?.line ?? 0, changes: [], cause: 'change' });
    }
    return { writes: sorted(writes), diagnostics };
}
/** Creations parents first; deletions children first; updates between. */
function sorted(writes) {
    const rank = { 'create-node': 0, 'update-node': 1, 'delete-node': 2 };
    return writes.sort((a, b) => rank[a.action] - rank[b.action] || (a.action === 'delete-node' ? (0,node_paths/* depthOf */.d1)(b.path) - (0,node_paths/* depthOf */.d1)(a.path) : (0,node_paths/* depthOf */.d1)(a.path) - (0,node_paths/* depthOf */.d1)(b.path)));
}
/**
 * The id of every node a run's writes name by path: a live node's at once, a new node's once it is created (or
 * undefined, when its creation failed). Writes into a new node wait for that node alone.
 */
class NodeIds {
    live;
    pending = new Map();
    constructor(live, creating) {
        this.live = live;
        for (const path of creating) {
            let settle;
            const promise = new Promise((resolve) => (settle = resolve));
            this.pending.set(path, { promise, settle });
        }
    }
    get(path) {
        return this.pending.get(path)?.promise ?? Promise.resolve(this.live.get(path));
    }
    settle(path, id) {
        this.pending.get(path)?.settle(id);
    }
    /** Whatever was not created by now never will be (a cancelled run): writes waiting for it end. */
    settleAll() {
        for (const [path] of this.pending)
            this.settle(path, undefined);
    }
}
/** Creations, each once its parent exists, announcing each new id; then updates. */
async function sendNodeCreations(writes, ctx, ids, root) {
    const creates = writes.filter((w) => w.action === 'create-node');
    const results = await eachReported(ctx, creates, async (w) => {
        const parent = w.parent === '' ? root : await ids.get(w.parent);
        if (parent === undefined) {
            ids.settle(w.path, undefined);
            return [notSent(w, `Not sent: its parent ${w.parent || 'root'} was not created (see that write).`, ctx.sender.cancelled)];
        }
        let found;
        const o = await ctx.sender.call({
            action: 'AddOrganizationNode',
            what: `the creation of node ${w.path}`,
            send: () => ctx.api.addNode(parent, w.Name, w.Remark),
            // After a lost answer: the node may exist already; creating it again would make a second one.
            verify: async () => (found = await childNamed(ctx, parent, w.Name)) !== undefined
        });
        const result = resultOf(w, o, 'created');
        const id = o.kind === 'answered' ? (o.verified ? found : o.value.nodeId) : undefined;
        ids.settle(w.path, result.status === 'created' ? id : undefined);
        const requestId = o.kind === 'answered' && !o.verified ? o.value.requestId : undefined;
        return [{ ...result, ...(id !== undefined ? { NodeId: id } : {}), ...(requestId ? { requestId } : {}) }];
    });
    const updates = writes.filter((w) => w.action === 'update-node');
    return [
        ...results,
        ...(await eachReported(ctx, updates, async (w) => [
            resultOf(w, await ctx.sender.call({ action: 'UpdateOrganizationNode', what: `the update of node ${w.path}`, send: () => ctx.api.updateNode(w.NodeId, w.body) }), 'updated')
        ]))
    ];
}
/**
 * Deletions, children first, one node per call (the API's per-call maximum is undocumented). A node already gone
 * reached its goal.
 */
async function sendNodeDeletions(writes, ctx) {
    const results = [];
    for (const w of writes.filter((x) => x.action === 'delete-node')) {
        const o = await ctx.sender.call({ action: 'DeleteOrganizationNodes', what: `the deletion of node ${w.path}`, send: () => ctx.api.deleteNodes([w.NodeId]) });
        const gone = o.kind === 'refused' && /NodeNotExist/.test(o.info.code);
        const result = gone
            ? {
                write: w,
                status: 'deleted',
                code: o.info.code,
                message: 'Already gone: deleted by an earlier attempt whose answer was lost, or meanwhile.',
                attempts: o.attempts
            }
            : resultOf(w, o, 'deleted');
        ctx.onResult(result);
        results.push(result);
    }
    return results;
}
/** The id of the child named `name` under `parent`, read from the organization's node pages. */
async function childNamed(ctx, parent, name) {
    const api = ctx.api;
    for (let offset = 0;; offset += 50) {
        const page = await ctx.sender.read('DescribeOrganizationNodes', () => api.describeNodes(50, offset));
        const found = page.items.find((n) => n.ParentNodeId === parent && n.Name === name);
        if (found)
            return found.NodeId;
        if (page.items.length < 50 || offset + 50 >= page.total)
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/modes/steps.ts
// The named steps the modes are made of. Each takes values and returns a value; the few that overlap with others
// (reading the organization while git works, walking the history while the writes go out) return handles that the
// mode starts and awaits at visible points.














/** Step: parse and validate the file. Entries only when there is no error at all. */
function steps_validateFile(request) {
    return (0,validate/* readManifest */.W)(request.file, request.bytes);
}
/** Step: what this revision changes, by MemberUin. */
function steps_diffWithBase(base, manifest) {
    const diff = diff_diff(base.sha, base.entries, manifest.entries);
    return base.nodes ? { ...diff, baseNodes: base.nodes } : diff;
}
/**
 * Handle: the organization read in the background, started before git so that both overlap. `expected`: how many
 * members the file suggests, whose pages are asked at once. `organization`: DescribeOrganization too (the management
 * account), which reconcile's guards and a payer check need. Rejections surface where `state` is awaited.
 */
function startReading(ports, sender, expected, organization) {
    const stop = new AbortController();
    const api = ports.organization();
    const state = api.then((a) => readOrganization(sender, a, { organization, expectedMembers: expected, signal: stop.signal }));
    api.catch(() => undefined);
    state.catch(() => undefined);
    return { api, state, firstPageLeft: firstPageLeft(state), abandon: () => stop.abort() };
}
/**
 * Resolves once the organization's first member page has left (or the read ended): a request whose turn has come
 * still needs the event loop to connect and write, which a long parse would hold up. Another HTTP client announces
 * no departures: then a short wait stands in.
 */
function firstPageLeft(state) {
    return new Promise((resolve) => {
        const stop = onDeparture('DescribeOrganizationMembers', () => done());
        const timer = setTimeout(() => done(), 300);
        function done() {
            stop();
            clearTimeout(timer);
            resolve();
        }
        state.then(done, done);
    });
}
/**
 * Step: members whose listing did not carry their tags, and whose entries declare Tags, get them from the Tag
 * service: an unknown is never compared as "no tags".
 */
async function knowTags(org, entries, sender, api) {
    const declared = new Set(entries.filter((e) => e.member.Tags !== undefined).map((e) => e.member.MemberUin));
    return completeTags(sender, api, org, declared);
}
/** Step: the limits a diff must keep before the organization is even compared. */
function checkDiff(request, diff) {
    const { file } = request;
    // A file that lost a quarter of its entries: refused with reconcile: all, a loud warning otherwise.
    const truncated = truncationCheck(file, diff.removed.length + diff.changed.length + diff.unchanged, diff.removed.length, request.reconcile);
    const warnings = truncated.warning ? [truncated.warning] : [];
    if (truncated.failure)
        return { diagnostics: truncated.diagnostics, warnings, failure: truncated.failure };
    if (diff.added.length > request.maxInvites) {
        const failure = `The plan adds ${diff.added.length} members, more than max-invites (${request.maxInvites}); nothing is sent. If this many invitations are intended, raise the max-invites input of the workflow to at least ${diff.added.length}.`;
        return { diagnostics: [(0,model_diagnostics/* error */.z3)(file, { line: diff.added[request.maxInvites].line, col: 1 }, 'Too many invitations', failure)], warnings, failure };
    }
    return { diagnostics: [], warnings };
}
/**
 * Step: the file against the organization. `diff`: this revision's (none in mode drift, where the whole file is
 * compared and nothing is under review). Resolves node paths, classifies every node and MemberUin, asks each
 * resource's reconciler for its writes, and guards them.
 */
function steps_compareWithOrganization(request, diff, manifest, org) {
    const { file } = request;
    const byPath = manifest.nodes !== undefined || manifest.entries.some((e) => e.node !== undefined);
    const nodes = byPath ? resolveNodes(file, manifest.entries, manifest.nodes, diff, org, request.reconcile) : undefined;
    const entries = nodes?.entries ?? manifest.entries;
    const newNodes = nodes?.newNodes ?? new Set();
    const none = { base: null, added: [], changed: [], removed: [], unchanged: entries.length };
    // The diff's entries are the file's as parsed: map them to the resolved ones.
    const resolvedDiff = diff && nodes ? withResolved(diff, entries) : diff;
    const check = checkAgainstOrganization(file, resolvedDiff ?? none, entries, org, newNodes);
    check.diagnostics.unshift(...(nodes?.diagnostics ?? []));
    const classified = classify_classify(entries, resolvedDiff, org);
    const rec = nodes ? { ...classified, nodes: nodes.statuses } : classified;
    const anchor = entries[0]?.line ?? 1;
    const members = resolvedDiff ? planned(request, resolvedDiff, rec, org, anchor, newNodes) : [];
    const nodeWrites = resolvedDiff && nodes ? planNodeWrites(nodes.statuses, rec, members, request.reconcile, file, anchor) : { writes: [], diagnostics: [] };
    check.diagnostics.push(...nodeWrites.diagnostics);
    const writes = [...nodeWrites.writes.filter((w) => w.action !== 'delete-node'), ...members, ...nodeWrites.writes.filter((w) => w.action === 'delete-node')];
    const verdict = guardWrites(file, writes, {
        maxInvites: request.maxInvites,
        maxChanges: request.maxChanges,
        protectedMembers: new Set(request.protectedMembers),
        maxRemovals: request.maxRemovals,
        orgMembers: org.members.length,
        ...(rec.managementUin !== undefined ? { managementUin: rec.managementUin } : {}),
        ...(org.infoUnknown !== undefined && request.reconcile !== 'none' ? { managementUnknown: org.infoUnknown } : {})
    });
    const tree = liveTree(org);
    const nodeIds = new Map();
    for (const n of org.nodes) {
        const path = tree.pathOf(n.NodeId);
        if (path)
            nodeIds.set(path, n.NodeId);
    }
    for (const s of nodes?.statuses ?? [])
        if (s.NodeId !== undefined)
            nodeIds.set(s.path, s.NodeId);
    return { check, rec, entries, writes, verdict, nodeIds, newNodes, rootId: tree.rootId };
}
/** The diff with the entries of this revision replaced by their resolved versions (same positions, NodeId filled in). */
function withResolved(diff, entries) {
    const byUin = new Map(entries.map((e) => [e.member.MemberUin, e]));
    return {
        ...diff,
        added: diff.added.map((e) => byUin.get(e.member.MemberUin) ?? e),
        changed: diff.changed.map((c) => ({ ...c, entry: byUin.get(c.entry.member.MemberUin) ?? c.entry }))
    };
}
/** Each resource's reconciler: invitations of added entries first, then reconcile's writes in the plan's order. */
function planned(request, diff, rec, org, anchor, newNodes) {
    const members = new Set(org.members.map((m) => m.MemberUin));
    const invitations = planInvitations(diff, members, undefined, 'none', newNodes);
    // A removed entry has no line in this file: its write is reported where the list starts.
    return [...invitations, ...planMemberChanges(rec, request.reconcile, anchor, newNodes)];
}
/**
 * Handle: since when pending entries wait, and which members the file once held, from the git history. It never
 * changes a write, so apply sends while it is read.
 */
function startHistory(ports, rec) {
    const uins = needsHistory(rec);
    if (uins.length === 0 || !ports.history)
        return Promise.resolve(rec);
    const full = ports.history(uins).then((lookup) => withHistory(rec, lookup));
    full.catch(() => undefined); // awaited once the writes are out
    return full;
}

;// CONCATENATED MODULE: ./src/organization/approval-tiers.ts
/** The sensitive PermissionIds this write grants (none for a write that grants nothing). */
function sensitiveGrants(w, sensitive) {
    if (w.action === 'invite' || w.action === 'reinvite')
        return w.entry.member.PermissionIds.filter((p) => sensitive.includes(p));
    if (w.action !== 'update')
        return [];
    const change = w.changes.find((c) => c.field === 'PermissionIds');
    if (!change || !Array.isArray(change.after))
        return [];
    const had = new Set(Array.isArray(change.before) ? change.before : []);
    return change.after.filter((p) => typeof p === 'number' && sensitive.includes(p) && !had.has(p));
}
function approval_tiers_tierOf(w, sensitive) {
    if (w.action === 'remove' || w.action === 'delete-node')
        return 'sensitive';
    return sensitiveGrants(w, sensitive).length > 0 ? 'sensitive' : 'changes';
}
/** A sensitive write is a write too: it needs the changes tier's approvals at least. */
function approval_tiers_approvalsNeeded(tier, policy) {
    return tier === 'sensitive' ? Math.max(policy.changes, policy.sensitive) : policy.changes;
}
/** Each tier the writes touch, with what it needs and what it still lacks given `approvedBy` (the approvals that count). */
function approval_tiers_tierStatuses(writes, policy, approvedBy) {
    const count = { changes: 0, sensitive: 0 };
    for (const w of writes)
        count[approval_tiers_tierOf(w, policy.sensitivePermissions)]++;
    return ['changes', 'sensitive']
        .filter((tier) => count[tier] > 0)
        .map((tier) => {
        const needs = approval_tiers_approvalsNeeded(tier, policy);
        return { tier, writes: count[tier], needs, approvedBy: [...approvedBy], missing: Math.max(0, needs - approvedBy.length) };
    });
}

;// CONCATENATED MODULE: ./src/organization/write-keys.ts
// Every planned write as a stable key: what it does, to whom, and each field as it was and as it will be
// (`update:710000000001:PermissionIds=[1,2]>[1,2,7]`). A plan on a pull request keeps the keys of what reviewers saw;
// apply sends a write only when its key is among them (modes/approvals.ts). The state before is part of the key:
// a write that would now undo a console edit made after the review is not the write reviewers approved, even when
// its request is the same.



/** Details longer than this are kept as a hash: the keys live in a pull request comment, which GitHub caps. */
const MAX_DETAIL = 100;
function write_keys_writeKey(w) {
    return `${w.action}:${writes_isMemberWrite(w) ? w.MemberUin : w.path}:${write_keys_short(detail(w))}`;
}
/** What binds a reviewed plan: its version, the file, the head commit, whether the organization was read, and the keys. */
function write_keys_planDigest(file, head, organization, keys) {
    return `sha256:${sha256(JSON.stringify([1, file, head, organization, [...keys].sort()]))}`;
}
function detail(w) {
    switch (w.action) {
        case 'invite':
        case 'reinvite':
            return invitation(w.entry);
        case 'remove':
            return '';
        case 'delete-node':
            return String(w.NodeId);
        case 'create-node':
            return JSON.stringify({ parent: w.parent, Name: w.Name, Remark: w.Remark ?? null });
        case 'update-node':
            return `${w.NodeId}:${changes(w.changes)}`;
        case 'move':
            return changes(w.changes) + (w.node ? `@${w.node}` : '');
        default:
            return changes(w.changes);
    }
}
function changes(list) {
    const value = (field, v) => classify_comparedValue(field, v ?? undefined);
    return [...list]
        .sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0))
        .map((c) => `${c.field}=${value(c.field, c.before)}>${value(c.field, c.after)}`)
        .join(';');
}
/** The entry as the file declares it: its node by path where the file names it so (the id is the organization's). */
function invitation(entry) {
    const { NodeId, ...rest } = entry.member;
    const fields = { ...rest, ...(entry.node !== undefined ? { Node: entry.node } : { NodeId }) };
    fields.PermissionIds = [...entry.member.PermissionIds].sort((a, b) => a - b);
    if (entry.member.Tags)
        fields.Tags = JSON.parse(classify_comparedValue('Tags', entry.member.Tags));
    return JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1))));
}
function write_keys_short(text) {
    return text.length <= MAX_DETAIL ? text : `#${sha256(text).slice(0, 16)}`;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// One sticky pull request comment with the plan, found again by a hidden marker and updated in place.


/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_COMMENT = 65_536;
/**
 * The author of comments made with the workflow's own GITHUB_TOKEN. Never assumed for a token GitHub does not
 * name: an app's installation token writes as `<app-slug>[bot]` (GitHubApi.viewer finds out which).
 */
const ACTIONS_BOT = 'github-actions[bot]';
function comment_marker(file) {
    return `<!-- tencent-org-members: ${file} -->`;
}
/** `hidden`: the reviewed plan's block (reviewed-plan.ts), right after the marker, kept whole however the plan is cut. */
function commentBody(file, markdown, runUrl, hidden) {
    const head = comment_marker(file) + '\n' + (hidden ? hidden + '\n' : '');
    const tail = `\n\n<sub>Updated by the run ${runUrl ? `[${runUrl.split('/').pop()}](${runUrl})` : 'of this workflow'}.</sub>\n`;
    const cut = `**The plan is too long for a comment: it is cut here.** The whole plan is in the ${runUrl ? `[job summary](${runUrl})` : 'job summary'}.`;
    // Bytes are at least as many as characters, so a body within the limit in bytes is within it in characters.
    return head + capMarkdown(markdown, MAX_COMMENT - Buffer.byteLength(head + tail), cut).replace(/\n+$/, '') + tail;
}
/**
 * Creates the comment, or updates the one this action left before. Anyone can write the marker into a comment
 * of their own; only a comment by the token's own account is ever taken as ours and rewritten. When GitHub does
 * not say whose the token is, no comment is: a new one is posted, with a warning when an earlier one carries
 * the marker (it may be ours, but guessing could rewrite someone else's).
 */
async function upsertComment(api, issue, file, body, create = true) {
    const self = await api.viewer();
    const marked = (await api.listComments(issue)).filter((c) => c.body.startsWith(comment_marker(file)));
    const existing = self.login === undefined ? undefined : marked.find((c) => c.author === self.login);
    if (existing) {
        await api.updateComment(existing.id, body);
        return 'updated';
    }
    if (!create)
        return 'none';
    await api.createComment(issue, body);
    if (self.login === undefined && marked.length > 0) {
        core.warning(`GitHub did not say which account the token belongs to (${self.unknown}), so the earlier plan comment${marked.length === 1 ? '' : 's'} on pull request #${issue} could not be recognised as this action's: a new one was posted, and ${marked.length === 1 ? 'the earlier one was' : 'the earlier ones were'} left as they are.`, { title: 'Plan comment not recognised' });
    }
    return 'created';
}

;// CONCATENATED MODULE: ./src/report/reviewed-plan.ts

const TAG = 'tencent-org-members:reviewed-plan';
/** Room the block may take in a comment of at most 65,536 characters, the rest being the plan people read. */
const MAX_BLOCK = 40_000;
function reviewedPlanBlock(plan) {
    const block = (p) => `<!-- ${TAG} ${Buffer.from(JSON.stringify(p)).toString('base64')} -->`;
    const full = block(plan);
    if (full.length <= MAX_BLOCK)
        return full;
    return block({ ...plan, keys: [], digest: planDigest(plan.file, plan.head, plan.organization, []), tooLarge: true });
}
/** The plan a comment holds; undefined when it holds none; a sentence when it holds one that does not check out. */
function reviewed_plan_readReviewedPlan(body) {
    const found = [...body.matchAll(new RegExp(`<!-- ${TAG} ([A-Za-z0-9+/=]*) -->`, 'g'))];
    if (found.length === 0)
        return undefined;
    if (found.length > 1)
        return { invalid: 'it holds more than one reviewed plan' };
    let data;
    try {
        data = JSON.parse(Buffer.from(found[0][1], 'base64').toString('utf8'));
    }
    catch {
        return { invalid: 'its reviewed plan is not readable' };
    }
    const p = data;
    const shaped = typeof p === 'object' &&
        p !== null &&
        p.version === 1 &&
        typeof p.file === 'string' &&
        typeof p.head === 'string' &&
        /^[0-9a-f]{40,64}$/.test(p.head) &&
        typeof p.organization === 'boolean' &&
        Array.isArray(p.keys) &&
        p.keys.every((k) => typeof k === 'string' && k.length <= 400) &&
        typeof p.digest === 'string' &&
        (p.tooLarge === undefined || p.tooLarge === true);
    if (!shaped)
        return { invalid: 'its reviewed plan is not in the form this action writes' };
    const plan = p;
    if (planDigest(plan.file, plan.head, plan.organization, plan.keys) !== plan.digest)
        return { invalid: 'its digest is not the digest of the writes it lists (the comment was edited)' };
    return plan;
}

;// CONCATENATED MODULE: ./src/modes/approvals.ts
// Approvals, as plan and apply use them (CONTRACT.md, "Approvals: what was approved is what is applied").
//
// Plan, on a pull request: the plan's writes as keys (organization/write-keys.ts), kept hidden in the sticky
// comment with a digest and the head commit they were planned on; and with `approvals` set, which tiers the change
// touches, what each needs and who approved, read from GitHub (github/approvals.ts).
//
// Apply: the pull request is the one whose merge made GITHUB_SHA; a commit no pull request merged has no approvals.
// What apply may send is bound twice, and neither bound can be widened by editing or deleting the comment:
// 1. The comment's keys: the plan on the pull request's final head, against the organization as reviewers saw it.
//    They count only from a comment written by the token's own account (the action's identity) and last edited by it
//    (GraphQL's `editor`: anyone with write access can edit any comment, and the author stays), holding one plan
//    whose digest is over exactly the keys it lists, made on the pull request's final head commit, for this file.
//    A missing, edited, or other comment gives no keys: then nothing is reviewed, and nothing is sent.
// 2. A recomputation from git: the plan of the final head's own file (the head commit is in the repository after the
//    merge; a squashed head is fetched) against this apply's base and the organization as it is now. The digest is no
//    secret, and the token's identity can be borrowed (any workflow of the repository writes as github-actions[bot]),
//    so a forged plan is conceivable; intersected with this, it can at most name a write the reviewed file itself
//    makes, never one for an entry the reviewed head does not hold or a value it does not set.
// A write outside both is `unreviewed`: not sent, reported on its line; the next pull request, or a
// workflow_dispatch run with reconcile, sends it. A workflow_dispatch run is a person's deliberate request on the
// default branch, which the approvals of the pull request that merged its commit still gate; it sends what the
// organization needs now, without the reviewed-plan bound (that is how held-back writes are sent).
// Then each tier (organization/approval-tiers.ts) must have its approvals, or the whole apply is refused before
// anything is sent, one error per write of a lacking tier.










// ---- plan --------------------------------------------------------------------------------------------------------
/** The writes a plan shows: every write when the organization was read, else the invitations of added entries alone. */
function shownWrites(planned) {
    if (planned.compared)
        return planned.compared.writes;
    const diff = planned.outcome.diff;
    return diff && !planned.outcome.failure ? planInvitations(diff, new Set(), undefined, 'none') : [];
}
/** On a pull request: the plan reviewers see, to keep in the comment. */
function reviewedPlanOf(request, planned) {
    const pr = request.change?.pullRequest;
    if (!pr)
        return undefined;
    const organization = planned.compared !== undefined;
    const keys = [...new Set(shownWrites(planned).map(write_keys_writeKey))].sort();
    return { version: 1, file: request.file, head: pr.head, organization, keys, digest: write_keys_planDigest(request.file, pr.head, organization, keys) };
}
/** Handle: the pull request's approvals, read while the plan is made. Never rejects. */
function startPlanApprovals(request, ports) {
    const number = request.change?.pullRequest?.number;
    if (!request.approvals || number === undefined)
        return undefined;
    return (async () => {
        const api = await ports.github?.();
        if (!api)
            return { unreadable: 'there is no github-token, so who approved cannot be read' };
        return { pr: await new approvals_ApprovalReader(api).pullRequest(number) };
    })().catch((e) => ({ unreadable: approvals_approvalsUnreadable(e.message, e.status) }));
}
function planApprovalStatus(request, planned, read) {
    const policy = request.approvals;
    return {
        policy,
        ...(read.pr ? { pullRequest: read.pr } : {}),
        ...(read.unreadable ? { unreadable: read.unreadable } : {}),
        tiers: approval_tiers_tierStatuses(shownWrites(planned), policy, read.pr?.counted ?? [])
    };
}
/** Handle: who approved the pull request that made GITHUB_SHA, and its reviewed plan, read while the organization is. */
function startApplyApprovals(request, ports) {
    if (!request.approvals)
        return undefined;
    return readEvidence(request, ports).catch((e) => ({ kind: 'unreadable', why: approvalsUnreadable(e.message, e.status) }));
}
async function readEvidence(request, ports) {
    const api = await ports.github?.();
    if (!api) {
        return {
            kind: 'unreadable',
            why: 'approvals is set, so apply reads who approved the merged pull request through the GitHub API, and there is no github-token: give the github-token input (the default, the workflow token, needs `permissions: pull-requests: read`).'
        };
    }
    const sha = request.change?.sha ?? '';
    const reader = new ApprovalReader(api);
    const number = await reader.mergedAs(sha);
    if (number === null)
        return { kind: 'direct-push' };
    const [pr, comment] = await Promise.all([
        reader.pullRequest(number),
        request.change?.event === 'workflow_dispatch' ? Promise.resolve(undefined) : reviewedComment(api, number, request.file)
    ]);
    return { kind: 'pull-request', pr, ...(comment ? { comment } : {}) };
}
/** The reviewed plan of the pull request's comment, when a comment by the token's own account holds a sound one. */
async function reviewedComment(api, number, file) {
    const self = await api.viewer();
    if (self.login === undefined)
        return { why: `GitHub did not say which account the token belongs to (${self.unknown}), so the plan comment cannot be told from a copy` };
    const mine = (await api.listComments(number)).filter((c) => c.author === self.login && c.body.startsWith(marker(file)));
    if (mine.length === 0)
        return { why: `pull request #${number} has no plan comment by ${self.login} (it was deleted, or the plan did not run on the pull request)` };
    const comment = mine.at(-1);
    // The author stays when someone else edits: only a comment last written by the token's own account is its plan.
    const editor = await api.commentEditor(comment.nodeId).catch((e) => ({ failed: e.message }));
    if ('failed' in editor)
        return { why: `who last edited the plan comment on pull request #${number} could not be read (${editor.failed})` };
    if (editor.login !== undefined && editor.login !== self.login)
        return { why: `the plan comment on pull request #${number} was last edited by ${editor.login}, not by ${self.login}` };
    const found = readReviewedPlan(comment.body);
    if (found === undefined)
        return { why: `the plan comment on pull request #${number} holds no reviewed plan` };
    if ('invalid' in found)
        return { why: `the plan comment on pull request #${number} cannot be trusted: ${found.invalid}` };
    if (found.file !== file)
        return { why: `the plan comment on pull request #${number} is for ${found.file}, not ${file}` };
    return { plan: found };
}
/** Apply's gate: the reviewed-plan bound, then the tiers. `planned` has its comparison (the organization was read). */
async function gateWrites(request, ports, planned, evidence) {
    const policy = request.approvals;
    const writes = planned.compared.writes;
    const file = request.file;
    if (evidence.kind === 'unreadable') {
        const status = { policy, tiers: tierStatuses(writes, policy, []), unreadable: evidence.why };
        return { send: [], held: [], diagnostics: [], status, failure: evidence.why };
    }
    const pr = evidence.kind === 'pull-request' ? evidence.pr : undefined;
    let send = writes;
    let held = [];
    let reviewedFrom;
    // A direct push is refused for its approvals below; with tiers that need none, it has no reviewed plan to send.
    if (request.change?.event !== 'workflow_dispatch') {
        const source = pr
            ? await reviewedKeys(request, ports, planned, pr, evidence.kind === 'pull-request' ? evidence.comment : undefined)
            : { why: 'no pull request merged this commit' };
        reviewedFrom = { ...(source.comment ? { comment: source.comment } : {}), ...(source.why ? { why: source.why } : {}) };
        send = writes.filter((w) => source.keys?.has(writeKey(w)));
        held = writes
            .filter((w) => !source.keys?.has(writeKey(w)))
            .map((w) => ({ write: w, status: 'unreviewed', message: unreviewedMessage(pr, source.why), attempts: 0 }));
    }
    // The tiers count what would be sent; a direct push has nothing reviewed, so every write asks for its approvals.
    const counted = pr ? send : writes;
    const status = { policy, ...(pr ? { pullRequest: pr } : { directPush: true }), tiers: tierStatuses(counted, policy, pr?.counted ?? []) };
    const lacking = new Set(status.tiers.filter((t) => t.missing > 0).map((t) => t.tier));
    if (lacking.size > 0) {
        const diagnostics = counted
            .filter((w) => lacking.has(tierOf(w, policy.sensitivePermissions)))
            .map((w) => {
            const tier = tierOf(w, policy.sensitivePermissions);
            return error(file, { line: w.line, col: 1 }, 'Approvals missing', missingApprovals(w, tier, approvalsNeeded(tier, policy), status, request.change?.sha ?? ''));
        });
        return { send: [], held: [], diagnostics, status, ...(reviewedFrom ? { reviewedFrom } : {}), failure: approvalsFailure(status) };
    }
    const diagnostics = held.map((r) => warning(file, { line: r.write.line, col: 1 }, 'Not reviewed', `The ${writeName(r.write)}: ${r.message}`));
    return { send, held, diagnostics, status, ...(reviewedFrom ? { reviewedFrom } : {}) };
}
/** The keys apply may send: the comment's (when sound and for the final head), within the final head's own plan. */
async function reviewedKeys(request, ports, planned, pr, comment) {
    const plan = comment?.plan;
    if (!plan)
        return { why: comment?.why ?? 'the pull request has no reviewed plan' };
    if (plan.head !== pr.headSha) {
        return {
            why: `the plan comment was made on ${plan.head.slice(0, 12)}, not on the pull request's final head ${pr.headSha.slice(0, 12)} (the plan did not run after the last push)`
        };
    }
    if (plan.tooLarge)
        return { why: 'the reviewed plan had too many writes to keep in the comment' };
    let headKeys;
    try {
        headKeys = await headPlanKeys(request, ports, planned, pr);
    }
    catch (e) {
        return { why: `the final head's file could not be planned from git (${e.message})` };
    }
    return { keys: new Set(plan.keys.filter((k) => headKeys.has(k))), comment: { digest: plan.digest, head: plan.head, writes: plan.keys.length } };
}
/** The writes the final head's own file makes against this apply's base and the organization now, as keys. */
async function headPlanKeys(request, ports, planned, pr) {
    if (!ports.commitFile || !planned.base || !planned.org)
        throw new Error('git is not available');
    const bytes = await ports.commitFile(pr.headSha, `refs/pull/${pr.number}/head`);
    if (bytes === null)
        throw new Error(`${request.file} is not in ${pr.headSha.slice(0, 12)}`);
    const manifest = validateFile({ file: request.file, bytes });
    if (manifest.errors.length > 0)
        throw new Error(`${request.file} at ${pr.headSha.slice(0, 12)} is invalid`);
    const compared = compareWithOrganization(request, diffWithBase(planned.base, manifest), manifest, planned.org);
    return new Set(compared.writes.map(writeKey));
}

;// CONCATENATED MODULE: ./src/modes/plan.ts
// Mode plan (and validate): validate the file, diff it against the base revision, compare it with the live
// organization, and say what apply would send. Never writes. Apply (apply.ts) is this, then the send.





/** Mode validate: the file alone. No git, no network. */
function plan_validate(request, ports) {
    const manifest = steps_validateFile(request);
    const outcome = start('validate', request, manifest);
    if (manifest.errors.length > 0)
        return invalid(outcome, request.file);
    ports.log(`${request.file} is valid: ${manifest.entries.length} ${manifest.entries.length === 1 ? 'entry' : 'entries'}.`);
    return outcome;
}
async function plan(request, ports, sender = new Sender(request.send)) {
    // Handle: the pull request's reviews are read while the plan is made.
    const approvals = startPlanApprovals(request, ports);
    const planned = await planWrites('plan', request, ports, sender);
    const reviewedPlan = reviewedPlanOf(request, planned);
    if (reviewedPlan)
        planned.outcome.reviewedPlan = reviewedPlan;
    if (approvals)
        planned.outcome.approvals = planApprovalStatus(request, planned, await approvals);
    return finish(planned);
}
/** Every step of plan, for plan and apply. */
async function planWrites(mode, request, ports, sender) {
    const { file } = request;
    const manifest = steps_validateFile(request);
    const outcome = start(mode, request, manifest);
    if (manifest.errors.length > 0)
        return { outcome: invalid(outcome, file) };
    ports.log(`${file} is valid: ${manifest.entries.length} ${manifest.entries.length === 1 ? 'entry' : 'entries'}.`);
    // Handle: the organization does not depend on the base revision, so it is read while git works.
    // The management account is asked for when reconcile may change members, or a payer may be it.
    const management = request.reconcile !== 'none' || manifest.entries.some((e) => e.member.PayUin !== undefined);
    const reading = ports.organization ? startReading(ports, sender, manifest.entries.length, management) : undefined;
    const base = await readBaseRevision(request, ports, reading?.firstPageLeft);
    outcome.notes.push(...base.notes);
    if (base.failure) {
        reading?.abandon();
        return { outcome: { ...outcome, failure: base.failure } };
    }
    const diff = steps_diffWithBase(base, manifest);
    outcome.diff = diff;
    const limits = checkDiff(request, diff);
    outcome.diagnostics.push(...limits.diagnostics);
    outcome.warnings.push(...limits.warnings);
    if (limits.failure) {
        reading?.abandon();
        return { outcome: { ...outcome, failure: limits.failure } };
    }
    if (!reading) {
        // Apply with something to invite and no way to read the organization fails, every added entry unsent.
        if (mode === 'apply' && diff.added.length > 0)
            return { outcome: { ...outcome, results: unsent(diff, 'Not sent: no credentials.'), failure: ports.unreadable ?? 'Apply needs credentials.' } };
        outcome.notes.push(ports.offlineNote ?? 'No credentials: the file was checked on its own; the organization (its nodes and members) was not read.');
        return { outcome };
    }
    let org;
    let api;
    try {
        api = await reading.api;
        org = await knowTags(await reading.state, manifest.entries, sender, api);
    }
    catch (e) {
        if (e instanceof CancelledError)
            return { outcome: { ...outcome, cancelled: cancelSignal(request), failure: 'The run was cancelled while reading the organization; nothing was sent.' } };
        const why = e instanceof ApiError ? describeApiError(e) : e.message;
        if (mode === 'apply')
            return {
                outcome: { ...outcome, results: unsent(diff, 'Not sent: reading the organization failed.'), failure: `Reading the organization failed, so nothing was sent: ${why}` }
            };
        outcome.warnings.push(`The organization could not be read, so the file was checked on its own: ${why}`);
        return { outcome };
    }
    ports.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`);
    const compared = steps_compareWithOrganization(request, diff, manifest, org);
    Object.assign(outcome, against(compared, org));
    outcome.diagnostics.push(...compared.check.diagnostics, ...compared.verdict.diagnostics);
    const refused = compared.check.diagnostics.filter((d) => d.severity === 'error').length;
    if (refused > 0)
        outcome.failure = `The organization would refuse ${refused === 1 ? 'an entry' : `${refused} entries`} of ${file}; nothing was sent.`;
    else if (compared.verdict.failure)
        outcome.failure = compared.verdict.failure;
    // Handle: the history says since when pending entries wait; no write depends on it, so apply sends meanwhile.
    return { outcome, compared, org, api, base, history: startHistory(ports, compared.rec) };
}
/** The plan complete: the history's answers in, awaited. */
async function finish(planned) {
    const reconciliation = await planned.history;
    return reconciliation ? { ...planned.outcome, reconciliation } : planned.outcome;
}
/** The outcome's view of a comparison. */
function against(compared, org) {
    return {
        organization: {
            nodes: org.nodes.length,
            members: org.members.length,
            calls: org.calls,
            nodePaths: Object.fromEntries([...compared.nodeIds].map(([path, id]) => [id, path]))
        },
        alreadyMembers: compared.check.alreadyMembers,
        reconciliation: compared.rec,
        writes: compared.writes
    };
}
function start(mode, request, manifest) {
    return { mode, file: request.file, entries: manifest.entries, diagnostics: [...manifest.errors], notes: [], warnings: [], reconcile: request.reconcile };
}
function invalid(outcome, file) {
    const n = outcome.diagnostics.length;
    return { ...outcome, invalid: true, failure: `${file} has ${n} error${n === 1 ? '' : 's'}; nothing was sent.` };
}
/** A result for every added entry, none of them sent. */
function unsent(diff, message) {
    return diff.added.map((entry) => ({
        write: { action: 'invite', MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, entry, changes: [], cause: 'change' },
        status: 'skipped',
        message,
        attempts: 0
    }));
}
function cancelSignal(request) {
    return String(request.send.cancel?.reason ?? 'cancelled');
}

;// CONCATENATED MODULE: ./src/modes/drift.ts
// Mode drift (a scheduled run, or on demand): the whole file against the live organization, with no diff and no pull
// request. Reads, compares, reports; writes nothing to the organization. The organization is read while the file is
// validated (in a worker when it is large): the read is most of the run, and needs nothing from the file but a guess
// of how many members to expect.







async function drift(request, ports, sender = new Sender(request.send)) {
    const { file } = request;
    // Handle: the read starts first; the SDK loads before the file is validated (its compiling competes with the
    // worker's for the runner's two cores).
    const reading = ports.organization ? startReading(ports, sender, countEntries(request.bytes), true) : undefined;
    await reading?.api.catch(() => undefined);
    const manifest = await (0,validation_worker/* validateAside */.RQ)(file, request.bytes);
    const outcome = start('drift', request, manifest);
    if (manifest.errors.length > 0) {
        reading?.abandon();
        return { ...invalid(outcome, file), failure: `${file} has ${manifest.errors.length} error${manifest.errors.length === 1 ? '' : 's'}; nothing was compared.` };
    }
    ports.log(`${file} is valid: ${manifest.entries.length} ${manifest.entries.length === 1 ? 'entry' : 'entries'}.`);
    if (!reading) {
        return {
            ...outcome,
            failure: 'Mode drift compares the file with the organization, so it needs credentials: the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id.'
        };
    }
    let org;
    try {
        org = await knowTags(await reading.state, manifest.entries, sender, await reading.api);
    }
    catch (e) {
        if (e instanceof CancelledError)
            return { ...outcome, failure: 'The run was cancelled while reading the organization; nothing was compared.' };
        return { ...outcome, failure: `Reading the organization failed, so nothing was compared: ${e instanceof ApiError ? describeApiError(e) : e.message}` };
    }
    ports.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`);
    const compared = steps_compareWithOrganization(request, undefined, manifest, org);
    const reconciliation = await startHistory(ports, compared.rec);
    const drifted = driftCount(reconciliation);
    ports.log(drifted === 0 ? `${file} and the organization agree.` : `${driftWords(reconciliation)} of ${file} and the organization differ.`);
    // Drift plans no writes: what an apply would send is the plan's business, against a diff.
    const { writes: _none, ...view } = against(compared, org);
    const done = { ...outcome, ...view, reconciliation };
    if (request.failOnDrift && drifted > 0) {
        done.failure = `${file} and the organization differ for ${driftWords(reconciliation)} (fail-on-drift is on); the job summary lists every difference.`;
    }
    return done;
}
/** A guess, before parsing, of how many entries the file holds: every entry has one MemberUin key. */
function countEntries(bytes) {
    let n = 0;
    for (let at = bytes.indexOf('MemberUin:'); at >= 0; at = bytes.indexOf('MemberUin:', at + 10))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/organization/endpoint.ts
// `endpoint` accepts what people paste: a bare host, or a URL with scheme and port (an emulator, a proxy).
const DEFAULT_ENDPOINT = 'organization.tencentcloudapi.com';
function parseEndpoint(value) {
    const text = value.trim() || DEFAULT_ENDPOINT;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new Error(`endpoint "${value}" is neither a host name nor a URL.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`endpoint "${value}" must use https:// or http://, not ${url.protocol}//.`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
        throw new Error(`endpoint "${value}" must be a host (and port), with no path, query or credentials.`);
    }
    return { protocol: url.protocol === 'https:' ? 'https://' : 'http://', host: url.host };
}
/** Plain http is for an emulator on this machine; anywhere else it exposes the requests to the network. */
function isLoopback(endpoint) {
    const hostname = endpoint.host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    // An IPv4 literal in 127.0.0.0/8, not any name that starts with "127." (127.0.0.1.nip.io resolves anywhere).
    const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
    return hostname === 'localhost' || hostname === '::1' || (v4 !== null && v4.slice(1).every((n) => Number(n) <= 255));
}

;// CONCATENATED MODULE: ./src/organization/sdk-client.ts



let sdk;
function loadSdk() {
    // Deep import of the Organization client alone: the SDK's index loads every service.
    return (sdk ??= Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(733)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3733)));
}
/** Starts loading the SDK (a chunk of about 570 KiB) while the file is read and git works. */
function preloadSdk() {
    loadSdk().catch(() => undefined);
}
async function createOrganizationApi(options) {
    const mod = await loadSdk();
    // A CommonJS module seen from ESM: named exports in Node, under `default` in some bundlings.
    const Client = mod.Client ?? mod.default.Client;
    const source = isCredentialSource(options.credentials) ? options.credentials : undefined;
    const fixed = source ? undefined : options.credentials;
    const client = new Client({
        credential: source ?? { secretId: fixed.secretId, secretKey: fixed.secretKey, token: fixed.token },
        ...(options.region ? { region: options.region } : {}),
        profile: {
            httpProfile: {
                endpoint: options.endpoint.host,
                protocol: options.endpoint.protocol,
                reqTimeout: options.timeoutSeconds
            }
        }
    });
    const call = caller(client, 'organization', source, options.timeoutSeconds);
    // The Tag client is made on the first tag change: most runs never ask for one.
    let tagCall;
    const tags = () => (tagCall ??= loadTagClient().then((TagClient) => {
        const endpoint = options.tagEndpoint ?? tagEndpointFor(options.endpoint);
        const tagClient = new TagClient({
            credential: source ?? { secretId: fixed.secretId, secretKey: fixed.secretKey, token: fixed.token },
            ...(options.region ? { region: options.region } : {}),
            profile: { httpProfile: { endpoint: endpoint.host, protocol: endpoint.protocol, reqTimeout: options.timeoutSeconds } }
        });
        return caller(tagClient, 'tag', source, options.timeoutSeconds);
    }));
    const region = options.region || DEFAULT_TAG_REGION;
    const TAG_PAGE = 50;
    /** A Tag service call, its client made on first use. */
    const tag = async (action, body) => (await tags())(action, body);
    return {
        async invite(member) {
            return (await call('InviteOrganizationMember', { ...member })).RequestId ?? '';
        },
        async updateMember(change) {
            return (await call('UpdateOrganizationMember', { ...change })).RequestId ?? '';
        },
        async moveMembers(nodeId, uins) {
            return (await call('MoveOrganizationNodeMembers', { NodeId: nodeId, MemberUin: [...uins] })).RequestId ?? '';
        },
        async deleteMembers(uins) {
            return (await call('DeleteOrganizationMembers', { MemberUin: [...uins] })).RequestId ?? '';
        },
        async modifyTags(uin, replace, remove) {
            // The API wants each list absent rather than empty.
            const body = {
                Resource: memberResource(region, uin),
                ...(replace.length > 0 ? { ReplaceTags: replace.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) } : {}),
                ...(remove.length > 0 ? { DeleteTags: remove.map((TagKey) => ({ TagKey })) } : {})
            };
            return (await tag('ModifyResourceTags', body)).RequestId ?? '';
        },
        async describeMemberTags(uins) {
            // At most 50 resources per call (the API's limit); pages of tags until the total is reached.
            const found = new Map(uins.map((u) => [u, []]));
            for (let offset = 0;; offset += TAG_PAGE) {
                const r = await tag('DescribeResourceTagsByResourceIds', {
                    ServiceType: 'organization',
                    ResourcePrefix: MEMBER_RESOURCE_PREFIX,
                    ResourceIds: uins.map(String),
                    ResourceRegion: region,
                    Offset: offset,
                    Limit: TAG_PAGE
                });
                for (const t of r.Tags ?? [])
                    found.get(Number(t.ResourceId))?.push({ TagKey: t.TagKey ?? '', TagValue: t.TagValue ?? '' });
                if ((r.Tags ?? []).length < TAG_PAGE || offset + TAG_PAGE >= (r.TotalCount ?? 0))
                    return found;
            }
        },
        async addNode(parentId, name, remark) {
            const r = await call('AddOrganizationNode', {
                ParentNodeId: parentId,
                Name: name,
                ...(remark !== undefined ? { Remark: remark } : {})
            });
            return { nodeId: r.NodeId ?? 0, requestId: r.RequestId ?? '' };
        },
        async updateNode(nodeId, change) {
            return (await call('UpdateOrganizationNode', { NodeId: nodeId, ...change })).RequestId ?? '';
        },
        async deleteNodes(nodeIds) {
            return (await call('DeleteOrganizationNodes', { NodeId: [...nodeIds] })).RequestId ?? '';
        },
        async describeNodes(limit, offset) {
            const r = await call('DescribeOrganizationNodes', {
                Limit: limit,
                Offset: offset
            });
            return {
                total: r.Total ?? 0,
                items: (r.Items ?? []).map((n) => ({
                    NodeId: n.NodeId ?? 0,
                    Name: n.Name ?? '',
                    ...(n.ParentNodeId !== undefined ? { ParentNodeId: n.ParentNodeId } : {}),
                    ...(n.Remark !== undefined ? { Remark: n.Remark } : {})
                }))
            };
        },
        async describeMembers(limit, offset) {
            const r = await call('DescribeOrganizationMembers', { Limit: limit, Offset: offset });
            return { total: r.Total ?? 0, items: (r.Items ?? []).map(toMember) };
        },
        async describeMember(uin) {
            // SearchKey is "member name or member ID"; whether it matches exactly is undocumented, so the answer is
            // filtered to this UIN. A member the first page misses reads as not found: the caller then sends again.
            const r = await call('DescribeOrganizationMembers', { Limit: 50, Offset: 0, SearchKey: String(uin) });
            const found = (r.Items ?? []).find((m) => m.MemberUin === uin);
            return found ? toMember(found) : undefined;
        },
        async describeOrganization() {
            const r = await call('DescribeOrganization', {});
            return {
                ...(r.OrgId !== undefined ? { OrgId: r.OrgId } : {}),
                ...(r.HostUin !== undefined ? { HostUin: r.HostUin } : {}),
                ...(r.RootNodeId !== undefined ? { RootNodeId: r.RootNodeId } : {})
            };
        }
    };
}
/** One call of an SDK client, its errors as ApiError. */
function caller(client, service, source, timeoutSeconds) {
    // The SDK's fetch is the runtime's own (node-fetch is overridden, see README), which ignores the SDK's
    // reqTimeout: the deadline travels as an abort signal instead.
    return async (action, body) => {
        // Asked here first, because the SDK turns a credential error into a bare message: this way a renewal that
        // failed keeps its code. The SDK's own call a moment later gets the same, cached, credentials.
        if (source) {
            try {
                await source.getCredential();
            }
            catch (e) {
                const err = e;
                throw new ApiError(err.message ?? String(e), err.code || undefined, err.requestId || undefined, undefined);
            }
        }
        try {
            return (await client.request(action, body, { signal: AbortSignal.timeout(timeoutSeconds * 1000) }));
        }
        catch (e) {
            throw toApiError(e, `${service}:${action}`);
        }
    };
}
function toMember(m) {
    return {
        MemberUin: m.MemberUin ?? 0,
        Name: m.Name ?? '',
        ...(m.NodeId !== undefined ? { NodeId: m.NodeId } : {}),
        ...(m.OrgPolicyType ? { PolicyType: m.OrgPolicyType } : {}),
        ...(m.OrgPermission ? { PermissionIds: m.OrgPermission.map((p) => p.Id ?? 0).filter((id) => id > 0) } : {}),
        ...(m.PayUin ? { PayUin: m.PayUin } : {}),
        ...(m.IsAllowQuit ? { IsAllowQuit: m.IsAllowQuit } : {}),
        ...(m.Remark ? { Remark: m.Remark } : {}),
        // Absent stays absent (unknown, read from the Tag service when needed); an empty list is "no tags".
        ...(m.Tags ? { Tags: m.Tags.map((t) => ({ TagKey: t.TagKey ?? '', TagValue: t.TagValue ?? '' })) } : {}),
        ...(m.NodeName ? { NodeName: m.NodeName } : {}),
        ...(m.MemberType ? { MemberType: m.MemberType } : {}),
        ...(m.PermissionStatus ? { PermissionStatus: m.PermissionStatus } : {}),
        ...(m.CreateTime ? { CreateTime: m.CreateTime } : {}),
        ...(m.UpdateTime ? { UpdateTime: m.UpdateTime } : {})
    };
}
function isCredentialSource(c) {
    return typeof c.getCredential === 'function';
}
function toApiError(e, camAction) {
    const err = (e ?? {});
    const code = err.code || undefined;
    const requestId = err.requestId || undefined;
    return new ApiError(cleanMessage(err.message ?? String(e)), code, requestId, err.httpCode, camAction);
}
/** node-fetch reports timeouts and resets with the request URL and internals; say it plainly instead. */
function cleanMessage(message) {
    if (/timeout|timed out|aborted/i.test(message))
        return 'The request timed out.';
    if (/fetch failed|other side closed|terminated/i.test(message))
        return 'The connection failed before an answer came.';
    if (/ECONNRESET|socket hang up/i.test(message))
        return 'The connection was reset.';
    if (/ECONNREFUSED/i.test(message))
        return 'The connection was refused.';
    if (/ENOTFOUND|EAI_AGAIN/i.test(message))
        return 'The endpoint host name does not resolve.';
    return message;
}

;// CONCATENATED MODULE: ./src/cli/organization.ts


const CREDENTIAL_VARIABLES = 'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary credentials)';
/** The credentials and endpoint, or why they cannot be used (a usage error). */
function organizationAccess(env, endpointArgument) {
    const secretId = env.TENCENTCLOUD_SECRET_ID ?? '';
    const secretKey = env.TENCENTCLOUD_SECRET_KEY ?? '';
    const token = env.TENCENTCLOUD_SESSION_TOKEN ?? '';
    // Both or none: a half-set pair is no credentials (hasCredentials).
    let endpoint;
    try {
        endpoint = parseEndpoint(endpointArgument ?? '');
    }
    catch (e) {
        return { usage: e.message.replace(/^endpoint /, '--endpoint ') };
    }
    const warning = endpoint.protocol === 'http://' && !isLoopback(endpoint) ? `warning: --endpoint ${endpoint.host} uses plain http: requests can be read and altered on the way.` : undefined;
    return {
        ...(secretId && secretKey ? { credentials: { secretId, secretKey, ...(token ? { token } : {}) } } : {}),
        endpoint,
        ...(warning ? { warning } : {})
    };
}
/** What a command that must read the organization says without credentials. */
function needsCredentials(command) {
    return `${command} reads the organization: set ${CREDENTIAL_VARIABLES}.`;
}
function hasCredentials(env) {
    return Boolean(env.TENCENTCLOUD_SECRET_ID && env.TENCENTCLOUD_SECRET_KEY);
}
/** The client, made when first asked for (the SDK loads then). */
function organizationClient(credentials, endpoint) {
    return () => createOrganizationApi({ credentials, endpoint, timeoutSeconds: 15 });
}

;// CONCATENATED MODULE: ./src/cli/check-command.ts
// `tencent-org-members validate | plan | drift`: the action's modes on a laptop, through the same modes (modes/), so
// the same reads, the same plan and the same words; but never a write. Plan reads the organization when credentials
// are in the environment (organization.ts); drift always does.
















/** Exit status: 0 when the file is valid (and the plan acceptable, and with --fail-on-drift no drift), 1 otherwise, 2 on usage. */
async function checkCommand(args, out, err) {
    const { command, file } = args;
    const credentials = command === 'validate' ? undefined : args.organization?.credentials;
    if (command === 'drift' && !credentials) {
        err(needsCredentials('drift'));
        return 2;
    }
    if (command === 'plan' && args.endpointGiven && !credentials) {
        err(`--endpoint is where plan reads the organization, which needs credentials: set ${CREDENTIAL_VARIABLES}.`);
        return 2;
    }
    if (credentials && args.organization?.warning)
        err(args.organization.warning);
    const bytes = await readMembers(file);
    if (typeof bytes === 'string') {
        err(`${file}: error: cannot read the file: ${bytes}`);
        return 1;
    }
    const request = {
        file,
        bytes,
        base: { kind: 'commit', rev: args.base ?? 'HEAD', reason: args.base ? '--base' : 'HEAD' },
        maxInvites: args.maxInvites,
        reconcile: args.reconcile,
        maxChanges: args.maxChanges,
        maxRemovals: args.maxRemovals,
        protectedMembers: args.protectedMembers,
        failOnDrift: args.failOnDrift,
        send: { ...DEFAULT_RETRY, rateLimit: 20 }
    };
    const ports = {
        ...(credentials ? { organization: organizationClient(credentials, args.organization.endpoint) } : {}),
        revisions: () => new GitSource(args.cwd),
        history: (uins) => lookUpHistory(args.cwd, file, uins),
        offlineNote: 'No credentials in the environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY): the file and its git history were checked; the organization was not read.',
        log: () => undefined
    };
    const run = command === 'validate' ? Promise.resolve(plan_validate(request, ports)) : command === 'plan' ? plan(request, ports) : drift(request, ports);
    const result = await run.catch((e) => ({ file, failure: e.message }));
    const complete = result.entries ? result : undefined;
    const findings = complete ? allFindings(complete) : [];
    if (args.format === 'json') {
        out(JSON.stringify(toJson(result, complete), null, 2));
    }
    else if (args.format === 'markdown') {
        // The job summary the action would write for this run.
        out((complete ? renderSummary(complete) : `## Tencent Cloud organization members\n\n**The run failed**: ${markdown_text(result.failure ?? '')}\n`).trimEnd());
        if (result.failure)
            err(`${file}: error: ${result.failure}`);
    }
    else {
        const lines = plainText(result, findings);
        for (const line of lines.out)
            out(line);
        for (const line of lines.err)
            err(line);
    }
    return result.failure ? 1 : 0;
}
function toJson(r, complete) {
    const plan = complete ? fullPlanOutput(complete) : undefined;
    return {
        ok: !r.failure,
        ...(r.failure ? { failure: r.failure } : {}),
        diagnostics: complete ? allFindings(complete) : [],
        notes: r.notes ?? [],
        warnings: r.warnings ?? [],
        // The counts: the node paths are the report's lookup, not a finding.
        ...(r.organization ? { organization: { nodes: r.organization.nodes, members: r.organization.members, calls: r.organization.calls } } : {}),
        ...(plan ? { plan } : {}),
        ...(r.mode === 'drift' && r.reconciliation ? { drift: driftOutput(r.reconciliation) } : {})
    };
}
/** The file's bytes, or why it cannot be read, in the user's terms. */
async function readMembers(file) {
    // Only the file itself is checked for a link: the folders on the way are the ones the user named.
    const path = (0,external_node_path_.resolve)(file);
    try {
        return await readWorkspaceFile((0,external_node_path_.dirname)(path), (0,external_node_path_.basename)(path), parse/* MAX_BYTES */.z);
    }
    catch (e) {
        return whyUnreadable(path, e);
    }
}
async function whyUnreadable(path, e) {
    const stats = await (0,promises_namespaceObject.lstat)(path).catch((error) => error);
    if (stats instanceof Error) {
        if (stats.code === 'ENOENT')
            return `not found (no such file in ${(0,external_node_path_.dirname)(path)}).`;
        if (stats.code === 'EACCES')
            return 'permission denied: a folder on the way cannot be searched.';
        if (stats.code === 'ENOTDIR')
            return 'a part of the path is a file, not a folder.';
        return `${stats.code ?? stats.message}.`;
    }
    if (stats.isSymbolicLink())
        return 'it is a symbolic link; the members file must be a regular file, as the action reads it: name the file the link points to.';
    if (stats.isDirectory())
        return 'it is a directory, not a file.';
    if (!stats.isFile())
        return 'it is not a regular file (a device, pipe or socket?).';
    const readable = await (0,promises_namespaceObject.access)(path, external_node_fs_.constants.R_OK).then(() => true, () => false);
    return readable ? e.message : 'permission denied.';
}

;// CONCATENATED MODULE: ./src/cli/user-file.ts
// Where the command-line tool writes a file the user named (import --output, review --output-dir).


/**
 * Inside the checkout the tool runs in, no part of the path may be a link (a pull request may have planted one), so the
 * workspace's link-free write is used from `cwd`; elsewhere the folders are the user's own and only the file itself
 * is checked.
 */
async function writeUserFile(cwd, path, text) {
    const full = (0,external_node_path_.resolve)(cwd, path);
    const inside = (0,external_node_path_.relative)(cwd, full);
    if (inside && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
        await writeWorkspaceFile(cwd, inside, text);
    else
        await writeWorkspaceFile((0,external_node_path_.dirname)(full), (0,external_node_path_.basename)(full), text);
}

;// CONCATENATED MODULE: ./src/manifest/import-writer.ts



/** Fields the file takes from the API, in the format's own order. MemberUin and Name identify an entry. */
const IMPORTED = ['PolicyType', 'PermissionIds', 'PayUin', 'Remark', 'IsAllowQuit', 'Tags'];
/**
 * Fields factored into defaults when every member holds one: their most common value, so that a new entry without
 * them is valid. Not PayUin, Remark or Tags (a default would give every new entry a payer, a remark, tags), nor the node
 * (a default would put a new entry without one into the largest node unnoticed).
 */
const FACTORED = ['PolicyType', 'PermissionIds', 'IsAllowQuit'];
function renderImport(org, o) {
    const host = org.info?.HostUin;
    const skipped = org.members.filter((m) => m.MemberUin === host).map((m) => ({ MemberUin: m.MemberUin, why: 'the management account: it is the organization, not a member' }));
    const tree = paths(org);
    const members = org.members.filter((m) => m.MemberUin !== host).sort((a, b) => (a.NodeId ?? 0) - (b.NodeId ?? 0) || a.MemberUin - b.MemberUin);
    const defaults = commonest(members);
    // A node whose name a path cannot hold (a console may allow more than AddOrganizationNode documents) is left out of
    // nodes:, with its children; members in it keep their NodeId. The file stays valid either way.
    const labels = new Map(tree);
    const unnamed = org.nodes.filter((n) => n.NodeId !== tree.rootId && tree.get(n.NodeId) !== undefined && (0,node_paths/* pathProblem */.z9)(tree.get(n.NodeId)) !== undefined);
    for (const n of unnamed)
        tree.delete(n.NodeId);
    const below = org.nodes.filter((n) => tree.get(n.NodeId) && n.NodeId !== tree.rootId).sort((a, b) => (tree.get(a.NodeId) < tree.get(b.NodeId) ? -1 : 1));
    const used = new Set(members.map((m) => m.NodeId));
    const lines = [
        SCHEMA_MODELINE,
        `# Imported from the Tencent Cloud organization${org.info?.OrgId !== undefined ? ` ${org.info.OrgId}` : ''} on ${o.at.slice(0, 10)}: ` +
            `${members.length} member${members.length === 1 ? '' : 's'} in ${used.size} node${used.size === 1 ? '' : 's'}, ${below.length} node${below.length === 1 ? '' : 's'} below the root.`,
        '# RelationAuthName and AuthFile count only at invitation and the API does not return them: add them by hand if needed.'
    ];
    if (host !== undefined)
        lines.push(`# The management account ${host} is the organization itself, not an entry.`);
    for (const n of unnamed)
        lines.push(`# Node ${n.NodeId} (${commentText(n.Name)}) has a name a path cannot hold: it is not under nodes:, and members in it keep their NodeId.`);
    if (below.length > 0) {
        lines.push('# The node tree, each node pinned by its id: renaming one here renames it, never makes a new one.', 'nodes:');
        for (const n of below) {
            lines.push(`  - Path: ${scalar(tree.get(n.NodeId))}`, `    NodeId: ${n.NodeId}`);
            if (n.Remark)
                lines.push(`    Remark: ${scalar(n.Remark)}`);
        }
    }
    if (defaults.size > 0) {
        lines.push('defaults:');
        for (const [field, value] of defaults)
            lines.push(...fieldLines(field, value, '  '));
    }
    if (members.length === 0) {
        lines.push('members: []');
    }
    else {
        lines.push('members:');
        let node = null;
        for (const m of members) {
            if (m.NodeId !== node) {
                node = m.NodeId;
                lines.push(`  # Node ${node ?? '(none)'}: ${node === undefined ? 'no node' : nodeLabel(node, org.nodes, labels, tree.rootId)}`);
            }
            lines.push(`  - MemberUin: ${m.MemberUin}`, `    Name: ${scalar(m.Name)}`);
            const path = m.NodeId !== undefined ? tree.get(m.NodeId) : undefined;
            // By path, where it has one: the root has none (it is never written), and import-node-ids keeps ids.
            if (path && !o.nodeIds)
                lines.push(...fieldLines('Node', path, '    '));
            else if (m.NodeId !== undefined)
                lines.push(...fieldLines('NodeId', m.NodeId, '    '));
            for (const field of IMPORTED) {
                const value = m[field];
                if (isEmpty(value) || (defaults.has(field) && import_writer_same(field, defaults.get(field)) === import_writer_same(field, value)))
                    continue;
                lines.push(...fieldLines(field, value, '    '));
            }
        }
    }
    return { text: lines.join('\n') + '\n', members: members.length, nodes: below.length, skipped };
}
/** Each FACTORED field every member holds, with its most common value (ties: the first met). Two members at least. */
function commonest(members) {
    const out = new Map();
    if (members.length < 2)
        return out;
    for (const field of FACTORED) {
        if (members.some((m) => isEmpty(m[field])))
            continue;
        const counts = new Map();
        for (const m of members) {
            const key = import_writer_same(field, m[field]);
            const seen = counts.get(key);
            if (seen)
                seen.n++;
            else
                counts.set(key, { value: m[field], n: 1 });
        }
        let best;
        for (const c of counts.values())
            if (!best || c.n > best.n)
                best = c;
        out.set(field, best.value);
    }
    return out;
}
/** A value as a comparable string: PermissionIds and Tags are sets. */
function import_writer_same(field, v) {
    if (field === 'PermissionIds')
        return JSON.stringify([...v].sort((a, b) => a - b));
    if (field === 'Tags')
        return JSON.stringify([...v].map((t) => [t.TagKey, t.TagValue]).sort());
    return String(v);
}
/** Every node's path from below the root (names joined by "/"); the root's is ''. */
function paths(org) {
    const byId = new Map(org.nodes.map((n) => [n.NodeId, n]));
    const rootId = org.info?.RootNodeId ?? org.nodes.find((n) => !n.ParentNodeId)?.NodeId;
    const out = new Map();
    if (rootId !== undefined)
        out.rootId = rootId;
    const pathOf = (id, guard = 0) => {
        if (id === rootId)
            return '';
        if (out.has(id))
            return out.get(id);
        const n = byId.get(id);
        if (!n?.ParentNodeId || guard > 50)
            return undefined;
        const parent = pathOf(n.ParentNodeId, guard + 1);
        const path = parent === undefined ? undefined : parent === '' ? n.Name : `${parent}/${n.Name}`;
        if (path !== undefined)
            out.set(id, path);
        return path;
    };
    for (const n of org.nodes)
        pathOf(n.NodeId);
    return out;
}
/** The node's path from the root, for a comment: one line whatever the names hold. */
function nodeLabel(id, nodes, labels, rootId) {
    if (id === rootId)
        return `the root (${commentText(nodes.find((n) => n.NodeId === id)?.Name ?? '')})`;
    const path = labels.get(id);
    return path !== undefined ? commentText(path) : "(not among the organization's nodes)";
}
function isEmpty(v) {
    return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

;// CONCATENATED MODULE: ./src/modes/import.ts
// Mode import, and the command-line tool's `import`: read the organization, write a members file from it, and check
// that the file is one the validator accepts. Reads only.




async function importMembers(api, file, send, options = {}) {
    const sender = new Sender(send);
    const read = await readOrganization(sender, api, { organization: true });
    // Tags the member listing does not carry are read from the Tag service: an import must not drop them.
    const org = await completeTags(sender, api, read, new Set(read.members.map((m) => m.MemberUin)));
    const imported = renderImport(org, { at: (options.now ?? new Date()).toISOString(), ...(options.nodeIds ? { nodeIds: true } : {}) });
    const { errors } = (0,validate/* readManifest */.W)(file, imported.text);
    return { ...imported, calls: org.calls, errors };
}
/** One sentence for the end of an import, and what is wrong with the file when something is. */
function importSummary(file, r) {
    const skipped = r.skipped.map((s) => ` Left out ${s.MemberUin}: ${s.why}.`).join('');
    const message = `Imported ${r.members} member${r.members === 1 ? '' : 's'} and ${r.nodes} node${r.nodes === 1 ? '' : 's'} of the organization (${r.calls} calls) into ${file}.${skipped}`;
    if (r.errors.length === 0)
        return { message };
    const first = r.errors
        .slice(0, 3)
        .map((e) => `line ${e.line}: ${e.message}`)
        .join('; ');
    return {
        message,
        failure: `The imported file does not validate (${r.errors.length} error${r.errors.length === 1 ? '' : 's'}: ${first}): the organization holds values the format refuses. Edit those entries before using the file.`
    };
}

;// CONCATENATED MODULE: ./src/cli/import-command.ts
// `tencent-org-members import`: a members file from the live organization, on stdout or into --output. Credentials
// come from the environment (organization.ts). Reads only.





/** Exit status: 0 with a valid file written, 1 when the organization cannot be read or the file does not validate, 2 on usage. */
async function importCommand(args, out, err) {
    const access = organizationAccess(args.env, args.endpoint);
    if (!('usage' in access) && access.warning)
        err(access.warning);
    if ('usage' in access || !access.credentials) {
        err(hasCredentials(args.env) && 'usage' in access ? access.usage : needsCredentials('import'));
        return 2;
    }
    const file = args.output ?? 'members.yaml';
    let result;
    try {
        const api = await organizationClient(access.credentials, access.endpoint)();
        result = await importMembers(api, file, { ...DEFAULT_RETRY, rateLimit: 20 }, { nodeIds: args.nodeIds === true });
    }
    catch (e) {
        err(`error: reading the organization failed: ${e instanceof ApiError ? describeApiError(e) : e.message}`);
        return 1;
    }
    if (args.output) {
        try {
            await writeUserFile(process.cwd(), args.output, result.text);
        }
        catch (e) {
            err(`${args.output}: error: cannot write the file: ${e.code ?? e.message}.`);
            return 1;
        }
    }
    else
        out(result.text.trimEnd());
    const { message, failure } = importSummary(args.output ?? 'the output', result);
    // The file may be on stdout: everything else goes to stderr.
    err(message);
    if (failure) {
        for (const e of result.errors)
            err(`${args.output ?? '<stdout>'}:${e.line}:${e.col}: error: ${e.message}`);
        err(`error: ${failure}`);
        return 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The package's version, as `--version` prints it: taken from package.json when the bundle is built, so the
// installed tool needs no file beside it at run time.

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/history/blame.ts
// Which change set each line of the file as it stands: `git blame` along the default branch's first parents, so a line
// a pull request changed is blamed on the merge (or squash) commit that brought it in, whose message names the pull
// request. One pass of git over the history, whatever the number of entries: the access review's provenance of every
// field costs what the blame costs, not commits x members.



/** Every line of `file` at `rev`, 1-based (index 0 unused); throws a GitError with why when it cannot say. */
async function blame(cwd, file, rev) {
    if (await git_isShallow(cwd))
        throw new GitError('the clone is shallow, so the history of the file is not there (actions/checkout with fetch-depth: 0 shows it)');
    // git blame takes no --end-of-options: the revision is checked instead, so it can never read as an option.
    if (!isRevision(rev))
        throw new GitError(`${JSON.stringify(rev.slice(0, 60))} is not a revision`);
    // No -M: moved-line detection matches text, not entries, and would credit a line a direct push wrote for one member
    // to the approved change that wrote the same text for another. A reordered file blames the reordering commit: its
    // own approval then vouches for the lines, which is what happened.
    const out = await git(cwd, ['blame', '--first-parent', '--porcelain', rev, '--', file], { maxBuffer: 512 * 1024 * 1024 });
    const commits = new Map();
    const lines = [];
    const rows = out.split('\n');
    for (let i = 0; i < rows.length; i++) {
        const header = /^([0-9a-f]{40,64}) \d+ (\d+)/.exec(rows[i]);
        if (!header)
            continue;
        const commit = header[1];
        const final = Number(header[2]);
        const info = {};
        for (i++; i < rows.length && !rows[i].startsWith('\t'); i++) {
            const space = rows[i].indexOf(' ');
            info[space < 0 ? rows[i] : rows[i].slice(0, space)] = space < 0 ? '' : rows[i].slice(space + 1);
        }
        if (!commits.has(commit) && info.summary !== undefined) {
            commits.set(commit, {
                author: `${info.author ?? ''} ${info['author-mail'] ?? ''}`.trim(),
                date: new Date(Number(info['committer-time'] ?? 0) * 1000).toISOString(),
                subject: info.summary,
                pr: pullRequestOf(info.summary)
            });
        }
        lines[final] = { commit, ...commits.get(commit) };
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/review.ts
// An access review as evidence: canonical JSON (keys sorted, rows in a stable order) whose SHA-256 anyone can
// recompute, CSV for spreadsheets (every text cell guarded), Markdown that renders on GitHub and prints legibly with
// a place to sign, the comparison with the last review, and the issue a reviewer signs off in.



/** JSON with every object's keys sorted, two-space indented, a final newline: the same review, the same bytes. */
function canonicalJson(value) {
    const sort = (v) => {
        if (Array.isArray(v))
            return v.map(sort);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.keys(v)
                .sort()
                .map((k) => [k, sort(v[k])]));
        return v;
    };
    return JSON.stringify(sort(value), null, 2) + '\n';
}
function review_sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** What changed since the previous review's JSON: rows added, removed, and changed (by their values, not provenance). */
function compareReviews(previousJson, now) {
    let previous;
    try {
        previous = JSON.parse(previousJson);
        if (previous.version !== 1 || !Array.isArray(previous.rows))
            throw new Error('not an access review of this format');
    }
    catch (e) {
        return `The previous review could not be read (${e.message}): no comparison.`;
    }
    const before = new Map(previous.rows.map((r) => [r.MemberUin, r]));
    const after = new Map(now.rows.map((r) => [r.MemberUin, r]));
    const changes = [];
    for (const r of now.rows) {
        const old = before.get(r.MemberUin);
        if (!old) {
            changes.push({ MemberUin: r.MemberUin, Name: r.Name, change: 'added', fields: [] });
            continue;
        }
        const fields = FACTS.filter((f) => JSON.stringify(old[f].value) !== JSON.stringify(r[f].value) || (f === 'node' && old.state !== r.state));
        if (old.Name !== r.Name)
            fields.unshift('name');
        if (old.state !== r.state)
            fields.push('state');
        if (fields.length > 0)
            changes.push({ MemberUin: r.MemberUin, Name: r.Name, change: 'changed', fields: [...new Set(fields)] });
    }
    for (const r of previous.rows)
        if (!after.has(r.MemberUin))
            changes.push({ MemberUin: r.MemberUin, Name: r.Name, change: 'removed', fields: [] });
    changes.sort((a, b) => a.MemberUin - b.MemberUin);
    return { date: previous.date, digest: review_sha256(canonicalJson(previous)), changes };
}
const FACTS = ['node', 'permissions', 'payUin', 'isAllowQuit', 'tags'];
const review_CSV_HEAD = [
    'MemberUin',
    'Name',
    'state',
    'node',
    'permissions',
    'PayUin',
    'IsAllowQuit',
    'Tags',
    'since',
    'flags',
    'granted by commit',
    'granted on',
    'pull request',
    'author',
    'approvers',
    'approval',
    'source'
];
function reviewCsv(r) {
    return csvTable(review_CSV_HEAD, r.rows.map((row) => {
        const p = row.permissions.provenance;
        return [
            row.MemberUin,
            row.Name,
            row.state,
            nodeText(row),
            permissionsText(row),
            row.payUin.value ?? '',
            row.isAllowQuit.value ?? '',
            tagsText(row),
            row.since.value ?? '',
            row.flags.join(';'),
            p?.commit ?? '',
            p?.date ?? '',
            p?.pr ?? '',
            p?.author ?? '',
            p?.approvers?.map((a) => `${a.login} ${a.at}${a.onFinalHead ? '' : ' (before the last push)'}`).join('; ') ?? '',
            p?.approval ?? row.permissions.provenanceUnknown ?? '',
            row.permissions.source
        ];
    }));
}
/** The review for people: on GitHub, and printed for a reviewer to sign. */
function reviewMarkdown(r, digest) {
    const parts = [
        `# Access review ${r.date}`,
        `Organization ${markdown_code(r.organization.OrgId ?? 'unknown').text} (management account ${markdown_code(r.organization.managementUin ?? 'unknown').text}), read on ${r.date} through the Tencent Cloud API; file ${markdown_code(r.file.path).text} at ${markdown_code(r.file.commit?.slice(0, 12) ?? 'unknown').text}. JSON SHA-256: ${markdown_code(digest).text}.`,
        counts(r)
    ];
    if (r.since) {
        const c = r.since.changes;
        parts.push(`## Since the review of ${r.since.date}`, c.length === 0
            ? 'No access changed.'
            : table(['MemberUin', 'Name', 'Change', 'Fields'], c.map((x) => [x.MemberUin, x.Name, x.change, x.fields.join(', ')])));
    }
    parts.push('## Who holds what', 'Sensitive and flagged members first. "Granted by" is the change that set the permissions in the file, its pull request and its approvers; a fact the organization holds and the file does not explain is flagged.');
    parts.push(table(['MemberUin', 'Name', 'Node', 'Permissions', 'Payer', 'Quit', 'Since', 'Flags', 'Granted by', 'Approved by'], r.rows.map((row) => [
        row.MemberUin,
        row.Name,
        nodeText(row),
        permissionsText(row),
        row.payUin.value ?? '',
        row.isAllowQuit.value ?? '',
        row.since.value ?? '',
        row.flags.join(', '),
        grantedBy(row.permissions),
        approvedBy(row.permissions)
    ])));
    parts.push('## Sign-off', 'Reviewed by: ______________________  Role: ______________________  Date: ______________  Signature: ______________________');
    return parts.join('\n\n') + '\n';
}
/** A checklist for named reviewers, grouped by node, sensitive and flagged first (the rows' own order). */
function reviewIssueBody(r, digest, files) {
    const groups = new Map();
    for (const row of r.rows) {
        const key = nodeText(row) || '(no node)';
        groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const lines = [
        `Access review of ${r.date}: ${counts(r)}`,
        '',
        `The evidence: ${text(files).text} (JSON SHA-256 ${code(digest).text}). Tick each member once you have checked it; write in a comment who reviewed, in which role, and when.`
    ];
    for (const [node, rows] of groups) {
        lines.push('', `### ${code(node).text}`, '');
        for (const row of rows) {
            const flags = row.flags.length > 0 ? ` — **${row.flags.join(', ')}**` : '';
            lines.push(`- [ ] ${row.MemberUin} ${code(row.Name).text}: ${text(permissionsText(row)).text}${flags}`);
        }
    }
    return lines.join('\n') + '\n';
}
function counts(r) {
    const members = r.rows.filter((x) => x.state === 'member').length;
    const pending = r.rows.length - members;
    const flagged = (f) => r.rows.filter((x) => x.flags.includes(f)).length;
    return `${members} member${members === 1 ? '' : 's'}, ${pending} pending invitation${pending === 1 ? '' : 's'}; ${flagged('sensitive')} sensitive, ${flagged('unapproved')} unapproved, ${flagged('drift')} drift, ${flagged('not-in-file')} not in the file.`;
}
function nodeText(row) {
    const v = row.node.value;
    return v ? `${v.path ?? ''}${v.NodeId !== undefined ? ` (${v.NodeId})` : ''}`.trim() : '';
}
function permissionsText(row) {
    return (row.permissions.value ?? []).map((p) => `${p.id} ${p.name}`).join(', ');
}
function tagsText(row) {
    return (row.tags.value ?? []).map((t) => `${t.TagKey}=${t.TagValue}`).join('; ');
}
function grantedBy(f) {
    if (!f.provenance)
        return f.provenanceUnknown ?? '';
    const p = f.provenance;
    return `${p.commit.slice(0, 12)} ${p.date.slice(0, 10)}${p.pr !== null ? ` #${p.pr}` : ' (direct push)'} by ${p.author}`;
}
function approvedBy(f) {
    const p = f.provenance;
    if (!p)
        return '';
    if (p.approval === 'unknown')
        return `unknown: ${p.approvalUnknown ?? ''}`;
    if (!p.approvers || p.approvers.length === 0)
        return 'nobody';
    return p.approvers.map((a) => `${a.login}${a.onFinalHead ? '' : ' (before the last push)'}`).join(', ');
}

;// CONCATENATED MODULE: ./src/modes/review.ts









async function review(request, ports) {
    const manifest = steps_validateFile(request);
    if (manifest.errors.length > 0) {
        return {
            diagnostics: manifest.errors,
            notes: [],
            failure: `${request.file} has ${manifest.errors.length} error${manifest.errors.length === 1 ? '' : 's'}; no review was made.`
        };
    }
    const sender = new Sender(request.send);
    // Handle: git blames the file while the organization is read; neither needs the other.
    const blaming = ports.blame();
    blaming.catch(() => undefined);
    let org;
    try {
        const api = await ports.organization();
        // Every member's tags are facts of the review: read from the Tag service when the listing lacks them, each page's
        // as it arrives, beside the member pages still to come.
        const tags = tagReads(sender, api);
        const read = await readOrganization(sender, api, { organization: true, expectedMembers: manifest.entries.length, onMembers: (members) => tags.add(members) });
        org = await completeTags(sender, api, read, new Set(read.members.map((m) => m.MemberUin)), tags);
    }
    catch (e) {
        return { diagnostics: [], notes: [], failure: `Reading the organization failed, so no review was made: ${e instanceof ApiError ? describeApiError(e) : e.message}` };
    }
    ports.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`);
    const notes = [];
    let lines = [];
    let historyUnknown;
    try {
        lines = await blaming;
    }
    catch (e) {
        historyUnknown = `the file's history could not be read: ${e.message}`;
        notes.push(`No provenance: ${historyUnknown}.`);
    }
    const approvals = approvalLookup(ports);
    const rec = classify_classify(manifest.entries, undefined, org);
    const tree = liveTree(org);
    const rows = [];
    for (const s of rec.members) {
        if (s.states[0] === 'remove')
            continue;
        const row = await rowOf(s, request, tree.pathOf.bind(tree), lines, historyUnknown, approvals);
        if (row)
            rows.push(row);
    }
    rows.sort(byConcern);
    const review = {
        version: 1,
        date: request.date,
        organization: { OrgId: org.info?.OrgId ?? null, managementUin: org.info?.HostUin ?? null },
        file: { path: request.file, commit: request.commit },
        sensitivePermissions: [...request.sensitivePermissions].sort((a, b) => a - b),
        rows
    };
    if (request.previous !== undefined) {
        const since = compareReviews(request.previous, review);
        if (typeof since === 'string')
            notes.push(since);
        else
            review.since = since;
    }
    return { review, diagnostics: [], notes };
}
/** Approvals per commit, asked once each (the reader under the port asks once per pull request). */
function approvalLookup(ports) {
    const cache = new Map();
    return (commit, subjectPr) => {
        let found = cache.get(commit);
        if (!found) {
            found = ports.approvals
                ? ports.approvals(commit).then(({ pr, approvers }) => ({ pr, approvers, approval: pr !== null && approvers.length > 0 ? 'approved' : 'unapproved' }), (e) => ({ pr: subjectPr, approval: 'unknown', approvalUnknown: `the approvals of ${commit.slice(0, 12)} could not be read: ${e.message}` }))
                : // Without GitHub only the subject tells: a commit that names no pull request is taken as a direct push
                    // (flagged for the reviewer, the side that hides nothing); one that names one is not trusted to be approved.
                    Promise.resolve(subjectPr === null
                        ? { pr: null, approval: 'unapproved', approvers: [] }
                        : { pr: subjectPr, approval: 'unknown', approvalUnknown: ports.approvalsUnknown ?? 'approvals are not read without a github-token' });
            cache.set(commit, found);
        }
        return found;
    };
}
async function rowOf(s, request, pathOf, lines, historyUnknown, approvals) {
    const live = s.live;
    const entry = s.entry;
    const drift = new Map(s.differences.map((d) => [d.field, d]));
    /** The change that set the file's value of `field`, from the blame of the line it is written on. */
    const provenance = async (field) => {
        if (!entry)
            return { provenanceUnknown: 'not in the file: granted outside it (in the console?)' };
        const at = field === 'MemberUin' ? entry.positions.MemberUin?.line : entry.positions[field]?.line;
        if (at === undefined)
            return { provenanceUnknown: `the file does not declare ${field}` };
        if (historyUnknown)
            return { provenanceUnknown: historyUnknown };
        const line = lines[at];
        if (!line)
            return { provenanceUnknown: `no change in the history set line ${at}` };
        return { provenance: { commit: line.commit, date: line.date, subject: line.subject, author: line.author, ...(await approvals(line.commit, line.pr)) } };
    };
    const fact = async (value, field, source, compared) => {
        const d = compared ? drift.get(compared) : undefined;
        const declaredBy = field === 'NodeId' && entry?.node !== undefined ? 'Node' : field;
        return { value: value ?? null, source, ...(d ? { file: d.file } : {}), ...(await provenance(declaredBy)) };
    };
    const flags = [];
    const permissions = live?.PermissionIds ?? entry?.member.PermissionIds ?? [];
    const source = live ? 'api' : 'file';
    if (!entry)
        flags.push('not-in-file');
    if (s.differences.some((d) => !d.underReview))
        flags.push('drift');
    if (permissions.some((p) => request.sensitivePermissions.includes(p)))
        flags.push('sensitive');
    const nodeId = live?.NodeId ?? entry?.member.NodeId;
    const row = {
        MemberUin: s.MemberUin,
        Name: live?.Name ?? s.Name,
        state: live ? 'member' : 'pending',
        node: await fact(nodeId === undefined ? null : { NodeId: nodeId, path: pathOf(nodeId) ?? entry?.node ?? null }, 'NodeId', source, 'NodeId'),
        permissions: await fact([...permissions].sort((a, b) => a - b).map((id) => ({ id, name: PERMISSIONS[id] ?? `permission ${id}` })), 'PermissionIds', source, 'PermissionIds'),
        payUin: await fact(live ? (live.PayUin ?? null) : (entry?.member.PayUin ?? null), 'PayUin', source, 'PayUin'),
        isAllowQuit: await fact(live ? (live.IsAllowQuit ?? null) : (entry?.member.IsAllowQuit ?? null), 'IsAllowQuit', source, 'IsAllowQuit'),
        tags: await fact([...((live ? live.Tags : entry?.member.Tags) ?? [])].sort((a, b) => (a.TagKey < b.TagKey ? -1 : a.TagKey > b.TagKey ? 1 : 0)), 'Tags', source, 'Tags'),
        since: live ? { value: live.CreateTime ?? null, source: 'api' } : { value: null, source: 'file', ...(await provenance('MemberUin')) },
        flags
    };
    if (!live) {
        flags.push('pending-since');
        if (row.since.provenance)
            row.since.value = row.since.provenance.date.slice(0, 10);
    }
    // Unapproved: what grants the access (the entry and its permissions) came in without a counted approval, or by no
    // reviewed change at all (not in the file, or a console grant the file does not hold).
    const granted = [row.permissions.provenance, (await provenance('MemberUin')).provenance];
    if (!entry || drift.has('PermissionIds') || granted.some((p) => p?.approval === 'unapproved'))
        flags.push('unapproved');
    flags.sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b));
    return row;
}
const FLAG_ORDER = ['sensitive', 'unapproved', 'drift', 'not-in-file', 'pending-since'];
/** Sensitive first, then any other flag, then by node path and MemberUin: a stable order, so the digest is too. */
function byConcern(a, b) {
    const rank = (r) => (r.flags.includes('sensitive') ? 0 : r.flags.length > 0 ? 1 : 2);
    const path = (r) => String(r.node.value?.path ?? '');
    return rank(a) - rank(b) || (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0) || a.MemberUin - b.MemberUin;
}

;// CONCATENATED MODULE: ./src/cli/review-command.ts
// `tencent-org-members review`: an access review on a laptop, from the clone the command runs in and the live
// organization (credentials from the environment, organization.ts). The same review as the action's mode review, with
// one difference said in every row it touches: the tool reads git alone, so approvals are not read. Reads only.











const APPROVALS_NOT_READ = "the command-line tool reads git alone; the action's mode review reads approvals with its github-token";
/** Exit status: 0 with the review made, 1 when it cannot be, 2 without credentials. */
async function reviewCommand(args, out, err) {
    if (args.organization.warning)
        err(args.organization.warning);
    const credentials = args.organization.credentials;
    if (!credentials) {
        err(hasCredentials(args.env) ? 'review: the credentials in the environment cannot be used.' : needsCredentials('review'));
        return 2;
    }
    const committed = await committedFile(args.cwd, args.file);
    if (typeof committed === 'string') {
        err(`${args.file}: error: ${committed}`);
        return 1;
    }
    let previous;
    if (args.previous) {
        try {
            previous = (await (0,promises_namespaceObject.readFile)((0,external_node_path_.resolve)(args.cwd, args.previous))).toString('utf8');
        }
        catch (e) {
            err(`${args.previous}: error: cannot read the last review: ${e.code ?? e.message}.`);
            return 1;
        }
    }
    const date = new Date().toISOString().slice(0, 10);
    const outcome = await review({
        file: args.file,
        bytes: committed.bytes,
        commit: committed.commit,
        date,
        sensitivePermissions: args.sensitivePermissions,
        ...(previous !== undefined ? { previous } : {}),
        send: { ...DEFAULT_RETRY, rateLimit: 20 }
    }, {
        organization: organizationClient(credentials, args.organization.endpoint),
        blame: () => blame(args.cwd, args.file, committed.commit),
        approvalsUnknown: APPROVALS_NOT_READ,
        log: (line) => err(line)
    });
    for (const note of outcome.notes)
        err(note);
    if (!outcome.review) {
        for (const d of outcome.diagnostics)
            err(`${args.file}:${d.line}:${d.col}: error: ${d.message}`);
        err(`error: ${outcome.failure ?? 'no review was made.'}`);
        return 1;
    }
    const json = canonicalJson(outcome.review);
    const digest = review_sha256(json);
    const files = { json, csv: reviewCsv(outcome.review) + '\r\n', markdown: reviewMarkdown(outcome.review, digest) };
    if (args.outputDir) {
        const base = `${args.outputDir}/${date}`;
        try {
            await writeUserFile(args.cwd, `${base}.json`, files.json);
            await writeUserFile(args.cwd, `${base}.csv`, files.csv);
            await writeUserFile(args.cwd, `${base}.md`, files.markdown);
        }
        catch (e) {
            err(`${args.outputDir}: error: cannot write the review: ${e.code ?? e.message}.`);
            return 1;
        }
        err(`Access review written to ${base}.json, .csv and .md; SHA-256 of the JSON: ${digest}.`);
    }
    else {
        out((args.format === 'markdown' ? files.markdown : args.format === 'json' ? files.json : files.csv).trimEnd());
        err(`SHA-256 of the JSON: ${digest}.`);
    }
    return 0;
}
/**
 * The file as HEAD holds it: the review's provenance is of committed lines (git blame), so a working tree that
 * differs from HEAD is refused rather than reviewed against lines no commit wrote.
 */
async function committedFile(cwd, file) {
    let commit;
    let bytes;
    try {
        commit = (await git(cwd, ['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])).trim();
        bytes = await git(cwd, ['show', '--end-of-options', `${commit}:./${file}`], { encoding: 'buffer', maxBuffer: parse/* MAX_BYTES */.z + 1 });
    }
    catch (e) {
        return `the review reads the file as HEAD holds it, and git cannot show it: ${e.message}`;
    }
    let working;
    try {
        working = await readWorkspaceFile(cwd, file, parse/* MAX_BYTES */.z);
    }
    catch (e) {
        return `cannot read the file: ${e.code ?? e.message}`;
    }
    if (!working.equals(bytes))
        return `the file differs from HEAD (${commit.slice(0, 12)}): commit or stash the change first, since a review says which commit set each line.`;
    return { bytes, commit };
}

// EXTERNAL MODULE: ./src/manifest/yaml.ts + 72 modules
var yaml = __nccwpck_require__(1251);
;// CONCATENATED MODULE: ./src/settings/approvals-input.ts
// Inputs `approvals` (YAML in a string: the tiers `changes` and `sensitive`, each a number of approvals) and
// `sensitive-permissions` (PermissionIds whose grant is sensitive). Each mistake is one sentence naming the input.


/** Transfer funds, pay on behalf, credit limit settings (CONTRACT.md). */
const DEFAULT_SENSITIVE_PERMISSIONS = [3, 7, 10];
/** More approvals than any team has reviewers is a typo (`20` for `2`), not a policy. */
const MAX_APPROVALS = 20;
/** The policy, undefined when `approvals` is empty (today's behaviour), or the sentence that says what is wrong. */
function parseApprovals(text, sensitiveText) {
    const sensitivePermissions = parseSensitivePermissions(sensitiveText);
    if (typeof sensitivePermissions === 'string')
        return { error: sensitivePermissions };
    if (text.trim() === '')
        return undefined;
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    const problem = doc.errors[0];
    if (problem)
        return { error: `approvals is not valid YAML: ${problem.message.split('\n')[0]}. Write it as lines like "changes: 1" and "sensitive: 2".` };
    if (!isMap(doc.contents))
        return { error: 'approvals must be a mapping of tiers to numbers of approvals, like "changes: 1" and "sensitive: 2" on their own lines.' };
    const tiers = {};
    for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!TIERS.includes(key)) {
            return { error: `approvals has an unknown tier "${key.slice(0, 40)}": the tiers are ${TIERS.join(' and ')}.` };
        }
        // A quoted "2" or a float is a mistake worth saying, not a number to coerce.
        const value = isScalar(pair.value) ? pair.value.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_APPROVALS) {
            const shown = isScalar(pair.value) ? JSON.stringify(pair.value.value) : 'not a number';
            return { error: `approvals: ${key} must be a whole number of approvals from 0 to ${MAX_APPROVALS}, got ${shown.slice(0, 40)}.` };
        }
        tiers[key] = value;
    }
    if (Object.keys(tiers).length === 0)
        return { error: 'approvals names no tier: give changes, sensitive or both, like "changes: 1".' };
    return { changes: tiers.changes ?? 0, sensitive: tiers.sensitive ?? 0, sensitivePermissions };
}
/** Comma- or space-separated PermissionIds from 1 to 10; "none" for no sensitive permission. */
function parseSensitivePermissions(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [...DEFAULT_SENSITIVE_PERMISSIONS];
    if (trimmed.toLowerCase() === 'none')
        return [];
    const parts = trimmed.split(/[\s,]+/).filter(Boolean);
    const bad = parts.find((p) => !/^\d{1,2}$/.test(p) || Number(p) < 1 || Number(p) > 10);
    if (bad !== undefined)
        return `sensitive-permissions holds "${bad.slice(0, 20)}", which is not a PermissionId: give IDs from 1 to 10 separated by commas (default 3,7,10), or none.`;
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
// The command-line tool: the action's checks on a laptop or in a pre-commit hook, with compiler-style output
// (`file:line:col: error: message`) that editors and terminals turn into links. This file reads the arguments and
// says exactly what is wrong with them; the commands live beside it.











const USAGE = `Usage: tencent-org-members <command> [options] [file]

Commands:
  validate [file]             check members.yaml (default: ./members.yaml); no git, no network
  plan [file]                 check it, and show what merging it would do against --base (default: HEAD); with
                              credentials in the environment, against the live organization too, as the action does
  drift [file]                compare the whole file with the live organization (needs credentials)
  audit [file]                the file's membership history: who was added, changed, removed, when, in which PR
  schema                      print the JSON Schema of members.yaml, for editors
  import [--output FILE]      write a members file from the live organization (stdout by default)
  review [file]               an access review: who holds what, which commit set it, flags, what changed since
                              --previous (needs credentials; the file as HEAD holds it)

Credentials (plan, drift, import, review) come from the environment, never from arguments: TENCENTCLOUD_SECRET_ID,
TENCENTCLOUD_SECRET_KEY, and TENCENTCLOUD_SESSION_TOKEN for temporary ones. The tool only reads the organization:
it never invites, changes or removes anyone.

Options:
  --base REV                  plan: the revision to compare with (default: HEAD)
  --format FORMAT             validate, plan, drift: text (default), json (the action's outputs) or markdown (the
                              job summary the action writes); audit: text (default), markdown, csv or json;
                              review: markdown (default), json or csv
  --endpoint HOST|URL         plan, drift, import, review: the Organization API (default organization.tencentcloudapi.com)
  --reconcile LEVEL           plan, drift: none (default), changes or all, as the action's reconcile input; plan
                              then lists the writes apply would send
  --max-invites N             plan: refuse a plan adding more than N entries, as the action does (default: 50)
  --max-changes N             plan: with --reconcile, refuse more than N member changes (default: 50)
  --max-removals N            plan: with --reconcile all, refuse more than N removals (default: 5)
  --protected-members UINS    plan: UINs (comma-separated) that no write may change
  --fail-on-drift             drift: exit 1 when the file and the organization differ
  --since DATE, --until DATE  audit: limit the history by commit date
  --from REV, --to REV        audit: limit the history to REV..REV
  --output FILE, -o FILE      import: write here instead of stdout
  --node-ids                  import: name each member's node by NodeId rather than by path
  --output-dir DIR            review: write <date>.json, .csv and .md there instead of printing one format
  --previous FILE             review: the last review's JSON; the review lists what changed since
  --sensitive-permissions IDS review: PermissionIds flagged sensitive (default 3,7,10; none for none)
  -h, --help                  show this help
  -v, --version               print the version

Exit status: 0 when the file is valid (and the plan acceptable), 1 when it is not (or, with --fail-on-drift, when
it drifted), 2 on a usage error.`;
const COMMANDS = ['validate', 'plan', 'drift', 'audit', 'schema', 'import', 'review'];
const FORMATS = {
    validate: ['text', 'json', 'markdown'],
    plan: ['text', 'json', 'markdown'],
    drift: ['text', 'json', 'markdown'],
    audit: ['text', 'markdown', 'csv', 'json'],
    review: ['markdown', 'json', 'csv']
};
/** The commands each option goes with. */
const TAKES = {
    base: ['plan'],
    format: ['validate', 'plan', 'drift', 'audit', 'review'],
    endpoint: ['plan', 'drift', 'import', 'review'],
    reconcile: ['plan', 'drift'],
    'max-invites': ['plan'],
    'max-changes': ['plan'],
    'max-removals': ['plan'],
    'protected-members': ['plan'],
    'fail-on-drift': ['drift'],
    since: ['audit'],
    until: ['audit'],
    from: ['audit'],
    to: ['audit'],
    output: ['import'],
    'node-ids': ['import'],
    'output-dir': ['review'],
    previous: ['review'],
    'sensitive-permissions': ['review']
};
class UsageError extends Error {
}
async function cli(argv, out, err) {
    try {
        return await run(argv, out, err);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        // The reason first: the usage below it is long.
        err(`${e.message}\n\n${USAGE}`);
        return 2;
    }
}
async function run(argv, out, err) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                base: { type: 'string' },
                format: { type: 'string' },
                'max-invites': { type: 'string' },
                'max-changes': { type: 'string' },
                'max-removals': { type: 'string' },
                'protected-members': { type: 'string' },
                since: { type: 'string' },
                until: { type: 'string' },
                from: { type: 'string' },
                to: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                output: { type: 'string', short: 'o' },
                endpoint: { type: 'string' },
                reconcile: { type: 'string' },
                'fail-on-drift': { type: 'boolean' },
                'node-ids': { type: 'boolean' },
                'output-dir': { type: 'string' },
                previous: { type: 'string' },
                'sensitive-permissions': { type: 'string' }
            }
        });
    }
    catch (e) {
        throw new UsageError(e.message);
    }
    const { values, positionals } = parsed;
    if (values.help || positionals[0] === 'help') {
        out(USAGE);
        return 0;
    }
    if (values.version) {
        out(VERSION);
        return 0;
    }
    const [name, ...rest] = positionals;
    if (name === undefined)
        throw new UsageError('No command given.');
    if (!COMMANDS.includes(name))
        throw new UsageError(`Unknown command ${JSON.stringify(name)}: it is not one of ${COMMANDS.join(', ')}.`);
    const command = name;
    for (const option of Object.keys(TAKES)) {
        const takers = TAKES[option];
        if (values[option] !== undefined && !takers.includes(command)) {
            throw new UsageError(`--${option} goes with ${words(takers)}, not ${command}.`);
        }
    }
    const files = command === 'schema' || command === 'import' ? 0 : 1;
    if (rest.length > files) {
        throw new UsageError(files === 0
            ? `${command} takes no file, but was given ${JSON.stringify(rest[0])}.`
            : `${command} takes one file, but was given ${rest.length}: ${rest.map((r) => JSON.stringify(r)).join(', ')}.`);
    }
    const file = rest[0] ?? 'members.yaml';
    const formats = FORMATS[command];
    const format = values.format ?? (command === 'review' ? 'markdown' : 'text');
    if (formats && !formats.includes(format))
        throw new UsageError(`--format ${format} is not one of ${formats.join(', ')} (the formats of ${command}).`);
    switch (command) {
        case 'schema':
            out(JSON.stringify(jsonSchema(), null, 2));
            return 0;
        case 'import':
            return importCommand({ ...(values.output ? { output: values.output } : {}), ...(values.endpoint ? { endpoint: values.endpoint } : {}), nodeIds: values['node-ids'] === true, env: process.env }, out, err);
        case 'review': {
            const access = organizationAccess(process.env, values.endpoint);
            if ('usage' in access)
                throw new UsageError(access.usage);
            const sensitive = parseSensitivePermissions(values['sensitive-permissions'] ?? '');
            if (typeof sensitive === 'string')
                throw new UsageError(sensitive.replace(/^sensitive-permissions/, '--sensitive-permissions'));
            return reviewCommand({
                file,
                format: format,
                ...(values['output-dir'] ? { outputDir: values['output-dir'] } : {}),
                ...(values.previous ? { previous: values.previous } : {}),
                sensitivePermissions: sensitive,
                organization: access,
                env: process.env,
                cwd: process.cwd()
            }, out, err);
        }
        case 'audit': {
            const range = Object.fromEntries(['since', 'until', 'from', 'to'].filter((k) => values[k]).map((k) => [k, values[k]]));
            return auditCommand({ file, format: format, cwd: process.cwd(), ...range }, out, err);
        }
    }
    const reconcile = values.reconcile ?? 'none';
    if (!RECONCILE_LEVELS.includes(reconcile))
        throw new UsageError(`--reconcile ${reconcile} is not one of ${RECONCILE_LEVELS.join(', ')}.`);
    const protectedMembers = parseProtectedMembers(values['protected-members'] ?? '');
    if (typeof protectedMembers === 'string')
        throw new UsageError(`--protected-members holds ${JSON.stringify(protectedMembers)}, which is not a UIN: give UINs separated by commas.`);
    const access = command === 'validate' ? undefined : organizationAccess(process.env, values.endpoint);
    if (access && 'usage' in access)
        throw new UsageError(access.usage);
    return checkCommand({
        command,
        file,
        format: format,
        ...(values.base ? { base: values.base } : {}),
        maxInvites: commands_count(values['max-invites'], 'max-invites', 50),
        maxChanges: commands_count(values['max-changes'], 'max-changes', 50),
        maxRemovals: commands_count(values['max-removals'], 'max-removals', 5),
        protectedMembers,
        reconcile: reconcile,
        failOnDrift: values['fail-on-drift'] === true,
        ...(access ? { organization: access } : {}),
        endpointGiven: values.endpoint !== undefined,
        cwd: process.cwd()
    }, out, err);
}
/** A whole number of at least 0, as the action's inputs of the same name. */
function commands_count(value, option, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value.trim()))
        throw new UsageError(`--${option} ${JSON.stringify(value)} is not a whole number.`);
    return Number(value);
}
function words(list) {
    return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ IDENTITY_FIELDS),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   Uw: () => (/* binding */ TOP_LEVEL_KEYS),
/* harmony export */   Y_: () => (/* binding */ NODE_FIELD),
/* harmony export */   Yr: () => (/* binding */ FIELD_NAMES),
/* harmony export */   cJ: () => (/* binding */ FIELDS),
/* harmony export */   eN: () => (/* binding */ NODE_KEYS)
/* harmony export */ });
/* unused harmony exports NAME_PATTERN, RESERVED_TAG_PREFIXES */
const FORMAT_VERSION = 1;
/** Letters, digits, Chinese characters and + @ & . _ [ ] - : , (the API's own wording for Name). */
const NAME_PATTERN = '^[A-Za-z0-9\\p{Script=Han}+@&._\\[\\]\\-:,]+$';
/**
 * The Tag service's naming rules (Tencent Cloud Tag, Use Limits): letters, digits, Chinese characters, spaces inside
 * (not at either end) and + - = . _ : / @ ( ) [ ] , ; > < and the full-width （ ） 【 】 ： ＋ － ＝ ／ ＠.
 */
const TAG_TEXT = {
    pattern: {
        source: '^[A-Za-z0-9\\p{Script=Han} +\\-=._:/@()\\[\\],;><（）【】：＋－＝／＠]*$',
        hint: 'letters, digits, Chinese characters, spaces inside and + - = . _ : / @ ( ) [ ] , ; > <'
    },
    noEdgeSpaces: true
};
/** Keys the Tag service reserves: the Tag documentation names qcs: and project:, other services' pages qcloud and tencent. */
const RESERVED_TAG_PREFIXES = ['qcs:', 'qcloud', 'tencent', 'project', '项目'];
const FIELDS = {
    MemberUin: { kind: 'integer', required: true, description: 'UIN of the invited account; the identity of an entry.' },
    Name: {
        kind: 'string',
        required: true,
        description: 'Member name: up to 25 letters, digits, Chinese characters or + @ & . _ [ ] - : ,',
        maxLength: 25,
        pattern: { source: NAME_PATTERN, hint: 'letters, digits, Chinese characters and + @ & . _ [ ] - : ,' }
    },
    NodeId: { kind: 'integer', required: true, description: "Node ID of the member's department (or name it by path with Node)." },
    PolicyType: { kind: 'string', required: true, description: 'Relationship policy.', enum: ['Financial'] },
    PermissionIds: {
        kind: 'integer-list',
        required: true,
        description: 'Financial permission IDs: 1 view bills, 2 view balance, 3 transfer funds, 4 consolidate bills, 5 issue invoice, ' +
            '6 inherit discounts, 7 pay on behalf, 8 cost analysis, 9 budget management, 10 credit limit settings. 1 and 2 are required.',
        min: 1,
        max: 10,
        mustContain: [1, 2]
    },
    PayUin: {
        kind: 'string',
        required: false,
        description: 'Payer UIN (a quoted string of digits); required when PermissionIds holds 7 (pay on behalf).',
        pattern: { source: '^[0-9]+$', hint: 'digits only' },
        requiredWhen: { field: 'PermissionIds', contains: 7, why: 'PermissionIds holds 7 (pay on behalf)' }
    },
    // InviteOrganizationMember documents no limit, UpdateOrganizationMember at most 40 characters: a longer remark
    // would be invited, then refused by every later update, so the file holds what both accept.
    Remark: { kind: 'string', required: false, description: 'Remarks, at most 40 characters.', maxLength: 40 },
    IsAllowQuit: {
        kind: 'string',
        required: false,
        description: 'Whether the member may leave the organization.',
        enum: ['Allow', 'Denied']
    },
    RelationAuthName: { kind: 'string', required: false, description: 'Name of a mutual-trust real-name entity.' },
    AuthFile: {
        kind: 'object-list',
        required: false,
        description: 'Proof files of a mutual-trust entity.',
        item: { Name: { description: 'File name.' }, Url: { description: 'File URL.' } }
    },
    Tags: {
        kind: 'object-list',
        required: false,
        description: 'Member tags, at most 10, keys unique.',
        item: {
            TagKey: {
                description: 'Tag key: 1 to 127 characters; not starting with qcs:, qcloud, tencent or project.',
                minLength: 1,
                maxLength: 127,
                ...TAG_TEXT,
                reservedPrefixes: RESERVED_TAG_PREFIXES
            },
            // An empty value is allowed: the Tag service returns such tags, and import must write back what it reads.
            TagValue: { description: 'Tag value: at most 255 characters.', maxLength: 255, ...TAG_TEXT }
        },
        maxItems: 10,
        uniqueBy: 'TagKey'
    }
};
const FIELD_NAMES = Object.keys(FIELDS);
/** Fields that identify an entry and so cannot come from `defaults`. */
const IDENTITY_FIELDS = ['MemberUin', 'Name'];
const TOP_LEVEL_KEYS = ['version', 'defaults', 'nodes', 'members'];
/** An entry's node by path instead of by id: not an API field, so it stands beside FIELDS. */
const NODE_FIELD = 'Node';
/** The keys of an item of `nodes:`. */
const NODE_KEYS = ['Path', 'NodeId', 'Remark'];


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   d1: () => (/* binding */ depthOf),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   gf: () => (/* binding */ NODE_NAME_PATTERN),
/* harmony export */   qW: () => (/* binding */ NODE_NAME_MAX),
/* harmony export */   z9: () => (/* binding */ pathProblem)
/* harmony export */ });
/* unused harmony export NODE_NAME_HINT */
// Node paths: a node named by the names from below the root node down to it, joined by "/" ("Finance/Payments"), so
// that a reviewer reads where a member goes. Each name follows AddOrganizationNode's rules.
/** AddOrganizationNode's Name: at most 40 letters, digits, Chinese characters or + @ & . _ [ ] - (no "/", no space). */
const NODE_NAME_MAX = 40;
const NODE_NAME_PATTERN = '^[A-Za-z0-9\\p{Script=Han}+@&._\\[\\]\\-]+$';
const NODE_NAME = new RegExp(NODE_NAME_PATTERN, 'u');
const NODE_NAME_HINT = 'letters, digits, Chinese characters and + @ & . _ [ ] -';
/** What is wrong with a path, in words; undefined when it is a path. */
function pathProblem(path) {
    if (path === '')
        return 'is empty: name the node by the names from below the root, joined by "/" (the root itself is never written)';
    if (path.startsWith('/') || path.endsWith('/'))
        return 'starts or ends with "/": write names joined by "/", like Finance/Payments';
    for (const name of path.split('/')) {
        if (name === '')
            return 'has an empty name between two "/"';
        if ([...name].length > NODE_NAME_MAX)
            return `has a name of ${[...name].length} characters ("${[...name].slice(0, 20).join('')}…"); a node name holds at most ${NODE_NAME_MAX}`;
        if (!NODE_NAME.test(name)) {
            const bad = [...new Set([...name].filter((c) => !NODE_NAME.test(c)))].slice(0, 5);
            return `has a name with characters a node name cannot hold: ${bad.map((c) => JSON.stringify(c)).join(' ')}. Allowed: ${NODE_NAME_HINT}`;
        }
    }
    return undefined;
}
/** The parent's path ('' for a node right below the root). */
function parentOf(path) {
    const at = path.lastIndexOf('/');
    return at < 0 ? '' : path.slice(0, at);
}
/** The node's own name: the path's last part. */
function nameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** How deep a path goes: 1 for a node right below the root. */
function depthOf(path) {
    return path.split('/').length;
}


/***/ }),

/***/ 7623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ MAX_BYTES),
  P: () => (/* binding */ parseSource)
});

// EXTERNAL MODULE: ./src/manifest/yaml.ts + 72 modules
var yaml = __nccwpck_require__(1251);
// EXTERNAL MODULE: ./src/model/diagnostics.ts
var diagnostics = __nccwpck_require__(485);
// EXTERNAL MODULE: ./src/text/untrusted.ts
var untrusted = __nccwpck_require__(9209);
;// CONCATENATED MODULE: ./src/manifest/nesting.ts
// How deep a YAML text nests, told by one pass over its characters before the YAML library sees it. The library
// parses nesting recursively: `members: [[[[…` four MiB deep ran it out of memory after a minute (no summary, no
// annotation), two MiB took ten seconds and 1.3 GB. A members file nests five levels (root, members, an entry, its
// Tags, a tag); this refuses a text that nests deeper than MAX_NESTING, wherever the parse would run (plan, drift's
// worker, the command-line tool).
//
// The count is an upper bound of YAML's own, never lower, so a hostile text cannot hide nesting from it:
// - block levels: a stack of indentations (each deeper line pushes one), plus one per compact `- ` or `? ` on a line;
// - flow levels: every `[` or `{` inside a flow collection, and one that starts a value in block context;
// - quoted scalars and comments are skipped only where YAML reads them as such (a quote that starts a value, a `#`
//   after a space), and block scalars (`|`, `>`) by their indentation, so text inside them counts nothing.
/** Far beyond any members file (it needs five), far below what costs the parser anything. */
const MAX_NESTING = 32;
/** The offset where the text first nests deeper than `max`, or -1 when it never does. */
function tooDeep(text, max = MAX_NESTING) {
    const n = text.length;
    const indents = [];
    let flow = 0;
    let i = 0;
    const eol = (at) => at >= n || text[at] === '\n' || text[at] === '\r';
    const blank = (at) => eol(at) || text[at] === ' ' || text[at] === '\t';
    const toEol = (at) => {
        while (!eol(at))
            at++;
        return at;
    };
    while (i < n) {
        // A line starts: its indentation.
        let col = 0;
        while (i < n && text[i] === ' ') {
            i++;
            col++;
        }
        if (eol(i)) {
            i++;
            continue;
        }
        if (text[i] === '#') {
            i = toEol(i);
            continue;
        }
        // Where a value may start: a flow collection, a quoted scalar or a block scalar is recognised only there.
        let valueStart = true;
        if (flow === 0) {
            while (indents.length > 0 && indents[indents.length - 1] >= col)
                indents.pop();
            indents.push(col);
            // Compact nested nodes on one line: `- - - x`, `? - x`.
            while ((text[i] === '-' || text[i] === '?') && blank(i + 1)) {
                i++;
                col++;
                while (text[i] === ' ') {
                    i++;
                    col++;
                }
                indents.push(col);
                if (indents.length > max)
                    return i;
            }
            if (indents.length > max)
                return i;
        }
        while (!eol(i)) {
            const c = text[i];
            if (c === ' ' || c === '\t') {
                i++;
                continue;
            }
            if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
                i = toEol(i);
                break;
            }
            if (valueStart && (c === '&' || c === '!')) {
                // An anchor or a tag before the value: the value may still open a collection.
                while (!blank(i))
                    i++;
                continue;
            }
            if (valueStart && (c === '"' || c === "'")) {
                i = skipQuoted(text, i);
                valueStart = false;
                continue;
            }
            if (flow > 0) {
                if (c === '[' || c === '{') {
                    flow++;
                    if (indents.length + flow > max)
                        return i;
                }
                else if (c === ']' || c === '}') {
                    flow = Math.max(0, flow - 1);
                }
                // In a flow collection a value starts after an opening bracket, a comma or a colon.
                valueStart = c === '[' || c === '{' || c === ',' || c === ':' || c === '?';
                i++;
                continue;
            }
            if (valueStart && (c === '[' || c === '{')) {
                flow = 1;
                if (indents.length + flow > max)
                    return i;
                valueStart = true;
                i++;
                continue;
            }
            if (valueStart && (c === '|' || c === '>')) {
                i = skipBlockScalar(text, i, indents[indents.length - 1] ?? 0);
                break;
            }
            // `key: value`: after the colon (and a space) a value starts.
            valueStart = c === ':' && blank(i + 1);
            i++;
        }
    }
    return -1;
}
/** The offset just past a quoted scalar starting at `at` (which may span lines), or the end of the text. */
function skipQuoted(text, at) {
    const quote = text[at];
    let i = at + 1;
    while (i < text.length) {
        const c = text[i];
        if (quote === '"' && c === '\\') {
            i += 2;
            continue;
        }
        if (c === quote) {
            // '' inside single quotes is an escaped quote.
            if (quote === "'" && text[i + 1] === "'") {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return i;
}
/**
 * The offset where a block scalar whose header (`|`, `>`, with indicators) is at `at` ends: its lines are the blank ones
 * and those indented at least as deep as its first (or as its indentation indicator says), deeper than `own`, the
 * column of the node holding it. Where this and YAML could disagree, this ends the scalar sooner: lines it does not
 * skip are counted, so the bound stays an upper one.
 */
function skipBlockScalar(text, at, own) {
    const n = text.length;
    let i = at;
    while (i < n && text[i] !== '\n' && text[i] !== '\r')
        i++;
    // The indentation indicator, before or after the chomping one: `|2-` or `|-2`.
    const explicit = Number(/^[|>][+-]?([1-9])?/.exec(text.slice(at, Math.min(i, at + 3)))?.[1] ?? 0);
    let content = explicit > 0 ? own + explicit : undefined;
    for (;;) {
        let next = i;
        if (text[next] === '\r')
            next++;
        if (text[next] === '\n')
            next++;
        if (next >= n)
            return n;
        let indent = 0;
        while (text[next + indent] === ' ')
            indent++;
        let end = next + indent;
        while (end < n && text[end] !== '\n' && text[end] !== '\r')
            end++;
        if (end > next + indent) {
            // A line with text: inside only as deep as the scalar's content.
            if (content === undefined) {
                if (indent <= own)
                    return i;
                content = indent;
            }
            else if (indent < content) {
                return i;
            }
        }
        i = end;
    }
}

;// CONCATENATED MODULE: ./src/manifest/parse.ts
// Turns the bytes of members.yaml into a YAML document with positions, refusing input that is not a
// members file long before it can cost time or memory (binary data, huge files, several documents).




/** 10,000 members take about 1.5 MB; anything far beyond that is not a hand-kept members file. */
const MAX_BYTES = 8 * 1024 * 1024;
function parseSource(file, bytes) {
    const lineCounter = new yaml/* LineCounter */.HN();
    const at = (offset) => lineCounter.linePos(offset);
    const start = { line: 1, col: 1 };
    const fail = (title, message) => ({ at, errors: [(0,diagnostics/* error */.z3)(file, start, title, message)] });
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    if (buffer.length > MAX_BYTES) {
        // The reader stops one byte past the limit, so the length says only that the limit was passed.
        return fail('File too large', `${file} holds more than ${MAX_BYTES} bytes; a members file may hold at most ${MAX_BYTES} bytes.`);
    }
    if (buffer.includes(0)) {
        return fail('Not a text file', `${file} holds NUL bytes: it is binary data, not YAML.`);
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    }
    catch {
        return fail('Not UTF-8', `${file} is not valid UTF-8 text.`);
    }
    // The byte-order mark is invisible in editors, so positions are counted without it.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const deep = tooDeep(text);
    if (deep >= 0) {
        return {
            at,
            errors: [
                (0,diagnostics/* error */.z3)(file, positionOf(text, deep), 'Nesting too deep', `${file} nests lists and mappings more than ${MAX_NESTING} levels deep here; a members file needs five. Nothing was parsed.`)
            ]
        };
    }
    const doc = (0,yaml/* parseDocument */.Tp)(text, {
        lineCounter,
        version: '1.2',
        intAsBigInt: true,
        // The library compares every key with every other one of its mapping (80,000 keys took 47 s); the validator
        // finds duplicates with one set per mapping instead, at the same line and column.
        uniqueKeys: false,
        prettyErrors: false,
        strict: true
    });
    const opened = doc.errors.some((e) => unclosedKind(e)) ? openings(doc) : undefined;
    const errors = doc.errors.map((e) => {
        const kind = unclosedKind(e);
        const offset = kind && opened?.get(`${kind}@${e.pos[0]}`);
        const message = e.code === 'MULTIPLE_DOCS'
            ? `${file} holds more than one YAML document (a second \`---\`); a members file is a single document.`
            : kind && offset !== undefined
                ? UNCLOSED[kind]
                : bounded(firstLine(e.message));
        const d = (0,diagnostics/* error */.z3)(file, at(offset ?? e.pos[0]), yamlErrorTitle(e.code), message);
        const end = at(e.pos[1]);
        return { ...d, endLine: end.line, endCol: end.col, cause: cause(e, kind !== undefined) };
    });
    return { doc, at, errors: foldConsequences(file, errors) };
}
/**
 * A YAML syntax error throws the parser off, and what follows it is read wrong: one tab gave nine errors, eight of
 * them about lines that were fine. The errors that name a cause (a tab, a bracket or quote not closed, a second
 * document, a key twice) are all kept; when the first error is one of them, the others after it are folded into one
 * line that says they most likely follow from it.
 */
function foldConsequences(file, errors) {
    const sorted = [...errors].sort((a, b) => a.line - b.line || a.col - b.col);
    const first = sorted[0];
    // Only a first error that names its cause explains what follows; after any other, every error stands.
    const kept = first?.cause ? sorted.filter((e) => e === first || e.cause) : sorted;
    const folded = sorted.filter((e) => !kept.includes(e));
    const out = kept.map(({ cause: _cause, ...d }) => d);
    if (folded.length > 0 && first) {
        const lines = [...new Set(folded.map((e) => e.line))];
        const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines[0]} to ${lines.at(-1)}`;
        out.push((0,diagnostics/* error */.z3)(file, folded[0], 'Follow-on syntax errors', `${folded.length} more syntax error${folded.length === 1 ? '' : 's'} on ${where} most likely follow from the one on line ${first.line}: fix that one and run again.`));
    }
    return out;
}
/** Errors that name a mistake of their own, rather than the parser's confusion after an earlier one. */
function cause(e, unclosed) {
    return unclosed || e.code === 'MULTIPLE_DOCS' || e.code === 'DUPLICATE_KEY' || e.code === 'TAB_AS_INDENT' || /^Tabs are not allowed/.test(e.message);
}
// The parser notices an unclosed bracket or quote only where the block or the file ends; the mistake a person has
// to fix is where it opens, so such errors are moved to the node of that kind that runs up to them.
const UNCLOSED = {
    FLOW_SEQ: 'This [ is not closed: a flow sequence must end with ], and its lines must be indented more than its key.',
    FLOW_MAP: 'This { is not closed: a flow mapping must end with }, and its lines must be indented more than its key.',
    QUOTE_DOUBLE: 'This " opens a quoted string that is never closed.',
    QUOTE_SINGLE: "This ' opens a quoted string that is never closed."
};
function unclosedKind(e) {
    if (/^Flow sequence in block collection/.test(e.message))
        return 'FLOW_SEQ';
    if (/^Flow map in block collection/.test(e.message))
        return 'FLOW_MAP';
    if (e.message.startsWith('Missing closing "quote'))
        return 'QUOTE_DOUBLE';
    if (e.message.startsWith("Missing closing 'quote"))
        return 'QUOTE_SINGLE';
    return undefined;
}
/** Where each flow collection and quoted scalar starts, by its kind and the offset where it ends (outermost first). */
function openings(doc) {
    const starts = new Map();
    (0,yaml/* visit */.YR)(doc, {
        Node: (_key, n) => {
            const kind = (0,yaml/* isCollection */.P3)(n) && n.flow ? ((0,yaml/* isMap */.jh)(n) ? 'FLOW_MAP' : 'FLOW_SEQ') : (0,yaml/* isScalar */.jn)(n) ? n.type : undefined;
            const key = kind && n.range ? `${kind}@${n.range[1]}` : undefined;
            if (key && !starts.has(key))
                starts.set(key, n.range[0]);
        }
    });
    return starts;
}
function yamlErrorTitle(code) {
    return code === 'DUPLICATE_KEY' ? 'Duplicate key' : 'YAML syntax error';
}
/**
 * The library's messages quote the offending source whole (`Unexpected scalar token in YAML stream: "..."`, an
 * unresolved tag, a block scalar header): the file may be anything a link pointed at, so only an excerpt stays.
 */
function bounded(message) {
    const quoted = /^(.*?: )(".*")$/.exec(message);
    if (quoted) {
        try {
            return quoted[1] + (0,untrusted/* excerpt */.Kb)(JSON.parse(quoted[2]));
        }
        catch {
            // Not a JSON string after all: cut like any other message below.
        }
    }
    const chars = [...message];
    return (0,untrusted/* inert */.tJ)(chars.length > 120 ? chars.slice(0, 120).join('') + '…' : message);
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Line and column of an offset, counted without the parser (which has not run). */
function positionOf(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, col: offset - start + 1 };
}


/***/ }),

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* unused harmony export distance */
// "Did you mean" for mistyped keys and values: the closest known word by edit distance, ignoring case.
/**
 * Words much longer than any known one are no typo of them, and the distance table grows with the product of the
 * two lengths: an 8 MiB key would need terabytes. Only words up to this length are compared.
 */
const MAX_COMPARED = 64;
function suggest(word, known) {
    if (word.length > MAX_COMPARED)
        return undefined;
    const w = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const d = distance(w, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    // Past a third of the word, a "suggestion" is a guess that misleads more than it helps.
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
/** Levenshtein distance, with adjacent transpositions counted as one edit. */
function distance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
            d[i * cols + j] = v;
        }
    }
    return d[rows * cols - 1];
}


/***/ }),

/***/ 9960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ readManifest)
});

// UNUSED EXPORTS: MAX_ERRORS

// EXTERNAL MODULE: ./src/manifest/yaml.ts + 72 modules
var yaml = __nccwpck_require__(1251);
// EXTERNAL MODULE: ./src/model/diagnostics.ts
var diagnostics = __nccwpck_require__(485);
// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __nccwpck_require__(7271);
// EXTERNAL MODULE: ./src/text/untrusted.ts
var untrusted = __nccwpck_require__(9209);
;// CONCATENATED MODULE: ./src/manifest/values.ts
// The checks of one value against its FieldSpec: integers, strings, lists of integers, lists of mappings. They
// report through the walk that owns the document (validate.ts), which keeps positions and the alias budget.



const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
class ValueChecks {
    r;
    constructor(r) {
        this.r = r;
    }
    integer(name, node, where) {
        // Past the error limit nothing is reported, and composing messages ("did you mean") is the costly part.
        if (this.r.full)
            return undefined;
        const v = (0,yaml/* isScalar */.jn)(node) ? node.value : node;
        if (typeof v === 'bigint') {
            if (v > MAX_SAFE || v < -MAX_SAFE) {
                this.r.fail(where, 'Integer out of range', `${name} ${v} is too large to send exactly (the limit is 2^53 - 1).`);
                return undefined;
            }
            if (v <= 0n) {
                this.r.fail(where, 'Invalid value', `${name} must be a positive integer, got ${v}.`);
                return undefined;
            }
            return Number(v);
        }
        const hint = typeof v === 'string' && /^\d+$/.test(v) ? ' (remove the quotes)' : '';
        this.r.fail(where, 'Wrong type', `${name} must be an integer, got ${describe(node)}${hint}.`);
        return undefined;
    }
    string(name, spec, node, where) {
        if (this.r.full)
            return undefined;
        const v = (0,yaml/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof v !== 'string') {
            const key = name.split('.').at(-1);
            const hint = (0,yaml/* isScalar */.jn)(node) && (typeof v === 'bigint' || typeof v === 'number') ? ` (quote it: ${key}: ${(0,untrusted/* excerpt */.Kb)(String(v))})` : '';
            this.r.fail(where, 'Wrong type', `${name} must be a string, got ${describe(node)}${hint}.`);
            return undefined;
        }
        if (spec.enum && !spec.enum.includes(v)) {
            this.r.fail(where, 'Invalid value', `${name} must be ${orList(spec.enum)}, got ${(0,untrusted/* excerpt */.Kb)(v)}.${didYouMean(v, spec.enum)}`);
            return undefined;
        }
        const length = [...v].length;
        if (spec.maxLength !== undefined && length > spec.maxLength) {
            this.r.fail(where, 'Too long', `${name} has ${length} characters; at most ${spec.maxLength} are allowed.`);
            return undefined;
        }
        if (spec.minLength !== undefined && length < spec.minLength) {
            this.r.fail(where, 'Too short', length === 0 ? `${name} is empty.` : `${name} has ${length} characters; at least ${spec.minLength} are needed.`);
            return undefined;
        }
        const reserved = spec.reservedPrefixes?.find((p) => v.toLowerCase().startsWith(p.toLowerCase()));
        if (reserved !== undefined) {
            this.r.fail(where, 'Reserved prefix', `${name} ${(0,untrusted/* excerpt */.Kb)(v)} starts with ${(0,untrusted/* excerpt */.Kb)(reserved)}, which Tencent Cloud keeps for its own ${name.split('.').at(-1)}s.`);
            return undefined;
        }
        if (spec.noEdgeSpaces && (v.startsWith(' ') || v.endsWith(' '))) {
            this.r.fail(where, 'Invalid value', `${name} ${(0,untrusted/* excerpt */.Kb)(v)} starts or ends with a space, which Tencent Cloud does not allow.`);
            return undefined;
        }
        if (spec.pattern && !new RegExp(spec.pattern.source, 'u').test(v)) {
            const re = new RegExp(spec.pattern.source, 'u');
            // Ten are enough to see the mistake; looking further in an 8 MiB value costs time and says nothing more.
            const distinct = new Set();
            for (const c of v)
                if (!re.test(c) && distinct.add(c).size > 10)
                    break;
            const wrong = [...distinct]
                .slice(0, 10)
                .map((c) => (0,untrusted/* excerpt */.Kb)(c))
                .join(' ') + (distinct.size > 10 ? ' and more' : '');
            const bad = v === '' ? 'is empty' : `${(0,untrusted/* excerpt */.Kb)(v)} has characters that are not allowed: ${wrong}`;
            this.r.fail(where, 'Invalid value', `${name} ${bad}. Allowed: ${spec.pattern.hint}.`);
            return undefined;
        }
        return v;
    }
    integerList(name, spec, node, where) {
        if (this.r.full)
            return undefined;
        if (!(0,yaml/* isSeq */.oP)(node)) {
            this.r.fail(where, 'Wrong type', `${name} must be a list of integers, got ${describe(node)}.`);
            return undefined;
        }
        const seen = new Set();
        let ok = true;
        for (const item of node.items) {
            if (this.r.full)
                return undefined;
            const n = this.integer(`${name} item`, this.r.deref(item), item);
            if (n === undefined) {
                ok = false;
            }
            else if (n < spec.min || n > spec.max) {
                ok = this.r.fail(item, 'Invalid value', `${name} holds ${n}; valid IDs are ${spec.min} to ${spec.max}.`);
            }
            else if (seen.has(n)) {
                ok = this.r.fail(item, 'Duplicate value', `${name} holds ${n} more than once.`);
            }
            if (n !== undefined)
                seen.add(n);
        }
        const missing = spec.mustContain.filter((n) => !seen.has(n));
        if (ok && missing.length > 0) {
            ok = this.r.fail(where, 'Invalid value', `${name} must hold ${spec.mustContain.join(' and ')}; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
        }
        return ok ? [...seen] : undefined;
    }
    objectList(name, spec, node, where) {
        if (this.r.full)
            return undefined;
        if (!(0,yaml/* isSeq */.oP)(node)) {
            this.r.fail(where, 'Wrong type', `${name} must be a list, got ${describe(node)}.`);
            return undefined;
        }
        const keys = Object.keys(spec.item);
        const out = [];
        let ok = true;
        if (spec.maxItems !== undefined && node.items.length > spec.maxItems) {
            ok = this.r.fail(where, 'Too many items', `${name} has ${node.items.length} items; at most ${spec.maxItems} are allowed.`);
        }
        const firstAt = new Map();
        for (const item of node.items) {
            if (this.r.full)
                return undefined;
            const map = this.r.deref(item);
            if (!(0,yaml/* isMap */.jh)(map)) {
                ok = this.r.fail(item, 'Wrong type', `Each ${name} item must be a mapping of ${keys.join(', ')}, got ${describe(map)}.`);
                continue;
            }
            const obj = {};
            for (const p of this.r.pairs(map)) {
                const key = this.r.keyOf(p, keys);
                if (!key) {
                    ok = false;
                    continue;
                }
                const value = this.string(`${name}.${key}`, spec.item[key], this.r.derefOrNull(p.value), p.value ?? p.key);
                if (value === undefined)
                    ok = false;
                else
                    obj[key] = value;
            }
            if (this.r.full)
                return undefined;
            // As for entries: a mistyped key already has its "did you mean", so it is not reported missing too.
            const absent = keys.filter((k) => !map.items.some((p) => this.r.plainKey(p) === k || (0,suggest/* suggest */.Z)(this.r.plainKey(p) ?? '', keys) === k));
            if (absent.length > 0) {
                ok = this.r.fail(item, 'Missing field', `This ${name} item has no ${absent.join(' or ')}.`);
            }
            const unique = spec.uniqueBy ? obj[spec.uniqueBy] : undefined;
            if (unique !== undefined) {
                const first = firstAt.get(unique);
                if (first)
                    ok = this.r.fail(item, 'Duplicate value', `${name} has ${spec.uniqueBy} ${(0,untrusted/* excerpt */.Kb)(unique)} twice (first at line ${first.line}).`);
                else
                    firstAt.set(unique, this.r.pos(item));
            }
            out.push(obj);
        }
        return ok ? out : undefined;
    }
}
function describe(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,yaml/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,yaml/* isSeq */.oP)(node))
        return 'a list';
    // Resolved aliases never get here: this one has no anchor before it.
    if ((0,yaml/* isAlias */.Vj)(node)) {
        const name = (0,untrusted/* excerpt */.Kb)(node.source).slice(1, -1);
        return `the alias *${name}, which has no anchor &${name} before it`;
    }
    if (!(0,yaml/* isScalar */.jn)(node))
        return 'an unknown node';
    const v = node.value;
    if (v === null)
        return 'nothing';
    if (typeof v === 'bigint')
        return `the integer ${v}`;
    if (typeof v === 'number')
        return `the number ${(0,untrusted/* excerpt */.Kb)(node.source ?? String(v)).slice(1, -1)}`;
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    if (typeof v === 'string')
        return `the string ${(0,untrusted/* excerpt */.Kb)(v)}`;
    return 'an unknown value';
}
function orList(values, word = 'or', quote = '"') {
    const q = values.map((v) => `${quote}${v}${quote}`);
    return q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} ${word} ${q.at(-1)}`;
}
function didYouMean(word, known) {
    const s = (0,suggest/* suggest */.Z)(word, known);
    return s ? ` Did you mean ${(0,untrusted/* excerpt */.Kb)(s)}?` : '';
}

// EXTERNAL MODULE: ./src/manifest/format.ts
var format = __nccwpck_require__(5518);
// EXTERNAL MODULE: ./src/manifest/node-paths.ts
var node_paths = __nccwpck_require__(2496);
// EXTERNAL MODULE: ./src/manifest/parse.ts + 1 modules
var parse = __nccwpck_require__(7623);
;// CONCATENATED MODULE: ./src/manifest/validate.ts
// Walks the YAML node tree (not a plain JS object) so that every finding keeps the line and column of the
// value that caused it. The rules come from FIELDS in format.ts; nothing here restates them.








/** Keys of an entry (and of defaults): the API's fields and Node. */
const ENTRY_KEYS = [...format/* FIELD_NAMES */.Yr, format/* NODE_FIELD */.Y_];
const MAX_ERRORS = 1000;
/** Parses and validates members.yaml. Entries are returned only when there is no error at all. */
function readManifest(file, bytes) {
    const parsed = (0,parse/* parseSource */.P)(file, bytes);
    if (parsed.errors.length > 0 || !parsed.doc)
        return { entries: [], errors: parsed.errors };
    const v = new Validator(file, parsed.doc, parsed.at, bytes.length);
    const entries = v.run();
    const errors = v.errors.sort(diagnostics/* byPosition */.rg);
    if (v.stopped)
        errors.push(v.stopped);
    if (errors.length > 0)
        return { entries: [], errors };
    return { entries, ...(v.nodes ? { nodes: v.nodes } : {}), errors };
}
class Validator {
    file;
    doc;
    at;
    errors = [];
    /** The `nodes:` section, when the file has one. */
    nodes;
    /** The file names nodes by path somewhere (a `nodes:` section, or Node in defaults). */
    pathsUsed = false;
    /** Set when validation gave up early; reported after every other finding. */
    stopped;
    /** MemberUin and Name of every entry, valid or not, so a duplicate is found even next to other errors. */
    identities = [];
    values = new ValueChecks(this);
    /** Every node visit spends one unit: aliases that expand exponentially run out long before memory does. */
    budget;
    /** Each alias's anchored node, found in one walk: Alias.resolve() walks the whole document on every call. */
    targets;
    constructor(file, doc, at, size) {
        this.file = file;
        this.doc = doc;
        this.at = at;
        this.budget = 10_000 + 4 * size;
    }
    run() {
        const root = this.doc.contents;
        if (root === null || ((0,yaml/* isScalar */.jn)(root) && root.value === null)) {
            this.fail(root, 'Empty file', 'The file is empty: it needs a `members:` list.');
            return [];
        }
        const map = this.deref(root);
        if (!(0,yaml/* isMap */.jh)(map)) {
            this.fail(root, 'Root is not a mapping', `The file must be a mapping with a \`members:\` list, not ${describe(map)}.`);
            return [];
        }
        let defaults = { fields: {} };
        let members;
        for (const pair of this.pairs(map)) {
            const key = this.keyOf(pair, format/* TOP_LEVEL_KEYS */.Uw);
            if (key === 'version')
                this.checkVersion(pair.value);
            else if (key === 'defaults')
                defaults = this.readDefaults(pair.value, pair);
            else if (key === 'nodes')
                this.nodes = this.readNodes(pair.value, pair);
            else if (key === 'members')
                members = pair.value === null || isEmpty(pair.value) ? undefined : pair.value;
        }
        if (members === undefined) {
            if (!map.items.some((p) => this.plainKey(p) === 'members')) {
                // A mistyped `members:` was already reported with its "did you mean"; saying it is missing too is noise.
                if (!map.items.some((p) => (0,suggest/* suggest */.Z)(this.plainKey(p) ?? '', format/* TOP_LEVEL_KEYS */.Uw) === 'members')) {
                    this.fail(map, 'Missing members', 'The file has no `members:` list.');
                }
            }
            else {
                this.fail(map.items.find((p) => this.plainKey(p) === 'members').key, 'members is not a list', '`members` is empty: write a list of entries, or `members: []`.');
            }
            return [];
        }
        this.pathsUsed = this.nodes !== undefined || defaults.node !== undefined || map.items.some((p) => this.plainKey(p) === 'nodes');
        const list = this.deref(members);
        if (!(0,yaml/* isSeq */.oP)(list)) {
            this.fail(members, 'members is not a list', `\`members\` must be a list of entries, not ${describe(list)}.`);
            return [];
        }
        const entries = [];
        for (const item of list.items) {
            const entry = this.readEntry(item, defaults);
            if (entry)
                entries.push(entry);
            if (this.budget < 0 || this.full)
                return [];
        }
        this.checkUnique('MemberUin');
        this.checkUnique('Name');
        this.checkDeclaredNodes(entries);
        return entries;
    }
    /**
     * `nodes:` is the tree below the root: each item a Path, optionally pinned by NodeId, with a Remark when the file
     * manages it. Paths and pins are unique; a parent may come before or after its children.
     */
    readNodes(node, pair) {
        const list = node === null ? null : this.deref(node);
        if (list === null || ((0,yaml/* isScalar */.jn)(list) && list.value === null))
            return [];
        if (!(0,yaml/* isSeq */.oP)(list)) {
            this.fail(node ?? pair.key, 'nodes is not a list', `\`nodes\` must be a list of { Path, NodeId?, Remark? }, not ${describe(list)}.`);
            return [];
        }
        const out = [];
        const paths = new Map();
        const pins = new Map();
        for (const item of list.items) {
            if (this.full)
                break;
            const map = this.deref(item);
            if (!(0,yaml/* isMap */.jh)(map)) {
                this.fail(item, 'Node is not a mapping', `Each item of \`nodes\` must be a mapping with Path (and NodeId, Remark), not ${describe(map)}.`);
                continue;
            }
            const at = this.pos(item);
            const entry = { path: '', ...at, positions: {} };
            let ok = true;
            for (const p of this.pairs(map)) {
                const key = this.keyOf(p, format/* NODE_KEYS */.eN);
                if (!key) {
                    ok = false;
                    continue;
                }
                const raw = p.value;
                const value = this.derefOrNull(raw);
                const where = raw ?? p.key;
                entry.positions[key] = this.pos(where);
                if (key === 'NodeId') {
                    const id = this.values.integer('NodeId', value, where);
                    if (id === undefined)
                        ok = false;
                    else
                        entry.NodeId = id;
                }
                else if (key === 'Remark') {
                    const remark = this.values.string('Remark', { description: '' }, value, where);
                    if (remark === undefined)
                        ok = false;
                    else
                        entry.Remark = remark;
                }
                else {
                    const path = this.path('Path', value, where);
                    if (path === undefined)
                        ok = false;
                    else
                        entry.path = path;
                }
            }
            if (entry.positions.Path === undefined)
                ok = this.fail(item, 'Missing field', 'This node needs a Path: the names from below the root, joined by "/".');
            if (!ok)
                continue;
            const samePath = paths.get(entry.path);
            if (samePath)
                ok = this.report(entry.positions.Path, 'Duplicate Path', `Path ${(0,untrusted/* excerpt */.Kb)(entry.path)} is already declared at line ${samePath.line}.`);
            else
                paths.set(entry.path, entry.positions.Path);
            if (entry.NodeId !== undefined) {
                const samePin = pins.get(entry.NodeId);
                if (samePin)
                    ok = this.report(entry.positions.NodeId, 'Duplicate NodeId', `NodeId ${entry.NodeId} is already pinned at line ${samePin.line}.`);
                else
                    pins.set(entry.NodeId, entry.positions.NodeId);
            }
            if (ok)
                out.push(entry);
        }
        return out;
    }
    /** A node path's value: a string of names joined by "/", each a node name. */
    path(name, value, where) {
        const path = this.values.string(name, { description: '' }, value, where);
        if (path === undefined)
            return undefined;
        const problem = (0,node_paths/* pathProblem */.z9)(path);
        if (problem) {
            this.fail(where, 'Invalid path', `${name} ${(0,untrusted/* excerpt */.Kb)(path)} ${problem}.`);
            return undefined;
        }
        return path;
    }
    /**
     * With a `nodes:` section the file declares the tree: a member's Node must be one of its paths (checked here, without
     * the organization; a run that reads it also resolves every path against the live tree).
     */
    checkDeclaredNodes(entries) {
        if (!this.nodes)
            return;
        const declared = this.nodes.map((n) => n.path);
        const known = new Set(declared);
        for (const e of entries) {
            if (e.node === undefined || known.has(e.node))
                continue;
            this.report(e.positions.Node, 'Unknown node', `Node ${(0,untrusted/* excerpt */.Kb)(e.node)} is not declared under nodes:.${didYouMean(e.node, declared)} Declare it there, or name a node that is.`);
        }
    }
    checkVersion(node) {
        const n = this.deref(node);
        if (!(0,yaml/* isScalar */.jn)(n) || n.value !== BigInt(format/* FORMAT_VERSION */.Hp)) {
            this.fail(node, 'Unknown format version', `\`version\` must be ${format/* FORMAT_VERSION */.Hp}, the only format this action reads.`);
        }
    }
    readDefaults(node, pair) {
        const map = node === null ? null : this.deref(node);
        if (!(0,yaml/* isMap */.jh)(map)) {
            this.fail(node ?? pair.key, 'defaults is not a mapping', `\`defaults\` must be a mapping of fields, not ${describe(map)}.`);
            return { fields: {} };
        }
        const fields = {};
        let nodeRef;
        for (const p of this.pairs(map)) {
            const name = this.keyOf(p, ENTRY_KEYS);
            if (!name)
                continue;
            if (name === format/* NODE_FIELD */.Y_) {
                nodeRef = this.readNode(p);
                continue;
            }
            if (format/* IDENTITY_FIELDS */.DL.includes(name)) {
                this.fail(p.key, 'Not allowed in defaults', `${name} identifies one entry and cannot have a default.`);
                continue;
            }
            fields[name] = { value: this.readField(name, p), at: this.pos(p.value) };
        }
        if (nodeRef && fields.NodeId) {
            this.report(nodeRef.at, 'Node and NodeId', 'defaults gives both Node and NodeId: name the node one way, by path (Node) or by id (NodeId).');
            nodeRef.value = undefined;
        }
        return { fields, ...(nodeRef ? { node: nodeRef } : {}) };
    }
    readNode(p) {
        const raw = p.value;
        const where = raw ?? p.key;
        return { value: this.path(format/* NODE_FIELD */.Y_, this.derefOrNull(raw), where), at: this.pos(where) };
    }
    readEntry(node, defaults) {
        const map = this.deref(node);
        if (!(0,yaml/* isMap */.jh)(map)) {
            this.fail(node, 'Entry is not a mapping', `Each entry of \`members\` must be a mapping with MemberUin, Name, ..., not ${describe(map)}.`);
            return undefined;
        }
        const own = {};
        let ownNode;
        for (const p of this.pairs(map)) {
            const name = this.keyOf(p, ENTRY_KEYS);
            if (name === format/* NODE_FIELD */.Y_)
                ownNode = this.readNode(p);
            else if (name)
                own[name] = { value: this.readField(name, p), at: this.pos(p.value ?? p.key) };
        }
        this.identities.push({ MemberUin: own.MemberUin, Name: own.Name });
        const start = this.pos(node);
        let bothNodes = false;
        if (ownNode && own.NodeId) {
            this.report(ownNode.at, 'Node and NodeId', 'This entry gives both Node and NodeId: name its node one way, by path (Node) or by id (NodeId).');
            bothNodes = true;
        }
        // The entry's own node, either way it is named, wins over the one defaults give.
        const entryNames = ownNode !== undefined || own.NodeId !== undefined;
        const nodeRef = entryNames ? ownNode : defaults.node;
        const merged = { ...defaults.fields, ...(entryNames ? { NodeId: undefined } : {}), ...own };
        if (merged.NodeId === undefined)
            delete merged.NodeId;
        const absent = format/* FIELD_NAMES */.Yr.filter((name) => format/* FIELDS */.cJ[name].required && merged[name] === undefined && !(name === 'NodeId' && nodeRef !== undefined));
        let ok = !bothNodes && absent.length === 0 && Object.values(merged).every((f) => f.value !== undefined) && (nodeRef === undefined || nodeRef.value !== undefined);
        // A mistyped key was already reported with its "did you mean"; saying the field is missing too is noise.
        // Only computed when something is missing: it is an edit distance per key, and most entries lack nothing.
        const typos = absent.length > 0 && !this.full ? new Set(map.items.map((p) => (0,suggest/* suggest */.Z)(this.plainKey(p) ?? '', format/* FIELD_NAMES */.Yr))) : new Set();
        // Where the file names nodes by path, the message says that a path will do too.
        const byPath = this.pathsUsed || ownNode !== undefined;
        const missing = absent.filter((name) => !typos.has(name)).map((name) => (name === 'NodeId' && byPath ? 'NodeId (or Node, a path)' : name));
        if (missing.length > 0) {
            const fromDefaults = missing.some((name) => !format/* IDENTITY_FIELDS */.DL.includes(name)) ? ' (in the entry or in defaults)' : '';
            this.report(start, 'Missing field', `This entry needs ${orList(missing, 'and', '')}${fromDefaults}.`);
        }
        for (const name of format/* FIELD_NAMES */.Yr) {
            const spec = format/* FIELDS */.cJ[name];
            if (merged[name] !== undefined || spec.kind !== 'string' || !spec.requiredWhen)
                continue;
            const list = merged[spec.requiredWhen.field]?.value;
            if (list?.includes(spec.requiredWhen.contains)) {
                ok = false;
                const inherited = own[spec.requiredWhen.field] ? '' : `; this entry inherits ${spec.requiredWhen.field} from defaults (line ${merged[spec.requiredWhen.field].at.line})`;
                this.report(own[spec.requiredWhen.field]?.at ?? start, 'Missing field', `${name} is required because ${spec.requiredWhen.why}${inherited}.`);
            }
        }
        if (!ok)
            return undefined;
        const member = {};
        const positions = {};
        for (const name of format/* FIELD_NAMES */.Yr) {
            const field = merged[name];
            if (field) {
                member[name] = field.value;
                positions[name] = field.at;
            }
        }
        // A node named by path has no id until the organization is read: 0 stands in (organization/node-tree.ts resolves it).
        if (nodeRef) {
            member.NodeId = 0;
            positions.Node = nodeRef.at;
        }
        return { member: member, ...start, positions, ...(nodeRef ? { node: nodeRef.value } : {}) };
    }
    /** Checks one field's value against its spec; undefined means it was wrong (and reported). */
    readField(name, pair) {
        const spec = format/* FIELDS */.cJ[name];
        const raw = pair.value;
        const node = raw === null ? null : this.deref(raw);
        const where = raw ?? pair.key;
        switch (spec.kind) {
            case 'integer':
                return this.values.integer(name, node, where);
            case 'string':
                return this.values.string(name, spec, node, where);
            case 'integer-list':
                return this.values.integerList(name, spec, node, where);
            case 'object-list':
                return this.values.objectList(name, spec, node, where);
        }
    }
    checkUnique(field) {
        const first = new Map();
        for (const identity of this.identities) {
            const here = identity[field];
            if (here?.value === undefined)
                continue;
            const there = first.get(here.value);
            if (!there) {
                first.set(here.value, here.at);
                continue;
            }
            const shown = typeof here.value === 'string' ? (0,untrusted/* excerpt */.Kb)(here.value) : String(here.value);
            this.report(here.at, `Duplicate ${field}`, `${field} ${shown} is already declared at line ${there.line}.`);
            this.report(there, `Duplicate ${field}`, `${field} ${shown} is declared again at line ${here.at.line}.`);
        }
    }
    /**
     * The pairs of a mapping, with keys that are plain strings; other keys are reported and skipped, and so is a key
     * the mapping already had (one set per mapping: the YAML library's own check is quadratic).
     */
    pairs(map) {
        const out = [];
        const seen = new Map();
        for (const p of map.items) {
            if (this.full)
                break;
            const key = this.plainKey(p);
            if (key === undefined) {
                this.fail(p.key ?? map, 'Invalid key', `Keys must be plain names, not ${describe(p.key)}.`);
                continue;
            }
            const first = seen.get(key);
            if (first) {
                this.fail(p.key, 'Duplicate key', `The key ${(0,untrusted/* excerpt */.Kb)(key)} appears twice in this mapping (first at line ${this.pos(first).line}); each key may appear once.`);
                continue;
            }
            seen.set(key, p.key);
            out.push(p);
        }
        return out;
    }
    plainKey(p) {
        return (0,yaml/* isScalar */.jn)(p.key) && typeof p.key.value === 'string' ? p.key.value : undefined;
    }
    /** The key of a pair if the format knows it; otherwise an error with a "did you mean" hint. */
    keyOf(p, known) {
        const key = this.plainKey(p);
        if (known.includes(key))
            return key;
        // Once the error limit is reached no message is kept, so none is composed ("did you mean" is the costly part).
        if (this.full)
            return undefined;
        this.fail(p.key, 'Unknown key', `Unknown key ${(0,untrusted/* excerpt */.Kb)(key)}.${didYouMean(key, known)} Known keys: ${known.join(', ')}.`);
        return undefined;
    }
    deref(node) {
        this.budget--;
        if (!(0,yaml/* isAlias */.Vj)(node))
            return node;
        const target = this.resolve(node);
        if (!target)
            return node;
        const exhausted = this.budget < 0;
        this.budget -= countNodes(target, this.budget, (a) => this.resolve(a));
        if (this.budget < 0 && !exhausted) {
            this.fail(node, 'Hostile YAML', 'Aliases expand this file beyond any members file (an alias bomb?); write the values out instead.');
        }
        return target;
    }
    /** The node an alias stands for: the last node before it with its anchor, as YAML defines it. */
    resolve(alias) {
        if (!this.targets) {
            const targets = new Map();
            const anchored = new Map();
            (0,yaml/* visit */.YR)(this.doc, {
                Node: (_key, n) => {
                    if ((0,yaml/* isAlias */.Vj)(n)) {
                        const target = anchored.get(n.source);
                        if (target)
                            targets.set(n, target);
                    }
                    else if (n.anchor) {
                        anchored.set(n.anchor, n);
                    }
                }
            });
            this.targets = targets;
        }
        return this.targets.get(alias);
    }
    derefOrNull(node) {
        return node === null ? null : this.deref(node);
    }
    pos(node) {
        return this.at(node?.range?.[0] ?? 0);
    }
    /** Past MAX_ERRORS findings help nobody and cost time (a generated or mangled file): every walk stops. */
    get full() {
        return this.stopped !== undefined;
    }
    report(at, title, message) {
        return this.add((0,diagnostics/* error */.z3)(this.file, at, title, message));
    }
    fail(node, title, message) {
        if (this.budget < 0 && title !== 'Hostile YAML')
            return false;
        const start = this.pos(node);
        const end = node?.range ? this.at(node.range[1]) : start;
        return this.add({ ...(0,diagnostics/* error */.z3)(this.file, start, title, message), endLine: end.line, endCol: end.col });
    }
    add(d) {
        if (this.full)
            return false;
        this.errors.push(d);
        if (this.errors.length >= MAX_ERRORS) {
            this.stopped = (0,diagnostics/* error */.z3)(this.file, d, 'Too many errors', `Stopped after ${this.errors.length} errors; fix these and run again.`);
        }
        return false;
    }
}
/** Counts nodes under `node`, aliases expanded, stopping early once `limit` is passed. */
function countNodes(node, limit, resolve) {
    let count = 0;
    const stack = [node];
    while (stack.length > 0 && count <= limit) {
        const n = stack.pop();
        count++;
        if ((0,yaml/* isMap */.jh)(n))
            for (const p of n.items)
                stack.push(p.key, p.value);
        else if ((0,yaml/* isSeq */.oP)(n))
            stack.push(...n.items);
        else if ((0,yaml/* isAlias */.Vj)(n))
            stack.push(resolve(n));
    }
    return count;
}
/** `members:` with nothing after it, or `members: null`. */
function isEmpty(node) {
    return (0,yaml/* isScalar */.jn)(node) && node.value === null;
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ isManifestWorker),
/* harmony export */   RQ: () => (/* binding */ validateAside),
/* harmony export */   dv: () => (/* binding */ serveManifestWorker)
/* harmony export */ });
/* unused harmony exports MANIFEST_TASK, ASIDE_MIN_BYTES */
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9960);
// Parsing and validating a large members file takes the main thread for most of a second (5,000 entries: about
// 0.5-0.9 s of `yaml` alone), and a drift run reads the organization meanwhile: paced requests cannot leave while the
// thread is busy, so that second would be added to the read. A worker thread of the same bundle validates instead;
// its answer (entries and diagnostics, plain data) comes back by structured clone. Small files stay on this thread:
// a worker costs more than they do.
//
// worker_threads is loaded only where a worker is started or served: every other run would pay for it at start-up
// (README, Performance). So the worker carries the task in its argv too, which the entry module can read without it.

/** What the worker is asked: set in its workerData and its argv, and how the entry module tells a worker from the action. */
const MANIFEST_TASK = 'tencent-org-members:read-manifest';
/** Below this, validating here is quicker than starting a worker. */
const ASIDE_MIN_BYTES = 64 * 1024;
/**
 * readManifest, in a worker when the file is large and `entry` (the running bundle) can host one; on this thread
 * otherwise, or when the worker fails to start: the answer is the same either way.
 */
async function validateAside(file, bytes, entry = process.argv[1]) {
    if (bytes.length < ASIDE_MIN_BYTES || !entry)
        return (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .W)(file, bytes);
    try {
        const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
        return await new Promise((resolve, reject) => {
            const worker = new Worker(entry, { argv: [MANIFEST_TASK], workerData: { task: MANIFEST_TASK, file, bytes } });
            worker.once('message', (m) => {
                resolve(m);
                void worker.terminate();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`the validation worker exited (${code}) without an answer`)));
        });
    }
    catch {
        return (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .W)(file, bytes);
    }
}
/** True in a worker started by validateAside. Without the task in its argv, a run is the action: nothing to load. */
async function isManifestWorker() {
    if (!process.argv.includes(MANIFEST_TASK))
        return false;
    const { isMainThread, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    return !isMainThread && workerData?.task === MANIFEST_TASK;
}
/** The worker's side: validate, answer, end. */
async function serveManifestWorker() {
    const { parentPort, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const { file, bytes } = workerData;
    parentPort.postMessage((0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .W)(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
}


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HN: () => (/* reexport */ LineCounter),
  Vj: () => (/* reexport */ isAlias),
  P3: () => (/* reexport */ isCollection),
  jh: () => (/* reexport */ isMap),
  jn: () => (/* reexport */ isScalar),
  oP: () => (/* reexport */ isSeq),
  Tp: () => (/* reexport */ parseDocument),
  YR: () => (/* reexport */ visit)
});

;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/identity.js
const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const identity_isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/visit.js


const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity_isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (isNode(ctrl) || isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity_isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (isNode(ctrl) || isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (isMap(node))
        return visitor.Map?.(key, node, path);
    if (isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (isPair(node))
        return visitor.Pair?.(key, node, path);
    if (isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity_isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/doc/directives.js



const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
            const tags = {};
            visit(doc.contents, (_key, node) => {
                if (isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/doc/anchors.js



/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (isScalar(ref.node) || isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/doc/applyReviver.js
/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/toJS.js


/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/Node.js




class NodeBase {
    constructor(type) {
        Object.defineProperty(this, NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity_isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/Alias.js






class Alias extends NodeBase {
    constructor(source) {
        super(ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit(doc, {
                Node: (_key, node) => {
                    if (isAlias(node) || hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/Scalar.js




const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends NodeBase {
    constructor(value) {
        super(SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/doc/createNode.js




const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity_isDocument(value))
        value = value.contents;
    if (isNode(value))
        return value;
    if (isPair(value)) {
        const map = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[MAP]
                : Symbol.iterator in Object(value)
                    ? schema[SEQ]
                    : schema[MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/Collection.js




function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => isNode(it) || isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && isScalar(node) ? node.value : node;
        else
            return isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringifyComment.js
/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/foldFlowLines.js
const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringifyString.js



const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString_stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.BLOCK_FOLDED:
            case Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringify.js





function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
    if (anchor && anchorIsValid(anchor)) {
        anchors.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : isScalar(node)
            ? stringifyString_stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringifyPair.js





function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (isCollection(key) || (!isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            isCollection(key) ||
            (isScalar(key)
                ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/log.js
function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function log_warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        console.warn(warning);
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js



// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (isScalar(key) &&
        (!key.type || key.type === Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/addPairToJSMap.js






function addPairToJSMap(ctx, map, { key, value }) {
    if (isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (isMergeKey(ctx, key))
        addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (isNode(key) && ctx?.doc) {
        const strCtx = createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log_warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/Pair.js





function createPair(key, value, ctx) {
    const k = createNode(key, undefined, ctx);
    const v = createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, NODE_TYPE, { value: PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (isNode(key))
            key = key.clone(schema);
        if (isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringifyCollection.js




function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (isPair(item)) {
            const ik = isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (isPair(item)) {
            const ik = isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/YAMLMap.js







function findPair(items, key) {
    const k = isScalar(key) ? key.value : key;
    for (const it of items) {
        if (isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair(pair, pair?.value);
        }
        else
            _pair = new Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (isScalar(prev.value) && isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/common/map.js



const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.from(schema, obj, ctx)
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/nodes/YAMLSeq.js







class YAMLSeq extends Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (isScalar(prev) && isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/common/seq.js



const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.from(schema, obj, ctx)
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/common/string.js


const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString_stringifyString(item, ctx, onComment, onChompKeep);
    }
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/common/null.js


const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/core/bool.js


const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/core/float.js



const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber(node);
    }
};
const float_float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/core/int.js


const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int_int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/core/schema.js








const schema = [
    map,
    seq,
    string,
    nullTag,
    boolTag,
    intOct,
    int_int,
    intHex,
    floatNaN,
    floatExp,
    float_float
];



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/json/schema.js




function schema_intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: schema_intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => schema_intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema_schema = [map, seq].concat(jsonScalars, jsonError);



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js



const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.BLOCK_LITERAL);
        if (type !== Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString_stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js





function resolvePairs(seq, onError) {
    if (isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (isPair(item))
                continue;
            else if (isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair(new Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = isPair(item) ? item : new Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js






class YAMLOMap extends YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (isPair(pair)) {
                key = toJS(pair.key, '', ctx);
                value = toJS(pair.value, key, ctx);
            }
            else {
                key = toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs = createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs = resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs.items) {
            if (isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js


function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar(false),
    stringify: boolStringify
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/float.js



const float_floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber
};
const float_floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber(node);
    }
};
const yaml_1_1_float_float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/int.js


const int_intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function int_intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function int_intStringify(node, radix, prefix) {
    const { value } = node;
    if (int_intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber(node);
}
const intBin = {
    identify: int_intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => int_intResolve(str, 2, 2, opt),
    stringify: node => int_intStringify(node, 2, '0b')
};
const int_intOct = {
    identify: int_intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => int_intResolve(str, 1, 8, opt),
    stringify: node => int_intStringify(node, 8, '0')
};
const yaml_1_1_int_int = {
    identify: int_intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => int_intResolve(str, 0, 10, opt),
    stringify: stringifyNumber
};
const int_intHex = {
    identify: int_intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => int_intResolve(str, 2, 16, opt),
    stringify: node => int_intStringify(node, 16, '0x')
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/set.js




class YAMLSet extends YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair(key.key, null);
        else
            pair = new Pair(key, null);
        const prev = findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = findPair(this.items, key);
        return !keepPair && isPair(pair)
            ? isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js


/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js














const yaml_1_1_schema_schema = [
    map,
    seq,
    string,
    nullTag,
    trueTag,
    falseTag,
    intBin,
    int_intOct,
    yaml_1_1_int_int,
    int_intHex,
    float_floatNaN,
    float_floatExp,
    yaml_1_1_float_float,
    binary,
    merge,
    omap,
    pairs,
    set,
    intTime,
    floatTime,
    timestamp
];



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/tags.js

















const schemas = new Map([
    ['core', schema],
    ['failsafe', [map, seq, string]],
    ['json', schema_schema],
    ['yaml11', yaml_1_1_schema_schema],
    ['yaml-1.1', yaml_1_1_schema_schema]
]);
const tagsByName = {
    binary: binary,
    bool: boolTag,
    float: float_float,
    floatExp: floatExp,
    floatNaN: floatNaN,
    floatTime: floatTime,
    int: int_int,
    intHex: intHex,
    intOct: intOct,
    intTime: intTime,
    map: map,
    merge: merge,
    null: nullTag,
    omap: omap,
    pairs: pairs,
    seq: seq,
    set: set,
    timestamp: timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary,
    'tag:yaml.org,2002:merge': merge,
    'tag:yaml.org,2002:omap': omap,
    'tag:yaml.org,2002:pairs': pairs,
    'tag:yaml.org,2002:set': set,
    'tag:yaml.org,2002:timestamp': timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge)
            ? schemaTags.concat(merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/schema/Schema.js






const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? getTags(compat, 'compat')
            : compat
                ? getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? coreKnownTags : {};
        this.tags = getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, MAP, { value: map });
        Object.defineProperty(this, SCALAR, { value: string });
        Object.defineProperty(this, SEQ, { value: seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/stringify/stringifyDocument.js




function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/doc/Document.js












class Document_Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, NODE_TYPE, { value: DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document_Document.prototype, {
            [NODE_TYPE]: { value: DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode(value, tag, ctx);
        if (flow && isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (isEmptyPath(path))
            return !keepScalar && isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (isEmptyPath(path))
            return this.contents !== undefined;
        return isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/errors.js
class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class errors_YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const errors_prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/util-flow-indent-check.js


function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/util-map-includes.js


function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (isScalar(a) && isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-block-map.js







const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-block-seq.js




function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-flow-collection.js









const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap : YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/compose-collection.js








function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = isNode(res)
        ? res
        : new Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-block-scalar.js


function resolve_block_scalar_resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js



function resolve_flow_scalar_resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/compose-scalar.js





function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolve_block_scalar_resolveBlockScalar(ctx, token, onError)
        : resolve_flow_scalar_resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = isScalar(res) ? res : new Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/compose-node.js







const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/compose-doc.js





function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document_Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode(ctx, value, props, onError)
        : composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/compose/composer.js







function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class composer_Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors_YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors_YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors_YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors_YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document_Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/parse/cst-scalar.js





function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/parse/cst-visit.js
const cst_visit_BREAK = Symbol('break visit');
const cst_visit_SKIP = Symbol('skip children');
const cst_visit_REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function cst_visit_visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
cst_visit_visit.BREAK = cst_visit_BREAK;
/** Do not visit the children of the current item */
cst_visit_visit.SKIP = cst_visit_SKIP;
/** Remove the current item */
cst_visit_visit.REMOVE = cst_visit_REMOVE;
/** Find the item at `path` from `cst` as the root */
cst_visit_visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
cst_visit_visit.parentCollection = (cst, path) => {
    const parent = cst_visit_visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === cst_visit_BREAK)
                    return cst_visit_BREAK;
                else if (ci === cst_visit_REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/parse/cst.js




/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const cst_SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const cst_isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const cst_isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case cst_SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case cst_SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/parse/lexer.js


/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst_SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst_SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/parse/line-counter.js
/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/parse/parser.js



function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class parser_Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/public-api.js








function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter = options.lineCounter || (prettyErrors && new LineCounter()) || null;
    return { lineCounter, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser = new Parser(lineCounter?.addNewLine);
    const composer = new Composer(options);
    const docs = Array.from(composer.compose(parser.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(prettifyError(source, lineCounter));
            doc.warnings.forEach(prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser = new parser_Parser(lineCounter?.addNewLine);
    const composer = new composer_Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors_YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors_prettifyError(source, lineCounter));
        doc.warnings.forEach(errors_prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function public_api_stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document(value, _replacer, options).toString(options);
}



;// CONCATENATED MODULE: ./node_modules/yaml/browser/dist/index.js


















;// CONCATENATED MODULE: ./node_modules/yaml/browser/index.js
// `export * as default from ...` fails on Webpack v4
// https://github.com/eemeli/yaml/issues/228

/* harmony default export */ const browser = ((/* unused pure expression or super */ null && (YAML)));


;// CONCATENATED MODULE: ./src/manifest/yaml.ts
// The yaml library as the validator takes it: the package's ES-module build (its browser/ folder: the same source as
// its CommonJS dist/, built as ES modules for bundlers). The bundler hoists ES modules into the entry's own scope,
// which V8 reads once when it compiles the bundle; the CommonJS build stays some seventy wrapped functions that V8
// reads at compile time and again when each is first called, on every run (README, Performance). The builds differ
// only in Node extras the validator never reaches: warnings through process.emitWarning rather than console.warn (only
// parse() and toJS() warn), !!binary as a Buffer (a YAML 1.1 tag), and the LOG_TOKENS and LOG_STREAM debug output.
// The package's exports offer that build only outside Node, so patches/yaml+2.9.1.patch names it `yaml/browser`, with
// the package's own types.



/***/ }),

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   rg: () => (/* binding */ byPosition),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(file, at, title, message) {
    return { severity: 'error', title, message, file, line: at.line, col: at.col };
}
function warning(file, at, title, message) {
    return { ...error(file, at, title, message), severity: 'warning' };
}
function notice(file, at, title, message) {
    return { ...error(file, at, title, message), severity: 'notice' };
}
function byPosition(a, b) {
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
}


/***/ }),

/***/ 9209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony exports EXCERPT_CHARS, logLines */
// Text from the members file (or from anything a pull request author controls) on its way to a person. It is
// quoted in short, escaped excerpts, so that a message can neither carry a file's content out (a symlinked
// .git/config) nor act on the runner: GitHub's runner reads `::cmd::` at the start of a log line and `##[cmd]`
// anywhere in it (actions/runner, ActionCommand.TryParse and TryParseV2).
/** The longest excerpt of a value that a message quotes, in characters. */
const EXCERPT_CHARS = 40;
// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that can make a line
// read differently from what it holds (CVE-2021-42574, "Trojan Source").
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** A value quoted for a message: at most `max` characters, control characters written as escapes. */
function excerpt(value, max = EXCERPT_CHARS) {
    const chars = [...value];
    const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : value;
    return `"${inert(cut.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}
/** The same escapes without the quotes and without a length limit: for text the caller has already bounded. */
function inert(text) {
    return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[');
}
/**
 * Lines for the runner's log, from text that may hold file content: each line escaped as the runner escapes
 * command data (so `\r` cannot start a new line), `##[` broken, and a leading `::` (after any spaces) encoded.
 */
function logLines(text) {
    return text.split('\n').map((line) => line
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/##\[/g, '#%23[')
        .replace(/^(\s*):/, '$1%3A'));
}
/**
 * A line for a terminal (the command-line tool's output): control characters, which can move the cursor, recolour or
 * rewrite what was printed, written as escapes; tabs and line breaks kept.
 */
function terminalSafe(text) {
    return text
        .replace(/\r(?!\n)/g, '\\r')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
