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
    const title = `## Membership history of \`${history.file}\``;
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
        r.record.pr === null ? '' : `#${r.record.pr}`,
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
    return r.committer.name === r.author.name && r.committer.email === r.author.email
        ? r.author.name
        : `${r.author.name} (committed by ${r.committer.name})`;
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
            return failed(o.file, 'The checkout is shallow, so the history of the file is not there. Check out the whole history: ' +
                'actions/checkout with `fetch-depth: 0`.');
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


/***/ })

};
