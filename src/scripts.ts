// What a package.json's quality scripts run: each entry script (lint, format:check, typecheck, test …) is
// split into simple commands with a shell-words parser, following `npm run x`, `pnpm x`, `yarn x` and
// run-s/run-p/npm-run-all into the scripts they name. Commands that run a script in every workspace
// package (`pnpm -r test`, `npm test --workspaces`, turbo, lerna, nx) are recorded as delegations. Pure.
import { parse as parseShell } from 'shell-quote'

/** The scripts read, in this order; a tool reached from `format:check` ignores `format` (it rewrites). */
export const ENTRY_SCRIPTS = [
  'lint',
  'format:check',
  'format',
  'typecheck',
  'type-check',
  'check',
  'test',
  'ci',
] as const

export interface ScriptCommand {
  /** The command's words, without leading environment assignments. */
  words: string[]
  /** The scripts that led here, entry first: ['test', 'test:unit']. */
  via: string[]
}

export interface ScriptReading {
  commands: ScriptCommand[]
  /** Entry scripts that run a script of the same kind in each workspace package. */
  delegated: { via: string[]; script: string }[]
}

const MAX_DEPTH = 8
const RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])
const RUN_ALL = new Set(['run-s', 'run-p', 'npm-run-all', 'npm-run-all2'])
/** Commands of the package managers themselves, never script names: `pnpm install`, `yarn add`. */
const MANAGER_COMMANDS = new Set([
  'install',
  'i',
  'ci',
  'add',
  'remove',
  'exec',
  'dlx',
  'x',
  'link',
  'publish',
  'pack',
  'audit',
  'outdated',
  'update',
  'why',
  'config',
])

export function readScripts(
  scripts: Readonly<Record<string, unknown>>,
  entries: readonly string[] = ENTRY_SCRIPTS,
): ScriptReading {
  const reading: ScriptReading = { commands: [], delegated: [] }
  const names = Object.keys(scripts).filter((name) => typeof scripts[name] === 'string')
  const text = (name: string): string | undefined => {
    const value = scripts[name]
    return typeof value === 'string' ? value : undefined
  }
  const visit = (name: string, via: string[], extra: readonly string[]): void => {
    const body = text(name)
    if (body === undefined || via.includes(name) || via.length >= MAX_DEPTH) return
    const path = [...via, name]
    for (const words of splitCommands(body)) {
      // Arguments after `--` in `npm run x -- args` go to the last command of x.
      const command = [...withoutAssignments(words), ...extra]
      const called = scriptCall(command, names)
      if (called === undefined) {
        if (command.length > 0) reading.commands.push({ words: command, via: path })
      } else if (called.delegated) {
        reading.delegated.push({ via: path, script: called.scripts[0] ?? '' })
      } else {
        for (const script of called.scripts) visit(script, path, called.extra)
      }
    }
  }
  for (const entry of entries) visit(entry, [], [])
  return reading
}

/** A script body as simple commands: split at &&, ||, ;, | and &; globs kept as written; $VARS kept. */
export function splitCommands(body: string): string[][] {
  const commands: string[][] = [[]]
  let tokens: ReturnType<typeof parseShell>
  try {
    tokens = parseShell(body, (name) => `$${name}`)
  } catch {
    // Shell the parser cannot read (`${{` outside a workflow, a bad substitution) says nothing the gate can use.
    return []
  }
  for (const token of tokens) {
    if (typeof token === 'string') {
      commands[commands.length - 1]?.push(token)
    } else if ('pattern' in token) {
      commands[commands.length - 1]?.push(token.pattern)
    } else if ('op' in token && token.op !== '(' && token.op !== ')') {
      commands.push([])
    }
  }
  return commands.filter((words) => words.length > 0)
}

function withoutAssignments(words: readonly string[]): string[] {
  let start = 0
  while (start < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] ?? '')) start++
  return words.slice(start)
}

interface ScriptCall {
  scripts: string[]
  extra: string[]
  /** Runs the script in each workspace package instead of here. */
  delegated: boolean
}

/** Whether a command runs other scripts (npm run x, pnpm x, run-s a b …) and which. */
function scriptCall(words: readonly string[], names: readonly string[]): ScriptCall | undefined {
  const [first, ...rest] = words
  const isScript = (name: string): boolean => names.includes(name)
  if (first === undefined) return undefined
  if (first === 'turbo' || first === 'lerna' || (first === 'nx' && rest[0] === 'run-many')) {
    return { scripts: [targetName(rest) ?? ''], extra: [], delegated: true }
  }
  if (RUN_ALL.has(first)) {
    const patterns = rest.filter((word) => !word.startsWith('-'))
    return {
      scripts: patterns.flatMap((pattern) => expandPattern(pattern, names)),
      extra: [],
      delegated: false,
    }
  }
  if (!RUNNERS.has(first)) return undefined
  const dashes = rest.indexOf('--')
  const extra = dashes >= 0 ? rest.slice(dashes + 1) : []
  const own = withoutFlagValues(first, dashes >= 0 ? rest.slice(0, dashes) : rest)
  const delegated =
    own.some((word) => DELEGATING.has(word.replace(/=.*$/, ''))) || (first === 'npm' && own.includes('-w'))
  const positional = own.filter((word) => !word.startsWith('-'))
  const withoutWorkspaces = positional.filter((word) => word !== 'workspaces' && word !== 'foreach')
  const name = scriptNamed(withoutWorkspaces, (verb) => isScript(verb) || delegated)
  if (name === undefined) return undefined
  if (delegated) return { scripts: [name], extra: [], delegated: true }
  return { scripts: [name], extra, delegated: false }
}

/** npm run x, npm test, pnpm x (a script of that name): the script a package manager's words run. */
function scriptNamed(positional: readonly string[], isScript: (word: string) => boolean): string | undefined {
  const [verb, next] = positional
  if (verb === 'run' || verb === 'run-script') return next
  if (verb === 'test' || verb === 't') return 'test'
  if (verb !== undefined && !MANAGER_COMMANDS.has(verb) && isScript(verb)) return verb
  return undefined
}

/** Flags of a package manager that run a script in workspace packages rather than here. */
const DELEGATING = new Set([
  '-r',
  '--recursive',
  '-ws',
  '--workspaces',
  '--filter',
  '-F',
  '--workspace',
  'workspaces',
  'foreach',
])
/** Flags that take the next word as their value, per package manager (npm's -w names a workspace). */
const VALUE_FLAGS: Record<string, readonly string[]> = {
  npm: ['-w', '--workspace', '--prefix', '-C'],
  pnpm: ['--filter', '-F', '-C', '--dir'],
  yarn: ['--cwd'],
  bun: ['--filter', '--cwd'],
}

/** The words with each value flag's value removed (the flag itself stays, to be recognised). */
function withoutFlagValues(runner: string, words: readonly string[]): string[] {
  const takesValue = VALUE_FLAGS[runner] ?? []
  const kept: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? ''
    kept.push(word)
    if (takesValue.includes(word)) index++
  }
  return kept
}

/** `turbo run test`, `lerna run test`, `nx run-many -t test`: the task's name. */
function targetName(words: readonly string[]): string | undefined {
  const flag = words.findIndex((word) => word === '-t' || word === '--target' || word === '--targets')
  if (flag >= 0) return words[flag + 1]
  const positional = words.filter((word) => !word.startsWith('-'))
  return positional[0] === 'run' ? positional[1] : positional[0]
}

/** run-s 'lint:*': the scripts a npm-run-all pattern names, in their order in package.json. */
function expandPattern(pattern: string, names: readonly string[]): string[] {
  if (!pattern.includes('*')) return [pattern]
  const matcher = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^:]*')}$`,
  )
  return names.filter((name) => matcher.test(name))
}

/** Like readScripts, for a package.json record as parsed (scripts may be anything). */
export function readPackageScripts(
  packageJson: Readonly<Record<string, unknown>> | undefined,
  entries: readonly string[] = ENTRY_SCRIPTS,
): ScriptReading {
  const scripts = packageJson?.scripts
  const record =
    typeof scripts === 'object' && scripts !== null && !Array.isArray(scripts)
      ? (scripts as Record<string, unknown>)
      : {}
  return readScripts(record, entries)
}
