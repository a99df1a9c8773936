// Runs one process from an argv array (never a shell string), with a timeout that kills the whole
// process tree and an in-memory cap on what it prints.
import { spawn } from 'node:child_process'
import type { ToolRun } from './types.js'

export interface RunOptions {
  cwd: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
  /** Bytes kept per stream; the rest is dropped and `truncated` is set. */
  maxOutputBytes?: number
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024
const isWindows = process.platform === 'win32'

/** Environment variables a tool must never see: the action's own inputs include the token. */
export function toolEnvironment(
  base: Record<string, string | undefined>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || key.startsWith('INPUT_')) continue
    env[key] = value
  }
  return { ...env, ...extra }
}

export function runTool(argv: readonly string[], options: RunOptions): Promise<ToolRun> {
  const [command, ...args] = argv
  const started = performance.now()
  const cap = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT
  if (command === undefined) throw new Error('runTool needs a command')

  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? toolEnvironment(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout can kill the tool and everything it started.
      detached: !isWindows,
      windowsHide: true,
    })
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
            killTree(child.pid)
          }, options.timeoutMs)

    let settled = false
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      // The tool may have left children behind; after a timeout make sure none survive.
      if (timedOut) killTree(child.pid)
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
    // A daemon the tool started can hold our pipes open after the tool itself exited: stop waiting for it.
    child.on('exit', (code, signal) => {
      setTimeout(() => {
        child.stdout.destroy()
        child.stderr.destroy()
        finish(code, signal)
      }, 2000).unref()
    })
  })
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    if (isWindows) {
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
    } else {
      process.kill(-pid, 'SIGKILL')
    }
  } catch {
    // Already gone.
  }
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
