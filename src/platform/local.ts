// The terminal platform for `npx quality-gate`: flags instead of inputs, the report on stdout in the
// chosen format, logs on stderr so `--format json` stays machine-readable.
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { InputName } from '../config.js'
import { renderConsole } from '../report/console.js'
import { renderJson } from '../report/json.js'
import type { Platform } from './platform.js'
import { neutraliseText, printable, workflowCommand } from './workflow-commands.js'

export type OutputFormat = 'pretty' | 'json' | 'markdown' | 'github'

export interface LocalOptions {
  /** Flag values by input name ('' or absent when not given). */
  flags: Partial<Record<InputName, string>>
  format: OutputFormat
  /** The directory to gate (`--cwd`), absolute. */
  target: string
  env: NodeJS.ProcessEnv
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream
}

export function localPlatform(options: LocalOptions): Platform {
  const workspace = repositoryRoot(options.target) ?? options.target
  const flags = { ...options.flags, 'working-directory': path.relative(workspace, options.target) || '.' }
  const color = options.format === 'pretty' && Boolean(options.stdout.isTTY) && !options.env.NO_COLOR
  // On a runner (the CLI in a workflow step) the log is read for workflow commands; a terminal gets the
  // same text with carriage returns normalised, so nothing a tool printed can redraw a line.
  const onRunner = options.env.GITHUB_ACTIONS === 'true'
  const safe = (text: string): string => (onRunner ? printable(text) : neutraliseText(text))
  const log = (text: string): void => void options.stderr.write(`${safe(text)}\n`)
  return {
    publishesToGitHub: false,
    changesIncludeWorkingTree: true,
    source: {
      getInput: (name) => flags[name] ?? '',
      env: options.env,
      workspace,
      describe: (name) => (name === 'working-directory' ? `--cwd` : `--${name}`),
      outputs: { base: 'working-directory', tempDir: tmpdir() },
      baseRefRequired: true,
    },
    info: () => undefined,
    reportWritten: (file) => log(`JSON report: ${file}`),
    warning: (message) => log(`warning: ${message}`),
    error: (message) => log(`error: ${message}`),
    setSecret: () => undefined,
    wantsAnnotations: options.format === 'github',
    wantsSummary: false,
    annotate(annotations) {
      for (const { level, message, ...properties } of annotations)
        options.stdout.write(`${workflowCommand(level, message, properties)}\n`)
    },
    writeSummary: async () => undefined,
    setOutputs: () => undefined,
    present(report, markdown) {
      if (options.format === 'pretty')
        options.stdout.write(`${safe(renderConsole(report, { color }).trimEnd())}\n`)
      else if (options.format === 'json') options.stdout.write(renderJson(report))
      else if (options.format === 'markdown') options.stdout.write(neutraliseText(markdown()))
    },
    fail: () => undefined,
  }
}

/** The nearest directory at or above `dir` that holds .git: findings are relative to it, as in CI. */
export function repositoryRoot(dir: string): string | undefined {
  let current = dir
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current
    const parent = path.dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}
