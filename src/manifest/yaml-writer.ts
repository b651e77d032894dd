// The one writer of members.yaml text: import writes whole files with it, the summary writes entries to paste. Every
// value is written so that YAML reads it back unchanged and the validator's type rules hold (a name `true` or `007`
// stays a string, a PayUin stays a string of digits), and a value can never end its line early: anything that is not a
// simple word is double-quoted, with its line breaks and control characters escaped.
import type { Member, Tag } from '../model/entries.js'

/**
 * A string as YAML reads it back unchanged: plain when it is a simple word, else double-quoted (a JSON string is a
 * valid YAML double-quoted scalar). Words YAML would read as something else (true, null, 1e3, 0x10, ...) are quoted.
 */
export function scalar(s: string): string {
  const plain = /^[A-Za-z_\p{Script=Han}][A-Za-z0-9_.\-@+/\p{Script=Han}]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|y|n|nan|inf)$/i.test(s)
  // JSON.stringify leaves U+2028 and U+2029 as they are; YAML reads them as line breaks.
  return plain
    ? s
    : JSON.stringify(s)
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029')
}

/** The file's own order of an entry's fields. */
export type WrittenField = Exclude<keyof Member, 'MemberUin' | 'Name'> | 'Node'

/** One field of an entry (or of defaults) as YAML lines at `indent`. */
export function fieldLines(field: WrittenField, value: unknown, indent: string): string[] {
  if (field === 'PermissionIds') return [`${indent}${field}: [${[...(value as number[])].sort((a, b) => a - b).join(', ')}]`]
  if (field === 'Tags') {
    const tags = [...(value as Tag[])].sort((a, b) => (a.TagKey < b.TagKey ? -1 : a.TagKey > b.TagKey ? 1 : 0))
    if (tags.length === 0) return [`${indent}Tags: []`]
    return [`${indent}Tags:`, ...tags.map((t) => `${indent}  - { TagKey: ${scalar(t.TagKey)}, TagValue: ${scalar(t.TagValue)} }`)]
  }
  if (field === 'AuthFile') {
    const files = value as Array<{ Name: string; Url: string }>
    return [`${indent}AuthFile:`, ...files.map((f) => `${indent}  - { Name: ${scalar(f.Name)}, Url: ${scalar(f.Url)} }`)]
  }
  // PayUin is a string of digits: quoted, or YAML would read a number.
  if (field === 'PayUin') return [`${indent}${field}: ${JSON.stringify(String(value))}`]
  if (typeof value === 'number' && Number.isSafeInteger(value)) return [`${indent}${field}: ${value}`]
  return [`${indent}${field}: ${scalar(String(value))}`]
}

/** An entry under `members:` (two spaces in), identity first, then the fields given, in the order given. */
export function entryLines(uin: number, name: string, fields: ReadonlyArray<readonly [WrittenField, unknown]>): string[] {
  return [`  - MemberUin: ${uin}`, `    Name: ${scalar(name)}`, ...fields.flatMap(([field, value]) => fieldLines(field, value, '    '))]
}

/** Text for a YAML comment: one line, whatever it holds. */
export function commentText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
}
