// The gate's own overhead: wall time of `quality-gate` on an example project against running the very same
// tool commands by hand, as concurrently as the gate does. Prints both times and the ratio.
// Usage: node bench/overhead.mjs [example] [rounds]     (needs Debian's tools; see README)
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const example = process.argv[2] ?? 'python-app'
const rounds = Number(process.argv[3] ?? 5)
const project = path.join(mkdtempSync(path.join(tmpdir(), 'qg-bench-')), example)
cpSync(path.join(root, 'examples', example), project, { recursive: true })
const env = {
  ...process.env,
  PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
}
const gateArgv = [
  process.execPath,
  path.join(root, 'dist', 'cli', 'index.js'),
  '--cwd',
  project,
  '--tool-source',
  'path',
  '--python',
  '/usr/bin/python3',
  '--checks',
  'format,lint,typecheck,security',
  '--format',
  'json',
]

function run(argv, cwd) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('close', () => resolve({ ms: performance.now() - started, stdout }))
  })
}

async function byHand(commands) {
  const started = performance.now()
  const queue = [...commands]
  const worker = async () => {
    while (queue.length > 0) await run(queue.shift(), project)
  }
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), commands.length) }, worker))
  return performance.now() - started
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const first = await run(gateArgv, project) // warm-up, and the commands to replay
const commands = JSON.parse(first.stdout).checks.map((check) => check.argv)
const gate = []
const hand = []
for (let round = 0; round < rounds; round++) {
  gate.push((await run(gateArgv, project)).ms)
  hand.push(await byHand(commands))
}
const g = median(gate)
const h = median(hand)
console.log(`${example}: ${commands.length} tools, ${availableParallelism()} at once, median of ${rounds}`)
console.log(`  quality-gate  ${(g / 1000).toFixed(2)} s`)
console.log(`  by hand       ${(h / 1000).toFixed(2)} s   (the same argv, same concurrency)`)
console.log(`  ratio         ${(g / h).toFixed(2)}×   overhead ${((g - h) / 1000).toFixed(2)} s`)
