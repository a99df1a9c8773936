// Finds an executable on PATH as a shell would, with Windows' PATHEXT.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

const isWindows = process.platform === 'win32'

/** Looks a command up on PATH, as a shell would. */
export function which(
  command: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const extensions = isWindows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (dir === '') continue
    for (const extension of extensions) {
      const candidate = path.join(dir, command + extension)
      try {
        if (!statSync(candidate).isFile()) continue
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // Not here.
      }
    }
  }
  return undefined
}
