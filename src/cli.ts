#!/usr/bin/env node
// The CLI entry point: `quality-gate [--cwd DIR] [--checks …] [--format pretty|json|markdown|github] …`.
// Same options as the action's inputs, same pipeline, same exit codes.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { INPUT_NAMES, splitList, type InputName } from './config.js'
import { INPUT_DOCS } from './input-docs.js'
import { combineReports, renderCombinedConsole, renderCombinedMarkdown } from './report/combine.js'
import { readReportFiles } from './report-files.js'
import { EXIT_INTERNAL, EXIT_USAGE, run } from './main.js'
import { localPlatform, type OutputFormat } from './platform/local.js'
import { stopProcessesOnSignals } from './platform/cancel.js'
import { GATE_VERSION, ISSUES_URL } from './version.js'

const FORMATS: readonly OutputFormat[] = ['pretty', 'json', 'markdown', 'github']
// Inputs the CLI does not take: it has --cwd, writes to no GitHub and uploads no artifact.
const CLI_ONLY = new Set<InputName>(['working-directory', 'github-token', 'report-artifact'])

const HELP_WIDTH = 100
const OPTION_COLUMN = 28

/** Words wrapped to the help's width, each line after the first indented to the option's text column. */
function wrapped(text: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && OPTION_COLUMN + line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  return lines.join(`\n${' '.repeat(OPTION_COLUMN)}`)
}

function option(flag: string, text: string): string {
  // A flag too long for its column puts its text on the next line.
  const head = `  ${flag}`
  if (head.length >= OPTION_COLUMN) return `${head}\n${' '.repeat(OPTION_COLUMN)}${wrapped(text)}`
  return `${head.padEnd(OPTION_COLUMN)}${wrapped(text)}`
}

function usage(): string {
  const inputs = INPUT_NAMES.filter((name) => !CLI_ONLY.has(name)).map((name) => {
    const doc = INPUT_DOCS[name]
    return option(`--${name} ${doc.placeholder}`, `${doc.values}. Default: ${doc.cliDefault ?? doc.default}.`)
  })
  return [
    'Usage: quality-gate [options]',
    '       quality-gate publish --reports GLOBS   (combine reports: quality-gate publish --help)',
    '',
    'Runs formatter check, lint, type check, tests and coverage on a project and gives one verdict.',
    'Exit codes: 0 passed, 1 failed, 2 usage or configuration error, 3 internal error of the gate.',
    '',
    "Options (the action's inputs; .github/quality-gate.yml at the repository root applies too):",
    option('--cwd DIR', 'directory to gate. Default: the current directory.'),
    option('--format FORMAT', `what to print: ${FORMATS.join(', ')}. Default: pretty.`),
    ...inputs,
    option('--help, -h', 'print this help.'),
    option('--version', "print the gate's version."),
    '',
  ].join('\n')
}

const PUBLISH_USAGE = [
  'Usage: quality-gate publish --reports GLOBS [--cwd DIR] [--format pretty|json|markdown]',
  '',
  "Combines JSON reports (a matrix's, a monorepo's) into one verdict, as the action's `mode: publish` does.",
  'Exit codes: 0 every report passed, 1 one failed or could not be read, 2 usage error or no report found.',
  '',
  option('--reports GLOBS', 'comma- or newline-separated globs of report files, relative to --cwd.'),
  option('--cwd DIR', 'where the globs start. Default: the current directory.'),
  option('--format FORMAT', 'what to print: pretty, json, markdown. Default: pretty.'),
  '',
].join('\n')

/** `quality-gate publish`: several reports, one verdict, printed. */
async function publishMain(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      reports: { type: 'string' },
      cwd: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(PUBLISH_USAGE)
    return 0
  }
  const format = values.format ?? 'pretty'
  if (!['pretty', 'json', 'markdown'].includes(format)) {
    process.stderr.write(`error: Invalid --format: '${format}' is not one of pretty, json, markdown.\n`)
    return EXIT_USAGE
  }
  const patterns = splitList(values.reports)
  if (patterns.length === 0) {
    process.stderr.write(
      "error: Missing --reports: give the report files' globs, e.g. --reports 'reports/*.json'.\n",
    )
    return EXIT_USAGE
  }
  const base = path.resolve(values.cwd ?? '.')
  const read = await readReportFiles(patterns, base)
  if (read.files.length === 0) {
    process.stderr.write(`error: Invalid --reports: no file in ${base} matches ${patterns.join(', ')}.\n`)
    return EXIT_USAGE
  }
  for (const { key, reason } of read.refused) process.stderr.write(`warning: ${key} is not used: ${reason}\n`)
  const combined = combineReports(read.reports, read.refused)
  if (format === 'json') process.stdout.write(`${JSON.stringify(combined, null, 2)}\n`)
  else if (format === 'markdown') process.stdout.write(renderCombinedMarkdown(combined, read.reports))
  else process.stdout.write(renderCombinedConsole(combined))
  return combined.verdict.passed ? 0 : 1
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'publish') {
    try {
      return await publishMain(argv.slice(1))
    } catch (error) {
      if (!(error instanceof TypeError) || !('code' in error)) throw error
      // parseArgs' own errors (an unknown option): one line, usage error.
      process.stderr.write(
        `error: ${error.message.split('\n')[0]}. Run 'quality-gate publish --help' for the options.\n`,
      )
      return EXIT_USAGE
    }
  }
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
    process.stdout.write(usage())
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
