// .pre-commit-config.yaml as pre-commit reads it: each hook's id, args, entry (local hooks), files and
// exclude (Python regular expressions, searched in repository-relative paths, the config's own top-level
// files/exclude applied too) and pass_filenames. Pure.
import { asArray, asRecord } from './project.js'

export interface PreCommitHook {
  id: string
  /** The hook repository ("local", "meta", or a URL). */
  repo: string
  args: string[]
  /** The config sets `args` (else the hook repository's defaults apply). */
  hasArgs: boolean
  /** A local hook's command, as words. */
  entry?: string[]
  /** The files the hook sees: its own files/exclude and the config's; undefined when nothing narrows them. */
  selects?: (file: string) => boolean
  passFilenames: boolean
}

export interface PreCommitConfig {
  hooks: PreCommitHook[]
  /** Patterns that are not valid regular expressions here, with why: said, then ignored. */
  problems: string[]
}

export function readPreCommit(config: unknown): PreCommitConfig {
  const root = asRecord(config)
  const problems: string[] = []
  const compile = (where: string, value: unknown): RegExp | undefined => {
    if (typeof value !== 'string' || value === '' || value === '^$') return undefined
    try {
      return pythonRegExp(value)
    } catch (error) {
      problems.push(
        `${where} in .pre-commit-config.yaml: ${error instanceof Error ? error.message : String(error)}`,
      )
      return undefined
    }
  }
  const topFiles = compile('files', root.files)
  const topExclude = compile('exclude', root.exclude)
  const hooks: PreCommitHook[] = []
  for (const repoEntry of asArray(root.repos)) {
    const repo = asRecord(repoEntry)
    const repoName = typeof repo.repo === 'string' ? repo.repo : ''
    for (const hookEntry of asArray(repo.hooks)) {
      const hook = asRecord(hookEntry)
      if (typeof hook.id !== 'string') continue
      const files = compile(`files of hook ${hook.id}`, hook.files)
      const exclude = compile(`exclude of hook ${hook.id}`, hook.exclude)
      const narrowed = [topFiles, topExclude, files, exclude].some((pattern) => pattern !== undefined)
      const item: PreCommitHook = {
        id: hook.id,
        repo: repoName,
        args: asArray(hook.args).flatMap((arg) =>
          typeof arg === 'string' || typeof arg === 'number' ? [String(arg)] : [],
        ),
        hasArgs: Array.isArray(hook.args),
        passFilenames: hook.pass_filenames !== false,
      }
      if (typeof hook.entry === 'string') item.entry = hook.entry.trim().split(/\s+/)
      if (narrowed) {
        item.selects = (file) =>
          (topFiles?.test(file) ?? true) &&
          !(topExclude?.test(file) ?? false) &&
          (files?.test(file) ?? true) &&
          !(exclude?.test(file) ?? false)
      }
      hooks.push(item)
    }
  }
  return { hooks, problems }
}

/**
 * A Python `re` pattern as a JavaScript RegExp with the same `re.search` meaning: inline flags at the
 * start ((?x) verbose, (?i), (?s), (?m)) become flags (verbose: whitespace and comments dropped), and
 * (?P<name>…) / (?P=name) become their JavaScript spellings.
 */
export function pythonRegExp(pattern: string): RegExp {
  let body = pattern
  let flags = ''
  const inline = /^\(\?([aiLmsux]+)\)/.exec(body)
  if (inline) {
    body = body.slice(inline[0].length)
    const letters = inline[1] ?? ''
    if (letters.includes('x')) body = withoutVerboseSpace(body)
    for (const letter of ['i', 'm', 's']) if (letters.includes(letter)) flags += letter
  }
  body = body.replace(/\(\?P<([A-Za-z_]\w*)>/g, '(?<$1>').replace(/\(\?P=([A-Za-z_]\w*)\)/g, '\\k<$1>')
  return new RegExp(body, flags)
}

/** Verbose mode: unescaped whitespace and #-comments outside character classes are not part of it. */
function withoutVerboseSpace(body: string): string {
  let out = ''
  let inClass = false
  for (let index = 0; index < body.length; index++) {
    const char = body[index] ?? ''
    if (char === '\\') {
      out += char + (body[index + 1] ?? '')
      index++
    } else if (inClass) {
      if (char === ']') inClass = false
      out += char
    } else if (char === '[') {
      inClass = true
      out += char
    } else if (char === '#') {
      while (index < body.length && body[index] !== '\n') index++
    } else if (!/\s/.test(char)) {
      out += char
    }
  }
  return out
}
