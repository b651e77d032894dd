// How to start GitHub's local runner for actions (@github/local-action) on this repository's TypeScript sources.
// Its own `local-action` command runs `npm exec tsx …`, which needs the node_modules/.bin links that .npmrc turns
// off; this starts the same program with tsx by path instead, with the two variables that command would set.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ROOT } from './action-runner.js'

const PACKAGE = join(ROOT, 'node_modules', '@github', 'local-action')

export interface LocalActionCommand {
  file: string
  args: string[]
  env: Record<string, string>
}

/** `local-action run <this repository> src/action.ts <envFile>`; run it with the repository as working directory. */
export function localActionCommand(envFile: string): LocalActionCommand {
  const tsx = createRequire(join(PACKAGE, 'package.json')).resolve('tsx/cli')
  return {
    file: process.execPath,
    args: [tsx, join(PACKAGE, 'src', 'index.ts'), 'run', ROOT, 'src/action.ts', envFile],
    // TARGET_ACTION_PATH: the action's folder, where it looks for tsconfig.json; NODE_PACKAGE_MANAGER: how it
    // finds the @actions/* packages to stand in for (`npm ls`).
    env: { TARGET_ACTION_PATH: ROOT, NODE_PACKAGE_MANAGER: 'npm', NODE_NO_WARNINGS: '1' }
  }
}
