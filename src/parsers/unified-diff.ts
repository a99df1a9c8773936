// Unified diffs as printed by formatters (black, isort, ruff format --diff) and git.
// For each file: the first line of the original that would change, and every changed original line.

export interface FileDiff {
  /** The path from the `---` header, without timestamps or isort's `:before` suffix. */
  path: string
  /** The 1-based line of the original file where the first change starts. */
  firstChangedLine: number
  hunks: number
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export function parseUnifiedDiff(text: string): FileDiff[] {
  const files: FileDiff[] = []
  const lines = text.split(/\r?\n/)
  let current: FileDiff | undefined
  let oldLine = 0
  let seekingFirst = false

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.startsWith('--- ') && (lines[index + 1] ?? '').startsWith('+++ ')) {
      current = { path: headerPath(line.slice(4)), firstChangedLine: 0, hunks: 0 }
      files.push(current)
      index++
      continue
    }
    if (current === undefined) continue
    const hunk = HUNK.exec(line)
    if (hunk) {
      current.hunks++
      oldLine = Number(hunk[1])
      // `-0,0` (an insertion at the top) has no old line to point at: use 1.
      if (Number(hunk[2] ?? '1') === 0) oldLine++
      seekingFirst = current.firstChangedLine === 0
      continue
    }
    if (!seekingFirst) continue
    if (line.startsWith('-') || line.startsWith('+')) {
      current.firstChangedLine = Math.max(1, oldLine)
      seekingFirst = false
    } else if (line.startsWith(' ')) {
      oldLine++
    }
  }
  for (const file of files) if (file.firstChangedLine === 0) file.firstChangedLine = 1
  return files
}

function headerPath(header: string): string {
  const withoutTime = header.split('\t')[0] ?? header
  return withoutTime.replace(/:before$/, '').trim()
}
