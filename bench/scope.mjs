// What `scope: changed` costs: the gate on a git copy of an example project with `--scope all` against
// `--scope changed --base-ref main` (git diff, merge-base, scoping). Prints both medians and the ratio.
// Usage: node bench/scope.mjs [example] [rounds]     (needs Debian's tools; see README)
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const example = process.argv[2] ?? 'python-app'
const rounds = Number(process.argv[3] ?? 5)
const project = path.join(mkdtempSync(path.join(tmpdir(), 'qg-bench-')), example)
cpSync(path.join(root, 'examples', example), project, { recursive: true })
const identity = {
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
}
const git = (...args) => spawnSync('git', args, { cwd: project, env: { ...process.env, ...identity } })
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'base')
git('checkout', '-q', '-b', 'feature')
appendFileSync(path.join(project, 'src', 'pyapp', 'util.py'), '\n\ndef added( x ):\n    return x\n')
git('commit', '-q', '-am', 'change')

const gate = (extra) => [
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

function run(argv) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(argv[0], argv.slice(1), { cwd: project, stdio: 'ignore' })
    child.on('close', () => resolve(performance.now() - started))
  })
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const all = gate(['--scope', 'all'])
const changed = gate(['--scope', 'changed', '--base-ref', 'main'])
await run(all) // warm-up
const times = { all: [], changed: [] }
for (let round = 0; round < rounds; round++) {
  times.all.push(await run(all))
  times.changed.push(await run(changed))
}
const a = median(times.all)
const c = median(times.changed)
console.log(`scope all:     ${(a / 1000).toFixed(2)} s (median of ${rounds})`)
console.log(`scope changed: ${(c / 1000).toFixed(2)} s`)
console.log(`ratio changed/all: ${(c / a).toFixed(2)}× (${((c - a) / 1000).toFixed(2)} s for the diff)`)
