#!/usr/bin/env node
// The CLI entry point: `quality-gate [--cwd DIR] [--checks …] [--format pretty|json|markdown|github] …`.
// Same options as the action's inputs, same pipeline, same exit codes.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { INPUT_NAMES, type InputName } from './config.js'
import { EXIT_INTERNAL, EXIT_USAGE, run } from './main.js'
import { localPlatform, type OutputFormat } from './platform/local.js'
import { stopProcessesOnSignals } from './platform/cancel.js'
import { GATE_VERSION, ISSUES_URL } from './version.js'

const FORMATS: readonly OutputFormat[] = ['pretty', 'json', 'markdown', 'github']
const CLI_ONLY = new Set<InputName>(['working-directory', 'github-token'])

const USAGE = `Usage: quality-gate [options]

Runs formatter check, lint, type check, tests and coverage on a project and gives one verdict.
Exit codes: 0 passed, 1 failed, 2 usage or configuration error, 3 internal error of the gate.

Options (the same as the action's inputs):
  --cwd DIR                  directory to gate (default: the current directory)
  --format FORMAT            pretty (default), json, markdown or github
${INPUT_NAMES.filter((name) => !CLI_ONLY.has(name))
  .map((name) => `  --${name} VALUE`)
  .join('\n')}
  --help, --version
`

async function main(argv: string[]): Promise<number> {
  const options = Object.fromEntries([
    ...INPUT_NAMES.filter((name) => !CLI_ONLY.has(name)).map((name) => [name, { type: 'string' }] as const),
    ['cwd', { type: 'string' }] as const,
    ['format', { type: 'string' }] as const,
    ['help', { type: 'boolean', short: 'h' }] as const,
    ['version', { type: 'boolean' }] as const,
  ])
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values as typeof values
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`error: ${message}. Run 'quality-gate --help' for the options.\n`)
    return EXIT_USAGE
  }
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${GATE_VERSION}\n`)
    return 0
  }
  const format = (values.format ?? 'pretty') as OutputFormat
  if (!FORMATS.includes(format)) {
    process.stderr.write(
      `error: Invalid --format: '${String(values.format)}' is not one of ${FORMATS.join(', ')}.\n`,
    )
    return EXIT_USAGE
  }
  const target = path.resolve(typeof values.cwd === 'string' ? values.cwd : '.')
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    process.stderr.write(`error: Invalid --cwd: '${String(values.cwd)}' is not a directory.\n`)
    return EXIT_USAGE
  }
  const flags: Partial<Record<InputName, string>> = {}
  for (const name of INPUT_NAMES) {
    const value = values[name]
    if (typeof value === 'string') flags[name] = value
  }
  return run(
    localPlatform({
      flags,
      format,
      target,
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    }),
  )
}

stopProcessesOnSignals((message) => void process.stderr.write(`${message}\n`))
try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(
    `quality-gate internal error (a bug in the gate, not a verdict on your code): ${detail.split('\n')[0]}\nPlease report it at ${ISSUES_URL}\n${detail}\n`,
  )
  process.exitCode = EXIT_INTERNAL
}
