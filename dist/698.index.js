export const id = 698;
export const ids = [698];
export const modules = {

/***/ 3698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importAction: () => (/* binding */ importAction)
});

// EXTERNAL MODULE: ./src/workflow-commands.ts + 1 modules
var workflow_commands = __webpack_require__(2571);
// EXTERNAL MODULE: ./src/manifest/validate.ts + 2 modules
var validate = __webpack_require__(5921);
// EXTERNAL MODULE: ./src/manifest/format.ts
var format = __webpack_require__(5518);
// EXTERNAL MODULE: ./src/reconcile/classify.ts
var classify = __webpack_require__(7396);
;// CONCATENATED MODULE: ./src/reconcile/import.ts
// A members file from the live organization, for a team that already has one: every field DescribeOrganizationMembers
// returns that the format has, nodes named in comments, what every member shares factored into `defaults`, members
// sorted by node then MemberUin. Pure: the organization as read in, YAML text out.


/** Fields the file takes from the API, in the format's own order. MemberUin and Name identify an entry. */
const IMPORTED = format/* FIELD_NAMES */.Yr.filter((f) => ['NodeId', 'PolicyType', 'PermissionIds', 'PayUin', 'Remark', 'IsAllowQuit', 'Tags'].includes(f));
function renderImport(org, o) {
    const host = org.info?.HostUin;
    const skipped = org.members.filter((m) => m.MemberUin === host).map((m) => ({ MemberUin: m.MemberUin, why: 'the management account: it is the organization, not a member' }));
    const members = org.members.filter((m) => m.MemberUin !== host).sort((a, b) => (a.NodeId ?? 0) - (b.NodeId ?? 0) || a.MemberUin - b.MemberUin);
    const nodes = new Map(org.nodes.map((n) => [n.NodeId, n]));
    const defaults = shared(members);
    const lines = [
        '# yaml-language-server: $schema=./schema/members.schema.json',
        `# Imported from the Tencent Cloud organization${org.info?.OrgId !== undefined ? ` ${org.info.OrgId}` : ''} on ${o.at.slice(0, 10)}: ` +
            `${members.length} member${members.length === 1 ? '' : 's'} in ${new Set(members.map((m) => m.NodeId)).size} node${new Set(members.map((m) => m.NodeId)).size === 1 ? '' : 's'}.`,
        '# RelationAuthName and AuthFile count only at invitation and the API does not return them: add them by hand if needed.'
    ];
    if (host !== undefined)
        lines.push(`# The management account ${host} is the organization itself, not an entry.`);
    if (defaults.size > 0) {
        lines.push('defaults:');
        for (const [field, value] of defaults) {
            const note = field === 'NodeId' ? `  # ${nodeLabel(value, nodes)}` : '';
            lines.push(...fieldLines(field, value, '  ').map((l, i) => (i === 0 ? l + note : l)));
        }
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
                lines.push(`  # Node ${node ?? '(none)'}: ${node === undefined ? 'no node' : nodeLabel(node, nodes)}`);
            }
            lines.push(`  - MemberUin: ${m.MemberUin}`, `    Name: ${scalar(m.Name)}`);
            for (const field of IMPORTED) {
                const value = (0,classify/* liveValue */.Y$)(m, field);
                if (defaults.has(field) || isEmpty(value))
                    continue;
                lines.push(...fieldLines(field, value, '    '));
            }
        }
    }
    return { text: lines.join('\n') + '\n', members: members.length, skipped };
}
/** Fields every member holds, with one value: written once, under `defaults`. One member alone keeps its own. */
function shared(members) {
    const out = new Map();
    if (members.length < 2)
        return out;
    for (const field of IMPORTED) {
        const first = (0,classify/* liveValue */.Y$)(members[0], field);
        if (isEmpty(first))
            continue;
        const key = (0,classify/* comparedValue */.Ph)(field, first);
        if (members.every((m) => !isEmpty((0,classify/* liveValue */.Y$)(m, field)) && (0,classify/* comparedValue */.Ph)(field, (0,classify/* liveValue */.Y$)(m, field)) === key))
            out.set(field, first);
    }
    return out;
}
function fieldLines(field, value, indent) {
    if (field === 'PermissionIds')
        return [`${indent}${field}: [${[...value].sort((a, b) => a - b).join(', ')}]`];
    if (field === 'Tags') {
        const tags = [...value].sort((a, b) => (a.TagKey < b.TagKey ? -1 : a.TagKey > b.TagKey ? 1 : 0));
        return [`${indent}Tags:`, ...tags.map((t) => `${indent}  - { TagKey: ${scalar(t.TagKey)}, TagValue: ${scalar(t.TagValue)} }`)];
    }
    // PayUin is a string of digits: quoted, or YAML would read a number.
    if (field === 'PayUin')
        return [`${indent}${field}: ${JSON.stringify(value)}`];
    return [`${indent}${field}: ${typeof value === 'number' ? value : scalar(String(value))}`];
}
/** The node's path from the root, for a comment: one line whatever the names hold. */
function nodeLabel(id, nodes) {
    const path = [];
    for (let n = nodes.get(id), guard = 0; n && guard < 50; n = n.ParentNodeId ? nodes.get(n.ParentNodeId) : undefined, guard++)
        path.unshift(n.Name);
    return path.length > 0 ? oneLine(path.join(' / ')) : "(not among the organization's nodes)";
}
function oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
/**
 * A string as YAML reads it back unchanged: plain when it is a simple word, else double-quoted (a JSON string is a
 * valid YAML double-quoted scalar). Words YAML would read as something else (true, null, 1e3, ...) are quoted too.
 */
function scalar(s) {
    const plain = /^[A-Za-z_\p{Script=Han}][A-Za-z0-9_.\-@+\p{Script=Han}]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s);
    return plain ? s : JSON.stringify(s);
}
function isEmpty(v) {
    return v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

// EXTERNAL MODULE: ./src/tencent/organization.ts
var organization = __webpack_require__(6874);
;// CONCATENATED MODULE: ./src/import.ts
// Mode import, and the command-line tool's `import`: read the organization, write a members file from it, and check
// that the file is one the validator accepts. Reads only.



async function importMembers(api, file, rateLimit, retry, now = new Date()) {
    const org = await (0,organization/* readOrganization */.w)(api, rateLimit, retry, { organization: true });
    const imported = renderImport(org, { at: now.toISOString() });
    const { errors } = (0,validate/* readManifest */.W)(file, imported.text);
    return { ...imported, nodes: org.nodes.length, calls: org.calls, errors };
}
/** One sentence for the end of an import, and what is wrong with the file when something is. */
function importSummary(file, r) {
    const skipped = r.skipped.map((s) => ` Left out ${s.MemberUin}: ${s.why}.`).join('');
    const message = `Imported ${r.members} member${r.members === 1 ? '' : 's'} of the organization (${r.nodes} nodes, ${r.calls} calls) into ${file}.${skipped}`;
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

// EXTERNAL MODULE: ./src/pipeline.ts + 4 modules
var pipeline = __webpack_require__(7717);
// EXTERNAL MODULE: ./src/tencent/api-error.ts
var api_error = __webpack_require__(2);
// EXTERNAL MODULE: ./src/tencent/client.ts
var client = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/tencent/endpoint.ts
var endpoint = __webpack_require__(8060);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/workspace-file.ts + 1 modules
var workspace_file = __webpack_require__(9199);
// EXTERNAL MODULE: ./src/tencent/invite.ts
var invite = __webpack_require__(3524);
;// CONCATENATED MODULE: ./src/import-action.ts
// Mode import of the action: the members file written from the live organization into the workspace (input
// `file`), for a later step to commit or open a pull request with. Never writes to the organization.









async function importAction(ctx, settings) {
    const file = settings.filePath;
    let result;
    try {
        result = await importMembers(await import_action_client(settings), file, settings.rateLimit, invite/* DEFAULT_INVITE_OPTIONS */.n);
    }
    catch (e) {
        const why = e instanceof api_error/* ApiError */.h ? (0,pipeline/* describeApiError */.g)(e) : e.message;
        workflow_commands/* appendSummary */.fe(`## Tencent Cloud organization members: import\n\n**Nothing was imported**: reading the organization failed.\n`);
        return workflow_commands/* setFailed */.C1(`Reading the organization failed, so ${file} was not written: ${why}`);
    }
    await (0,workspace_file/* writeWorkspaceFile */.dx)(ctx.workspace, file, result.text);
    const { message, failure } = importSummary(file, result);
    workflow_commands/* info */.pq(message);
    workflow_commands/* setOutput */.uH('imported', result.members);
    workflow_commands/* appendSummary */.fe(`## Tencent Cloud organization members: import\n\n${(0,markdown/* text */.Qq)(message)}\n\n` +
        `A plan of ${(0,markdown/* code */.aY)(file)} now finds every member in sync. Commit it, or open a pull request with it, to keep the organization as code.\n`);
    if (failure)
        workflow_commands/* setFailed */.C1(failure);
}
async function import_action_client(settings) {
    if (!settings.credentials && !settings.oidc) {
        throw new Error('Import reads the organization, so it needs credentials: the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id.');
    }
    if (settings.endpoint.protocol === 'http://' && !(0,endpoint/* isLoopback */.U9)(settings.endpoint)) {
        workflow_commands/* warning */.$e(`endpoint ${settings.endpoint.host} uses plain http: requests can be read and altered on the way.`);
    }
    return (0,client/* createOrganizationApi */.Cr)({
        credentials: settings.credentials ?? (await (await __webpack_require__.e(/* import() */ 764).then(__webpack_require__.bind(__webpack_require__, 4764))).signInWithOidc(settings.oidc, { timeoutSeconds: settings.timeoutSeconds })),
        endpoint: settings.endpoint,
        ...(settings.region ? { region: settings.region } : {}),
        timeoutSeconds: settings.timeoutSeconds
    });
}


/***/ })

};
