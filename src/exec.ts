// Runs one process from an argv array (never a shell string), in its own process group, with a timeout
// that kills the whole group, an in-memory cap on what it prints, and an environment without credentials.
// Every process still alive is known here, so a cancelled gate can stop them all.
import { spawn, type ChildProcess } from 'node:child_process'
import type { ToolRun } from './types.js'

export interface RunOptions {
  cwd: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
  /** Bytes kept per stream; the rest is dropped and `truncated` is set. */
  maxOutputBytes?: number
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024
/** How long to wait for pipes after the process exited, before giving up on a daemon that holds them. */
const PIPE_GRACE_MS = 2000
const isWindows = process.platform === 'win32'

/** Runner variables that grant access: the cache/results service, OIDC, the API. */
const CREDENTIALS = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
])

/**
 * Whether a variable carries a credential the pull request's code must not see: the action's inputs
 * (`INPUT_GITHUB-TOKEN` among them), the runner's service tokens and URLs, OIDC request tokens and
 * GITHUB_TOKEN/GH_TOKEN. A token meant for the tests travels under another name (README, Security).
 */
export function isCredential(name: string): boolean {
  const upper = name.toUpperCase()
  return upper.startsWith('INPUT_') || upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') || CREDENTIALS.has(upper)
}

/** The environment tools run in: the given one without credentials, plus `extra`. */
export function toolEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || isCredential(key)) continue
    env[key] = value
  }
  return { ...env, ...extra }
}

/** Processes started here and not yet finished, by pid. */
const live = new Map<number, ChildProcess>()

/** Kills every running process group started here (on cancel): their children go with them. */
export async function stopAllProcesses(): Promise<number> {
  const pids = [...live.keys()]
  await Promise.all(pids.map((pid) => killTree(pid)))
  return pids.length
}

export function runProcess(argv: readonly string[], options: RunOptions): Promise<ToolRun> {
  const [command, ...args] = argv
  const started = performance.now()
  const cap = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT
  if (command === undefined) throw new Error('runProcess needs a command')

  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: toolEnvironment(options.env ?? process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the tool and everything it started can be killed together.
      detached: !isWindows,
      windowsHide: true,
    })
    const pid = child.pid
    if (pid !== undefined) live.set(pid, child)
    const stdout = new CappedBuffer(cap)
    const stderr = new CappedBuffer(cap)
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))

    let timedOut = false
    let spawnError: string | undefined
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            void killTree(pid)
          }, options.timeoutMs)

    let settled = false
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      if (pid !== undefined) live.delete(pid)
      const run: ToolRun = {
        argv: [...argv],
        exitCode: code,
        signal,
        stdout: stdout.text(),
        stderr: stderr.text(),
        durationMs: Math.round(performance.now() - started),
        timedOut,
        truncated: stdout.truncated || stderr.truncated,
      }
      if (spawnError !== undefined) run.spawnError = spawnError
      resolve(run)
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code === 'ENOENT' ? `command not found: ${command}` : error.message
      if (child.pid === undefined) finish(null, null)
    })
    child.on('close', finish)
    child.on('exit', (code, signal) => {
      // Whatever the tool left running in its group (a server a test started, a watcher) goes with it.
      if (!isWindows) killGroup(pid)
      // A daemon that left the group can still hold our pipes open: stop waiting for it.
      setTimeout(() => {
        child.stdout.destroy()
        child.stderr.destroy()
        finish(code, signal)
      }, PIPE_GRACE_MS).unref()
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group is already empty.
  }
}

/** Kills a process and its descendants: the process group on POSIX, `taskkill /T` (awaited) on Windows. */
function killTree(pid: number | undefined): Promise<void> {
  if (pid === undefined) return Promise.resolve()
  if (!isWindows) {
    killGroup(pid)
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const killer = spawn('taskkill', ['/pid', String(pid), '/T', '/F'], {
      stdio: 'ignore',
      windowsHide: true,
    })
    killer.on('error', () => resolve())
    killer.on('close', () => resolve())
  })
}

class CappedBuffer {
  private chunks: Buffer[] = []
  private size = 0
  truncated = false

  constructor(private readonly cap: number) {}

  push(chunk: Buffer): void {
    if (this.size >= this.cap) {
      this.truncated = true
      return
    }
    const room = this.cap - this.size
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk
    if (kept.length < chunk.length) this.truncated = true
    this.chunks.push(kept)
    this.size += kept.length
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }
}
