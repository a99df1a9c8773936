// README's table of tools, rendered from the registry: what each tool checks, where it comes from and what
// detects it. The documentation test compares README with it; UPDATE_DOCS=1 writes it into README.
import { format } from 'prettier'
import { INPUT_NAMES } from '../../src/config.js'
import { INPUT_DOCS } from '../../src/input-docs.js'
import { TOOL_IDS, TOOLS } from '../../src/tools/index.js'
import type { Tool } from '../../src/tools/tool.js'

export const TABLE_START = '<!-- tools: generated from src/tools by __tests__/helpers/tool-docs.ts -->'
export const TABLE_END = '<!-- tools: end -->'

const code = (text: string): string => `\`${text}\``

/** `eslint.config.{js,mjs}`: names that differ only in their extension, together. */
function fileNames(files: readonly string[]): string[] {
  const groups = new Map<string, string[]>()
  for (const file of files) {
    const dot = file.lastIndexOf('.')
    const stem = dot > 0 ? file.slice(0, dot) : file
    groups.set(stem, [...(groups.get(stem) ?? []), file])
  }
  return [...groups].flatMap(([stem, names]) => {
    const others = names.filter((name) => name !== stem)
    const alone = names.length > others.length ? [code(stem)] : []
    if (others.length <= 1) return [...alone, ...others.map(code)]
    return [...alone, code(`${stem}.{${others.map((name) => name.slice(stem.length + 1)).join(',')}}`)]
  })
}

const list = (items: readonly string[] | undefined, render: (text: string) => string): string[] =>
  items && items.length > 0 ? [render(items.map(code).join('/'))] : []

function evidenceOf(tool: Tool): string {
  const evidence = tool.evidence
  const parts = [
    ...fileNames(evidence.files ?? []),
    ...(evidence.pyprojectTables ?? []).map((keys) => code(`[${keys.join('.')}]`)),
    ...Object.entries(evidence.iniSections ?? {}).flatMap(([file, sections]) =>
      sections.map((section) => `${code(file)} ${code(`[${section}]`)}`),
    ),
    ...(evidence.packageJsonKeys ?? []).map((key) => `${code(`"${key}"`)} in package.json`),
    ...list(evidence.pythonPackages, (names) => `${names} in requirements/pyproject lists`),
    ...list(evidence.npmPackages, (names) => `${names} in dependencies`),
    ...list(evidence.preCommitHooks, (ids) => `pre-commit hook ${ids}`),
    ...(tool.commandLine ? ['a package.json script or CI step that runs it'] : []),
    ...(evidence.testsDirectory ? [`a ${code('tests/')} directory`] : []),
    ...(evidence.follows
      ? [
          `where ${code(evidence.follows.tool)} is, unless ${evidence.follows.unless.map(code).join(' or ')} is`,
        ]
      : []),
  ]
  return parts.join(', ')
}

/** Where `tool-source: pinned` takes it from: the pins table, or the project's own install. */
function installedFrom(tool: Tool): string {
  if (tool.runsInProject) return tool.ecosystem === 'node' ? 'node_modules' : 'project Python'
  return tool.ecosystem === 'node' ? 'pin (npm)' : 'pin (PyPI)'
}

export async function renderToolTable(): Promise<string> {
  const rows = TOOL_IDS.map((id) => {
    const tool = TOOLS[id] as Tool
    const name = tool.isDefault ? `${code(id)} (default)` : code(id)
    const language = tool.language === 'python' ? 'Python' : 'JS/TS'
    return `| ${name} | ${tool.kind} | ${language} | ${installedFrom(tool)} | ${evidenceOf(tool)} |`
  })
  const table = [
    '| tool | check | for | from | detected by |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
  return format(`${TABLE_START}\n\n${table}\n\n${TABLE_END}\n`, { parser: 'markdown', printWidth: 110 })
}

export const INPUTS_START =
  '<!-- inputs: generated from src/input-docs.ts by __tests__/helpers/tool-docs.ts -->'
export const INPUTS_END = '<!-- inputs: end -->'

/** README's inputs table: what each input takes and its default, as `quality-gate --help` prints them. */
export async function renderInputTable(): Promise<string> {
  const escape = (text: string): string => text.replace(/[\\|<*_]/g, (character) => `\\${character}`)
  const rows = INPUT_NAMES.map((name) => {
    const doc = INPUT_DOCS[name]
    const fallback = doc.cliDefault ? `${doc.default}; the CLI: ${doc.cliDefault}` : doc.default
    return `| ${code(name)} | ${escape(doc.values)} | ${escape(fallback)} |`
  })
  const table = ['| input | values | default |', '| --- | --- | --- |', ...rows].join('\n')
  return format(`${INPUTS_START}\n\n${table}\n\n${INPUTS_END}\n`, { parser: 'markdown', printWidth: 110 })
}
