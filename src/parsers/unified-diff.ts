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

/** One file a change touched, by its path after the change. */
export interface ChangedFile {
  path: string
  status: 'added' | 'modified' | 'renamed'
  /** The new-side lines added or changed; `all` when the whole file counts (renamed, binary, no patch). */
  lines: number[] | 'all'
}

/**
 * Every file `git diff` (any context size, rename detection on) changed, with its changed new-side lines.
 * Deleted files are left out: nothing in the new tree can be on their lines. Renamed files count whole.
 */
export function parseChangedFiles(text: string): ChangedFile[] {
  const files: ChangedFile[] = []
  let current: (ChangedFile & { deleted: boolean; lineList: number[] }) | undefined
  let newLine = 0
  let inHunk = false
  const finish = (): void => {
    if (current && !current.deleted && current.path) {
      const { deleted: _deleted, lineList, ...file } = current
      files.push(file.lines === 'all' ? file : { ...file, lines: lineList })
    }
    current = undefined
  }
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      finish()
      current = {
        path: samePathOfGitHeader(line) ?? '',
        status: 'modified',
        lines: [],
        deleted: false,
        lineList: [],
      }
      inHunk = false
      continue
    }
    if (current === undefined) continue
    const hunk = HUNK.exec(line)
    if (hunk) {
      inHunk = true
      newLine = Number(hunk[3])
      continue
    }
    if (inHunk) {
      if (line.startsWith('+')) current.lineList.push(newLine++)
      else if (line.startsWith(' ')) newLine++
      // '-' lines and "\ No newline at end of file" take no new-side line.
      if (line.startsWith('+') || line.startsWith('-') || line.startsWith(' ') || line.startsWith('\\'))
        continue
      inHunk = false
    }
    if (line.startsWith('new file mode')) current.status = 'added'
    else if (line.startsWith('deleted file mode')) current.deleted = true
    else if (line.startsWith('rename to ')) {
      current.path = unquoteGitPath(line.slice('rename to '.length))
      current.status = 'renamed'
      current.lines = 'all'
    } else if (line.startsWith('copy to ')) {
      current.path = unquoteGitPath(line.slice('copy to '.length))
      current.status = 'added'
      current.lines = 'all'
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4)
      if (target === '/dev/null') current.deleted = true
      else current.path = stripPrefix(unquoteGitPath(target.split('\t')[0] ?? target))
    } else if (line.startsWith('Binary files ')) {
      const binary = /^Binary files (.+) and (.+) differ$/.exec(line)
      if (binary?.[2] === '/dev/null') current.deleted = true
      else current.lines = 'all'
    }
  }
  finish()
  return files
}

/** The new-side lines a single-file patch (as the pull request files API gives it) adds or changes. */
export function patchAddedLines(patch: string): number[] {
  return parseChangedFiles(`diff --git a/f b/f\n--- a/f\n+++ b/f\n${patch}\n`)[0]?.lines as number[]
}

/** `diff --git a/x b/x`: when both sides name the same path, it is the half after the prefixes. */
function samePathOfGitHeader(line: string): string | undefined {
  const rest = line.slice('diff --git '.length)
  if (rest.startsWith('"')) return undefined
  const half = (rest.length - 1) / 2
  const left = rest.slice(0, half)
  const right = rest.slice(half + 1)
  return left.slice(2) === right.slice(2) ? right.slice(2) : undefined
}

function stripPrefix(target: string): string {
  return /^[a-z]\//.test(target) ? target.slice(2) : target
}

/** git quotes paths with unusual bytes C-style: "a/t\303\251st \"x\".py". */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text
  const bytes: number[] = []
  const body = text.slice(1, -1)
  const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 }
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = body[index + 1] ?? ''
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      index += 3
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
