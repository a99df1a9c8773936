// How the project itself calls a tool: from the commands its scripts run, the arguments the maintainers
// pass, without the flags the gate sets itself (output format) or that would change files (fix, write) or
// never end (watch). Pure.
import path from 'node:path'
import type { PreCommitHook } from './precommit.js'
import type { ScriptReading } from './scripts.js'
import type { Tool } from './tools/tool.js'

/** One way the project runs a tool: its arguments, and where they were found (for the summary). */
export interface Invocation {
  args: string[]
  from: string
}

/** Launchers that run a package's binary: `npx eslint`, `pnpm exec tsc`, `uv run mypy`. */
const LAUNCHERS: Record<string, readonly string[]> = {
  npx: [],
  pnpx: [],
  bunx: [],
  'cross-env': [],
  'cross-env-shell': [],
  npm: ['exec', 'x'],
  pnpm: ['exec', 'dlx'],
  yarn: ['exec', 'dlx', 'run'],
  bun: ['x', 'run'],
  uv: ['run'],
  poetry: ['run'],
  pipenv: ['run'],
  pdm: ['run'],
  hatch: ['run'],
}

/**
 * The arguments a command passes to the tool, when the command runs it; undefined when it runs
 * something else (another tool, or this tool in a mode the gate does not gate, e.g. `biome format` for
 * biome's lint check).
 */
export function toolArguments(tool: Tool, words: readonly string[]): string[] | undefined {
  const line = tool.commandLine
  if (line === undefined) return undefined
  const rest = withoutLaunchers(words, tool)
  if (rest === undefined) return undefined
  const [first, ...after] = rest
  if (first !== undefined && line.modes?.includes(first)) return withoutOwnedFlags(after, line.ownedFlags)
  if (first !== undefined && line.otherModes?.includes(first)) return undefined
  if (line.modes !== undefined && !line.bareIsMode) return undefined
  return withoutOwnedFlags(rest, line.ownedFlags)
}

/** The words after the tool's own name, past launchers and environment setters; undefined if not the tool. */
function withoutLaunchers(words: readonly string[], tool: Tool): string[] | undefined {
  let index = 0
  for (let guard = 0; guard < 6 && index < words.length; guard++) {
    const word = words[index] ?? ''
    const modes = LAUNCHERS[word]
    if (modes === undefined) break
    index++
    if (modes.length > 0 && modes.includes(words[index] ?? '')) index++
    // Launcher options and environment assignments: npx --yes, npx -p pkg, cross-env NODE_ENV=test.
    while (index < words.length) {
      const next = words[index] ?? ''
      if (next === '--') {
        index++
        break
      }
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(next)) index++
      else if (next === '-p' || next === '--package' || next === '--with') index += 2
      else if (next.startsWith('-')) index++
      else break
    }
  }
  const command = words[index]
  if (command === undefined) return undefined
  // python -m mypy, node node_modules/typescript/bin/tsc
  if (/^python(\d(\.\d+)?)?(\.exe)?$/.test(path.basename(command)) && words[index + 1] === '-m') {
    return words[index + 2] === tool.python?.module ? words.slice(index + 3) : undefined
  }
  if (path.basename(command) === 'node' || path.basename(command) === 'node.exe') {
    const script = words[index + 1] ?? ''
    return binaryName(script) === tool.executable ? words.slice(index + 2) : undefined
  }
  return binaryName(command) === tool.executable ? words.slice(index + 1) : undefined
}

/** node_modules/.bin/eslint.cmd → eslint; ./node_modules/typescript/bin/tsc → tsc. */
function binaryName(word: string): string {
  return path.posix.basename(word.replaceAll('\\', '/')).replace(/\.(cmd|exe|js|cjs|mjs)$/i, '')
}

/** The arguments without the flags the gate owns: `--fix`, `--format json`, `--format=json`. */
export function withoutOwnedFlags(
  args: readonly string[],
  owned: Readonly<Record<string, number>>,
): string[] {
  const kept: string[] = []
  for (let index = 0; index < args.length; index++) {
    const word = args[index] ?? ''
    const name = word.startsWith('-') ? word.replace(/=.*$/, '') : word
    const values = owned[name]
    if (values === undefined) {
      kept.push(word)
      continue
    }
    if (!word.includes('=')) index += values
  }
  return kept
}

/**
 * The tool's invocations in the project's scripts, each distinct set of arguments once. A tool reached
 * from `format:check` does not also take `format`'s arguments (that script rewrites files).
 */
export function scriptInvocations(tool: Tool, reading: ScriptReading): Invocation[] {
  const found: Invocation[] = []
  const matched = reading.commands.flatMap((command) => {
    const args = toolArguments(tool, command.words)
    return args === undefined ? [] : [{ args, via: command.via }]
  })
  const checks = matched.some(({ via }) => via[0] === 'format:check')
  for (const { args, via } of matched) {
    if (checks && via[0] === 'format') continue
    if (found.some((known) => sameArgs(known.args, args))) continue
    found.push({ args, from: `package.json script ${via.map((name) => `"${name}"`).join(' → ')}` })
  }
  return found
}

function sameArgs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index])
}

/**
 * The arguments a pre-commit hook passes the tool (before files), when the hook runs it: a published
 * hook by its id (its args, else its repository's defaults), or any hook whose `entry` runs the tool.
 */
export function hookArguments(tool: Tool, hook: PreCommitHook): string[] | undefined {
  const line = tool.commandLine
  if (hook.entry !== undefined) return toolArguments(tool, [...hook.entry, ...hook.args])
  if (line === undefined || hook.repo === 'local' || !tool.evidence.preCommitHooks?.includes(hook.id)) {
    return undefined
  }
  return withoutOwnedFlags(hook.hasArgs ? hook.args : (line.hookDefaultArgs ?? []), line.ownedFlags)
}

/** The files a tool's pre-commit hook looks at by default (pre-commit's `types`), by extension. */
const HOOK_EXTENSIONS: Record<Tool['language'], readonly string[]> = {
  python: ['.py', '.pyi'],
  javascript: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'],
}

/**
 * The tool's pre-commit hooks, as pre-commit runs them on every file (`pre-commit run --all-files`): the
 * hook's args (a local hook's entry too), then the tracked files its files/exclude select — or, when
 * nothing narrows them, the targets the gate would use (the same files, found by the tool's own rules).
 */
export function hookInvocations(
  tool: Tool,
  hooks: readonly PreCommitHook[],
  trackedFiles: readonly string[] | undefined,
  defaultTargets: readonly string[],
): Invocation[] {
  const line = tool.commandLine
  if (line === undefined) return []
  const found: Invocation[] = []
  for (const hook of hooks) {
    const args = hookArguments(tool, hook)
    if (args === undefined) continue
    const from = `hook ${hook.id} in .pre-commit-config.yaml`
    if (!hook.passFilenames) {
      found.push({ args, from })
      continue
    }
    if (hook.selects === undefined || trackedFiles === undefined) {
      found.push({ args: [...args, ...defaultTargets], from })
      continue
    }
    const extensions = line.fileExtensions ?? HOOK_EXTENSIONS[tool.language]
    const files = trackedFiles.filter(
      (file) => extensions.some((extension) => file.endsWith(extension)) && hook.selects?.(file),
    )
    // pre-commit skips a hook that selects no file: it adds no run.
    if (files.length > 0) found.push({ args: [...args, ...files], from: `${from} (files/exclude)` })
  }
  return found.filter(
    (invocation, index) => found.findIndex((other) => sameArgs(other.args, invocation.args)) === index,
  )
}

/** The tool's invocations in tox `commands` and CI workflow `run` steps, each distinct set once. */
export function commandInvocations(
  tool: Tool,
  commands: readonly { words: readonly string[]; where: string }[],
): Invocation[] {
  const found: Invocation[] = []
  for (const command of commands) {
    const args = toolArguments(tool, command.words)
    if (args === undefined || found.some((known) => sameArgs(known.args, args))) continue
    found.push({ args, from: command.where })
  }
  return found
}
