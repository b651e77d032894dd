// @actions/workflow-parser imports its JSON schemas without an import attribute (it is written for bundlers): Node
// refuses that, and Jest warns that it will. jest.config.js maps the parser's import of the workflow schema here, where
// the same file is imported as JSON should be.
import schema from '../../node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json' with { type: 'json' }

export default schema
