// The versions a project pins for its own quality tools: requirements files, pyproject dependency groups,
// pre-commit hook revs and package.json devDependencies, in that order of precedence. Pure.
import type { ProjectScan } from '../project.js'
import { TOOL_IDS, TOOLS } from '../tools/index.js'
import type { ProjectPin } from './pins.js'

/** pre-commit hook repositories the tool modules name → the package whose version their `rev` is. */
const HOOK_REPOSITORIES = new Map(
  TOOL_IDS.flatMap((id) =>
    (TOOLS[id].preCommitRepos ?? []).map((repo) => [repo, TOOLS[id].defaultPin?.package ?? id] as const),
  ),
)

const DEV_GROUP = /dev|test|lint|type|check|qa|style|format|ci/i
const EXACT_VERSION = /^\d+(\.\d+)*([a-z]+\d*)?(\.post\d+)?$/i

export function projectPins(scan: ProjectScan): ProjectPin[] {
  return [...requirementPins(scan), ...pyprojectPins(scan), ...preCommitPins(scan), ...packageJsonPins(scan)]
}

/** `name==1.2.3` (extras and markers allowed); ranges are not pins. */
export function requirementPin(line: string): { package: string; version: string } | undefined {
  const text = line.replace(/\s+#.*$/, '').trim()
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,]+)\s*(?:;.*)?$/.exec(text)
  if (!match || !EXACT_VERSION.test(match[2] ?? '')) return undefined
  return { package: normalize(match[1] ?? ''), version: match[2] ?? '' }
}

function requirementPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  for (const file of Object.keys(scan.requirements).sort()) {
    for (const line of (scan.requirements[file] ?? '').split(/\r?\n/)) {
      const pin = requirementPin(line)
      if (pin) pins.push({ ...pin, source: file })
    }
  }
  return pins
}

function pyprojectPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  const add = (list: unknown, source: string): void => {
    if (!Array.isArray(list)) return
    for (const item of list) {
      const pin = typeof item === 'string' ? requirementPin(item) : undefined
      if (pin) pins.push({ ...pin, source })
    }
  }
  const py = scan.pyproject ?? {}
  for (const [group, list] of Object.entries(record(py['dependency-groups']))) {
    add(list, `pyproject.toml [dependency-groups] ${group}`)
  }
  for (const [group, list] of Object.entries(record(record(py.project)['optional-dependencies']))) {
    if (DEV_GROUP.test(group)) add(list, `pyproject.toml [project.optional-dependencies] ${group}`)
  }
  return pins
}

function preCommitPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  const repos = record(scan.preCommit).repos
  for (const repo of Array.isArray(repos) ? repos : []) {
    const { repo: url, rev } = record(repo)
    if (typeof url !== 'string' || (typeof rev !== 'string' && typeof rev !== 'number')) continue
    const where = url
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\.git$/, '')
      .replace(/\/$/, '')
    const name = HOOK_REPOSITORIES.get(where)
    const version = String(rev).replace(/^v/, '')
    if (name && EXACT_VERSION.test(version))
      pins.push({ package: name, version, source: `.pre-commit-config.yaml (${url} rev ${rev})` })
  }
  return pins
}

function packageJsonPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  for (const [name, spec] of Object.entries(record(scan.packageJson?.devDependencies))) {
    if (typeof spec === 'string' && /^\d+\.\d+\.\d+([-+][\w.]+)?$/.test(spec)) {
      pins.push({ package: name, version: spec, source: 'package.json devDependencies' })
    }
  }
  return pins
}

/** PEP 503: names compare case-insensitively with runs of -, _ and . alike. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
