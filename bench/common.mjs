// What the benchmarks share: a scratch copy of an example, the gate's CLI argv on Debian's tools, a timed
// run, and the median.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function copyExample(example) {
  const project = path.join(mkdtempSync(path.join(tmpdir(), 'qg-bench-')), example)
  cpSync(path.join(root, 'examples', example), project, { recursive: true })
  return project
}

/** The CLI on Debian's tools, the static checks, the report as JSON on stdout. */
export const gateArgv = (...extra) => [
  process.execPath,
  path.join(root, 'dist', 'cli', 'index.js'),
  '--tool-source',
  'path',
  '--python',
  '/usr/bin/python3',
  '--checks',
  'format,lint,typecheck,security',
  '--format',
  'json',
  ...extra,
]

/** Runs argv to the end; resolves with the wall time and stdout. */
export function run(argv, cwd, env = process.env) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('close', () => resolve({ ms: performance.now() - started, stdout }))
  })
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
