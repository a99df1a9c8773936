// INI files as Python's configparser reads them (RawConfigParser defaults), because that is how flake8,
// mypy, pylint and setuptools read setup.cfg, tox.ini, mypy.ini, .flake8 and .pylintrc:
// - `key = value` and `key: value`, split at the first `=` or `:`; keys lower-cased, values stripped;
// - a line indented deeper than its key continues the value (joined with newlines; blank lines inside
//   are kept, trailing ones dropped); full-line `#` and `;` comments are skipped, also inside a value;
// - no interpolation, no inline comments unless asked for (pylint strips ` #` and ` ;` comments);
// - [DEFAULT] supplies every section's missing keys; a duplicate section or key, a key before any
//   section, or a line that is neither is an error, as it is for the tools. Pure.

export type ConfigSections = Record<string, Record<string, string>>

export type ConfigParseResult = { ok: true; sections: ConfigSections } | { ok: false; error: string }

export interface ConfigParserOptions {
  /** Prefixes that start a comment after whitespace inside a line (pylint: ['#', ';']). */
  inlineCommentPrefixes?: readonly string[]
}

const DEFAULT_SECTION = 'DEFAULT'
const SECTION = /^\[(.+)\]/
const OPTION = /^(.*?)\s*([=:])\s*(.*)$/

export function parseConfigparser(text: string, options: ConfigParserOptions = {}): ConfigParseResult {
  const sections = new Map<string, Map<string, string[]>>()
  const defaults = new Map<string, string[]>()
  const seen = new Set<string>()
  const errors: string[] = []
  let section: Map<string, string[]> | undefined
  let sectionName = ''
  let option: string | undefined
  let indentLevel = 0

  const lines = text.split(/\r\n|\n|\r/)
  if (lines.at(-1) === '') lines.pop()
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1
    const isComment = /^\s*[#;]/.test(line)
    const uncommented = isComment ? '' : stripInlineComment(line, options.inlineCommentPrefixes)
    const value = uncommented.trim()
    if (value === '') {
      // A blank line belongs to the value it stands in; a line that held a comment does not count at all.
      const blank = !isComment && uncommented.length === line.length
      if (blank && section !== undefined && option !== undefined) section.get(option)?.push('')
      continue
    }
    const indent = /\S/.exec(line)?.index ?? 0
    if (section !== undefined && option !== undefined && indent > indentLevel) {
      section.get(option)?.push(value)
      continue
    }
    indentLevel = indent
    const header = SECTION.exec(value)
    if (header) {
      sectionName = header[1] ?? ''
      if (sectionName === DEFAULT_SECTION) section = defaults
      else {
        if (seen.has(`[${sectionName}]`)) {
          return { ok: false, error: `line ${lineNumber}: section '${sectionName}' already exists` }
        }
        seen.add(`[${sectionName}]`)
        section = sections.get(sectionName) ?? new Map()
        sections.set(sectionName, section)
      }
      option = undefined
      continue
    }
    if (section === undefined) {
      return { ok: false, error: `line ${lineNumber}: no section header before ${JSON.stringify(line)}` }
    }
    const pair = OPTION.exec(value)
    const key = pair?.[1]?.trimEnd().toLowerCase()
    if (!pair || !key) {
      errors.push(`line ${lineNumber}: ${JSON.stringify(line)}`)
      option = undefined
      continue
    }
    if (seen.has(`${sectionName}\u0000${key}`)) {
      return {
        ok: false,
        error: `line ${lineNumber}: option '${key}' in section '${sectionName}' already exists`,
      }
    }
    seen.add(`${sectionName}\u0000${key}`)
    option = key
    section.set(key, [(pair[3] ?? '').trim()])
  }
  if (errors.length > 0)
    return { ok: false, error: `lines that are neither a section nor an option: ${errors.join(', ')}` }

  const join = (values: Map<string, string[]>): Record<string, string> =>
    Object.fromEntries([...values].map(([key, parts]) => [key, parts.join('\n').trimEnd()]))
  const result: ConfigSections = {}
  for (const [name, values] of sections) result[name] = { ...join(defaults), ...join(values) }
  return { ok: true, sections: result }
}

/** configparser's inline comments: a prefix preceded by whitespace ends the value. */
function stripInlineComment(line: string, prefixes: readonly string[] | undefined): string {
  if (!prefixes || prefixes.length === 0) return line
  let end = line.length
  for (const prefix of prefixes) {
    for (let at = line.indexOf(prefix); at !== -1; at = line.indexOf(prefix, at + 1)) {
      if (at > 0 && /\s/.test(line[at - 1] ?? '')) {
        end = Math.min(end, at)
        break
      }
    }
  }
  return line.slice(0, end)
}
