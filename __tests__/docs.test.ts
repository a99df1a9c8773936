// What the repository says about itself: README, action.yml and the workflows agree with the code.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_PINS } from '../src/toolchain/pins.js'
import { TOOL_IDS } from '../src/tools/index.js'
import { renderToolTable, TABLE_END, TABLE_START } from './helpers/tool-docs.js'
import { ROOT } from './helpers/action.js'

describe('documentation', () => {
  it('the workflows are valid YAML that use the action the way README shows', () => {
    for (const name of ['ci.yml', 'check-dist.yml', 'self-test.yml']) {
      const workflow = parseYaml(readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8')) as {
        jobs?: object
      }
      expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0)
    }
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

  it('README lists every tool as the registry has it (UPDATE_DOCS=1 rewrites the table)', async () => {
    const file = path.join(ROOT, 'README.md')
    const readme = readFileSync(file, 'utf8')
    const start = readme.indexOf(TABLE_START)
    const end = readme.indexOf(TABLE_END) + TABLE_END.length
    expect(start).toBeGreaterThan(0)
    const expected = await renderToolTable()
    const current = `${readme.slice(start, end)}\n`
    if (process.env.UPDATE_DOCS === '1' && current !== expected) {
      writeFileSync(file, readme.slice(0, start) + expected + readme.slice(end + 1))
    }
    expect(current).toBe(expected)
  })

  it('README says how each tool is run, and action.yml names every tool', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const id of TOOL_IDS) expect(readme).toMatch(new RegExp(`^\\| ${id} +\\| \``, 'm'))
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    expect(/`name\[@version\]` list \(([^)]*)\)/.exec(action)?.[1]).toBe(TOOL_IDS.join(', '))
  })

  it('action.yml declares every input with its default in the description and no default of its own', () => {
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    expect(action).toMatch(/using: node24/)
    const defaults = [...action.matchAll(/^ {4}default: (.*)$/gm)].map((match) => match[1])
    expect(defaults).toEqual(['${{ github.token }}'])
    const descriptions = [...action.matchAll(/^ {2}([a-z-]+):\n {4}description: '(.*)'$/gm)]
    for (const [, name, description] of descriptions.slice(0, 20)) {
      expect(`${name}: ${description}`).toMatch(/Default: /)
    }
  })
})
