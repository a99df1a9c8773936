// The bundle's startup: how long the action and the CLI take to reach their first decision (a bad input,
// exit 2) on the runner's node, for this checkout's dist/ against the dist/ committed at a baseline revision. Prints medians and
// the ratio. Usage: node bench/startup.mjs [baseline-revision] [rounds]   (default HEAD, 30)
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureRunnerNode } from '../scripts/runner-node.mjs'
import { median, root, run } from './common.mjs'

// The runner's node (24): the action's entry re-executes itself there to shed credentials.
const node = ensureRunnerNode()
const baseline = process.argv[2] ?? 'HEAD'
const rounds = Number(process.argv[3] ?? 30)
const scratch = mkdtempSync(path.join(tmpdir(), 'qg-startup-'))
const oldRoot = path.join(scratch, 'baseline')
mkdirSync(oldRoot)
execFileSync(
  'git',
  ['archive', '--format=tar', `--output=${path.join(scratch, 'dist.tar')}`, baseline, 'dist'],
  {
    cwd: root,
  },
)
execFileSync('tar', ['-xf', path.join(scratch, 'dist.tar'), '-C', oldRoot])

const workspace = mkdtempSync(path.join(tmpdir(), 'qg-startup-ws-'))
const actionEnv = {
  ...process.env,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: workspace,
  RUNNER_TEMP: scratch,
  'INPUT_FAIL-ON': 'sometimes',
}
const cases = [
  ['action', (dist) => [node, path.join(dist, 'index.js')], actionEnv],
  ['cli', (dist) => [node, path.join(dist, 'cli', 'index.js'), '--fail-on', 'sometimes'], process.env],
]
for (const [name, argv, env] of cases) {
  const times = { now: [], then: [] }
  for (let round = 0; round < rounds; round++) {
    // Alternate, so both see the same machine load.
    times.now.push((await run(argv(path.join(root, 'dist')), workspace, env)).ms)
    times.then.push((await run(argv(path.join(oldRoot, 'dist')), workspace, env)).ms)
  }
  const now = median(times.now)
  const then = median(times.then)
  console.log(
    `${name}: ${now.toFixed(0)} ms now, ${then.toFixed(0)} ms at ${baseline} (median of ${rounds}); ratio ${(now / then).toFixed(2)}`,
  )
}
