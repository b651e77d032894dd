// Where editors find the JSON Schema of members.yaml: the copy committed at the action's major release tag, so that a
// repository that uses the action (and has no schema/ folder of its own) is validated as it types, by the schema of
// the version it pins. import, the README and the command-line tool all write this one modeline.
export const SCHEMA_URL = 'https://raw.githubusercontent.com/acme/tencent-org-members/v1/schema/members.schema.json'

export const SCHEMA_MODELINE = `# yaml-language-server: $schema=${SCHEMA_URL}`
