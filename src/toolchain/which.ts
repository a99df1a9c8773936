// Finds an executable on PATH as a shell would, with Windows' PATHEXT.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Looks a command up on PATH, as a shell would. */
export function which(
  command: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  for (const candidate of commandCandidates(command, env)) {
    try {
      if (!statSync(candidate).isFile()) continue
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here.
    }
  }
  return undefined
}

/**
 * Where a command may be, in the order a shell looks. On Windows each PATH entry is tried with every
 * PATHEXT extension, and first as given when the name already has one of them (`npm.cmd`).
 */
export function commandCandidates(
  command: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const windows = platform === 'win32'
  const paths = windows ? path.win32 : path.posix
  const searchPath = windows
    ? (Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '')
    : (env.PATH ?? '')
  const pathext = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((item) => item !== '')
  const hasExtension = pathext.some((ext) => command.toUpperCase().endsWith(ext.toUpperCase()))
  const extensions = !windows ? [''] : hasExtension ? ['', ...pathext] : pathext
  return searchPath
    .split(paths.delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => extensions.map((extension) => paths.join(dir, command + extension)))
}
