// What the repository says about itself: README, action.yml and the workflows agree with the code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { publishWorkflow } from '../src/github/recipe.js'
import { readmeWorkflow } from './helpers/readme.js'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_PINS } from '../src/toolchain/pins.js'
import { TOOL_IDS } from '../src/tools/index.js'
import { INPUT_NAMES } from '../src/config.js'
import { INPUT_DOCS } from '../src/input-docs.js'
import {
  INPUTS_END,
  INPUTS_START,
  renderInputTable,
  renderToolTable,
  TABLE_END,
  TABLE_START,
} from './helpers/tool-docs.js'
import { ROOT } from './helpers/action.js'

describe('documentation', () => {
  // SchemaStore's github-workflow.json, the schema editors validate workflows with (provenance in
  // __tests__/fixtures/schemas/README.md).
  const validateWorkflow = new Ajv({ strict: false, allErrors: true }).compile(
    JSON.parse(
      readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'schemas', 'github-workflow.json'), 'utf8'),
    ) as object,
  )
  const problems = (workflow: unknown): string[] =>
    validateWorkflow(workflow)
      ? []
      : (validateWorkflow.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)

  /** README's YAML blocks, each as a whole workflow: a list of steps or a job's keys go into one job. */
  function readmeWorkflows(): { text: string; workflow: unknown }[] {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    return [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].flatMap(([, text = '']) => {
      const value: unknown = parseYaml(text)
      const job = { 'runs-on': 'ubuntu-latest' }
      if (Array.isArray(value))
        return [{ text, workflow: { on: 'push', jobs: { gate: { ...job, steps: value } } } }]
      if (typeof value !== 'object' || value === null) return []
      if ('jobs' in value) return [{ text, workflow: value }]
      if ('steps' in value) {
        const { permissions, ...rest } = value as Record<string, unknown>
        return [{ text, workflow: { on: 'push', permissions, jobs: { gate: { ...job, ...rest } } } }]
      }
      return [] // the config file's examples: not a workflow
    })
  }

  it("the publishing workflow the gate prints is README's, and it names the gate workflow of README", () => {
    const publishing = readmeWorkflow('quality-gate-publish.yml')
    expect(publishing.text).toBe(publishWorkflow({ workflow: 'gate', action: 'org/quality-gate@v1' }))
    const gate = readmeWorkflow('gate.yml').workflow
    expect(publishing.workflow.on).toEqual({
      workflow_run: { workflows: [gate.name], types: ['completed'] },
    })
    expect(publishing.workflow.jobs.publish?.permissions).toEqual({
      actions: 'read',
      checks: 'write',
      'pull-requests': 'write',
    })
    // The matrix's publishing job reads this run's artifacts: it may list them.
    expect(readmeWorkflow('quality-gate-matrix.yml').workflow.jobs.publish?.permissions).toMatchObject({
      actions: 'read',
    })
  })

  it("every README workflow and step list is valid against SchemaStore's workflow schema", () => {
    const workflows = readmeWorkflows()
    // The two quick starts, the fork pair, SARIF and scope snippets at least.
    expect(
      workflows.filter(
        ({ workflow }) => 'on' in (workflow as object) && (workflow as { name?: string }).name,
      ),
    ).not.toHaveLength(0)
    expect(workflows.length).toBeGreaterThanOrEqual(6)
    for (const { text, workflow } of workflows)
      expect({ text, problems: problems(workflow) }).toEqual({ text, problems: [] })
  })

  it('the quick starts are complete: a trigger, permissions, checkout, the setup of the language, its install, the gate', () => {
    const starts = readmeWorkflows()
      .map(
        ({ workflow }) =>
          workflow as {
            name?: string
            on?: unknown
            permissions?: object
            jobs: Record<string, { steps: { uses?: string; run?: string }[] }>
          },
      )
      .filter((workflow) => workflow.name === 'quality-gate')
    expect(starts).toHaveLength(2)
    for (const [setup, install] of [
      ['actions/setup-python@', /pip install/],
      ['actions/setup-node@', /^npm ci$/],
    ] as const) {
      const start = starts.find((workflow) =>
        Object.values(workflow.jobs).some((job) => job.steps.some((step) => step.uses?.startsWith(setup))),
      )
      expect(start?.on).toBeDefined()
      expect(start?.permissions).toMatchObject({ contents: 'read' })
      const steps = Object.values(start?.jobs ?? {})[0]?.steps ?? []
      const at = (test: (step: { uses?: string; run?: string }) => boolean): number => steps.findIndex(test)
      const checkout = at((step) => step.uses?.startsWith('actions/checkout@') ?? false)
      const language = at((step) => step.uses?.startsWith(setup) ?? false)
      const installs = at((step) => install.test(step.run ?? ''))
      const gate = at((step) => step.uses?.startsWith('org/quality-gate@') ?? false)
      expect(
        [checkout, language, installs, gate].every(
          (index, i, all) => index >= 0 && (i === 0 || index > (all[i - 1] ?? 0)),
        ),
      ).toBe(true)
    }
  })

  it("this repository's own workflows are valid against SchemaStore's workflow schema", () => {
    const dir = path.join(ROOT, '.github', 'workflows')
    const names = readdirSync(dir).filter((name) => name.endsWith('.yml'))
    expect(names).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml']))
    for (const name of names) {
      const workflow: unknown = parseYaml(readFileSync(path.join(dir, name), 'utf8'))
      expect({ name, problems: problems(workflow) }).toEqual({ name, problems: [] })
    }
  })

  it('the schema check catches a broken workflow', () => {
    expect(
      problems({
        on: 'push',
        jobs: { gate: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'x', run: 'y' }] } },
      }),
    ).not.toEqual([])
    expect(
      problems({ jobs: { gate: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] } } }),
    ).not.toEqual([])
  })

  it('README lists the built-in pins table as the source has it', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const seen = new Set<string>()
    for (const pin of Object.values(DEFAULT_PINS)) {
      if (!pin || seen.has(pin.package)) continue
      seen.add(pin.package)
      const name =
        pin.registry === 'npm' && pin.package === 'pyright'
          ? 'pyright \\(npm\\)'
          : pin.package.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      expect(readme).toMatch(new RegExp(`^\\| ${name} +\\| ${pin.version.replace(/\./g, '\\.')} +\\|$`, 'm'))
    }
  })

  /** The README between two markers equals `expected`; UPDATE_DOCS=1 writes it in. */
  function generatedSection(startMarker: string, endMarker: string, expected: string): void {
    const file = path.join(ROOT, 'README.md')
    const readme = readFileSync(file, 'utf8')
    const start = readme.indexOf(startMarker)
    const end = readme.indexOf(endMarker) + endMarker.length
    expect(start).toBeGreaterThan(0)
    const current = `${readme.slice(start, end)}\n`
    if (process.env.UPDATE_DOCS === '1' && current !== expected) {
      writeFileSync(file, readme.slice(0, start) + expected + readme.slice(end + 1))
    }
    expect(current).toBe(expected)
  }

  it('README lists every tool as the registry has it (UPDATE_DOCS=1 rewrites the table)', async () => {
    generatedSection(TABLE_START, TABLE_END, await renderToolTable())
  })

  it('README lists every input with its values and default as --help does (UPDATE_DOCS=1 rewrites it)', async () => {
    generatedSection(INPUTS_START, INPUTS_END, await renderInputTable())
  })

  it("action.yml states each input's default as --help does", () => {
    const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>
    }
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES])
    for (const name of INPUT_NAMES) {
      const stated = /Default: (.*)$/.exec(action.inputs[name]?.description ?? '')?.[1]?.replace(/`/g, '')
      expect(`${name}: ${stated}`).toMatch(`${name}: ${INPUT_DOCS[name].default}`)
    }
  })

  it("README's contents link every section, in order, by the anchors GitHub gives them", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const outsideCode = readme.replace(/^```[\s\S]*?^```$/gm, '')
    const anchor = (heading: string): string =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-')
    const sections = [...outsideCode.matchAll(/^## (.+)$/gm)].map((match) => anchor(match[1] ?? ''))
    const contents = /^## Contents\n([\s\S]*?)\n## /m.exec(readme)?.[1] ?? ''
    const linked = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1])
    expect(sections[0]).toBe('contents')
    expect(linked.filter((link) => sections.includes(link ?? ''))).toEqual(sections.slice(1))
    // Every link anywhere in README points at a heading that exists.
    const headings = [...outsideCode.matchAll(/^#{2,3} (.+)$/gm)].map((match) => anchor(match[1] ?? ''))
    for (const [, link] of readme.matchAll(/\]\(#([^)]+)\)/g)) expect(headings).toContain(link)
  })

  it('README says how each tool is run, and action.yml names every tool', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const id of TOOL_IDS) expect(readme).toMatch(new RegExp(`^\\| ${id} +\\| \``, 'm'))
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    expect(/`name\[@version\]` list \(([^)]*)\)/.exec(action)?.[1]).toBe(TOOL_IDS.join(', '))
  })

  it('action.yml runs on node24 and gives no input a default of its own but the token', () => {
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    expect(action).toMatch(/using: node24/)
    const defaults = [...action.matchAll(/^ {4}default: (.*)$/gm)].map((match) => match[1])
    expect(defaults).toEqual(['${{ github.token }}'])
  })
})
