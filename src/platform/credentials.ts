// The runner starts the action with the token in its environment (INPUT_GITHUB-TOKEN) and the cache and
// results services' token and URLs beside it. Removing them from the tools' environment is not enough: a
// process can read any same-user ancestor's initial environment (/proc/<pid>/environ, `ps eww`). So the
// action replaces its own process image (execve) with one whose initial environment holds no credential,
// and hands the credentials over in a private file that the new image reads and deletes before it does
// anything else. Variables set later live only in the process's memory, never in /proc/<pid>/environ.
import { mkdtempSync, readFileSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isCredential } from '../exec.js'
import { errorMessage } from '../text.js'

const HANDOFF_VARIABLE = 'QUALITY_GATE_CREDENTIALS_FILE'

type Execve = (file: string, args: string[], env: Record<string, string>) => never

export type Isolation =
  /** This image was started without credentials and got them back from the hand-over file. */
  | { state: 'isolated' }
  /** Nothing to hide: no credential in the environment. */
  | { state: 'nothing-to-hide' }
  /** The platform cannot replace a process image (Windows, Node before 22.15): the environment stays. */
  | { state: 'unavailable'; why: string }
  /** The hand-over failed; the gate goes on without the credentials it could not read back. */
  | { state: 'lost'; why: string }

/**
 * Call first thing in the action's entry. Either never returns (the process image is replaced), or says
 * how the credentials are held now.
 */
export function isolateCredentials(env: NodeJS.ProcessEnv = process.env): Isolation {
  const handoff = env[HANDOFF_VARIABLE]
  if (handoff !== undefined) return receive(handoff, env)
  const secrets = Object.entries(env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && isCredential(entry[0]),
  )
  if (secrets.length === 0) return { state: 'nothing-to-hide' }
  const execve = (process as unknown as { execve?: Execve }).execve
  if (typeof execve !== 'function' || process.platform === 'win32') {
    return {
      state: 'unavailable',
      why: `process.execve is not available on ${process.platform} ${process.version}`,
    }
  }
  let dir: string | undefined
  try {
    dir = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'quality-gate-handoff-'))
    const file = path.join(dir, 'credentials.json')
    writeFileSync(file, JSON.stringify(Object.fromEntries(secrets)), { mode: 0o600 })
    const clean: Record<string, string> = {}
    for (const [key, value] of Object.entries(env)) {
      if (value !== undefined && !isCredential(key)) clean[key] = value
    }
    clean[HANDOFF_VARIABLE] = file
    const args = [process.execPath, ...process.execArgv, ...process.argv.slice(1)]
    return execve.call(process, process.execPath, args, clean)
  } catch (error) {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
    return { state: 'unavailable', why: errorMessage(error) }
  }
}

function receive(file: string, env: NodeJS.ProcessEnv): Isolation {
  Reflect.deleteProperty(env, HANDOFF_VARIABLE)
  try {
    const secrets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    for (const [key, value] of Object.entries(secrets)) {
      if (typeof value === 'string' && isCredential(key)) env[key] = value
    }
    return { state: 'isolated' }
  } catch (error) {
    return { state: 'lost', why: errorMessage(error) }
  } finally {
    // Only what the hand-over made: the file and its own (then empty) directory.
    for (const remove of [() => unlinkSync(file), () => rmdirSync(path.dirname(file))]) {
      try {
        remove()
      } catch {
        // Already gone, or not ours to remove.
      }
    }
  }
}
