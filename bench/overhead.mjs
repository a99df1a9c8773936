// The gate's own overhead: wall time of `quality-gate` on an example project against running the very same
// tool commands by hand, as concurrently as the gate does. Prints both times and the ratio.
// Usage: node bench/overhead.mjs [example] [rounds]     (needs Debian's tools; see README)
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { copyExample, gateArgv as gateCommand, median, root, run as runIn } from './common.mjs'

const example = process.argv[2] ?? 'python-app'
const rounds = Number(process.argv[3] ?? 5)
const project = copyExample(example)
const env = {
  ...process.env,
  PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
}
const gateArgv = gateCommand('--cwd', project)
const run = (argv, cwd) => runIn(argv, cwd, env)

async function byHand(commands) {
  const started = performance.now()
  const queue = [...commands]
  const worker = async () => {
    while (queue.length > 0) await run(queue.shift(), project)
  }
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), commands.length) }, worker))
  return performance.now() - started
}

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
