// The terminal platform for `npx quality-gate`: flags instead of inputs, the report on stdout in the
// chosen format, logs on stderr so `--format json` stays machine-readable.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { InputName } from '../config.js'
import type { Annotation } from '../report/annotations.js'
import { renderConsole } from '../report/console.js'
import { renderJson } from '../report/json.js'
import type { Platform } from './platform.js'

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
  const log = (text: string): void => void options.stderr.write(`${text}\n`)
  return {
    name: 'local',
    source: {
      getInput: (name) => flags[name] ?? '',
      env: options.env,
      workspace,
      describe: (name) => (name === 'working-directory' ? `--cwd` : `--${name}`),
    },
    info: () => undefined,
    warning: (message) => log(`warning: ${message}`),
    error: (message) => log(`error: ${message}`),
    setSecret: () => undefined,
    wantsAnnotations: options.format === 'github',
    wantsSummary: false,
    annotate(annotations) {
      for (const annotation of annotations) options.stdout.write(`${workflowCommand(annotation)}\n`)
    },
    writeSummary: async () => undefined,
    setOutputs: () => undefined,
    present(report, markdown) {
      if (options.format === 'pretty') options.stdout.write(renderConsole(report, { color }))
      else if (options.format === 'json') options.stdout.write(renderJson(report))
      else if (options.format === 'markdown') options.stdout.write(markdown())
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

/** The same workflow command the runner reads, so `--format github` can be piped into a step's log. */
export function workflowCommand({ level, message, ...properties }: Annotation): string {
  const escapeData = (text: string): string =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
  const names: Record<string, string> = { startLine: 'line', startColumn: 'col' }
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${names[key] ?? key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`
}
