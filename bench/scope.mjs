// What `scope: changed` costs: the gate on a git copy of an example project with `--scope all` against
// `--scope changed --base-ref main` (git diff, merge-base, scoping). Prints both medians and the ratio.
// Usage: node bench/scope.mjs [example] [rounds]     (needs Debian's tools; see README)
import { spawnSync } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { copyExample, gateArgv, median, run } from './common.mjs'

const example = process.argv[2] ?? 'python-app'
const rounds = Number(process.argv[3] ?? 5)
const project = copyExample(example)
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

const all = gateArgv('--scope', 'all')
const changed = gateArgv('--scope', 'changed', '--base-ref', 'main')
await run(all, project) // warm-up
const times = { all: [], changed: [] }
for (let round = 0; round < rounds; round++) {
  times.all.push((await run(all, project)).ms)
  times.changed.push((await run(changed, project)).ms)
}
const a = median(times.all)
const c = median(times.changed)
console.log(`scope all:     ${(a / 1000).toFixed(2)} s (median of ${rounds})`)
console.log(`scope changed: ${(c / 1000).toFixed(2)} s`)
console.log(`ratio changed/all: ${(c / a).toFixed(2)}× (${((c - a) / 1000).toFixed(2)} s for the diff)`)
