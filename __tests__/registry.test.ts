// The registry is the one list of tools: each entry is whole, and nothing it derives contradicts itself.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_PINS } from '../src/toolchain/pins.js'
import { TOOL_IDS, TOOLS } from '../src/tools/index.js'
import type { Tool } from '../src/tools/tool.js'
import { ROOT } from './helpers/action.js'

const tools: Tool[] = TOOL_IDS.map((id) => TOOLS[id])

describe('the tool registry', () => {
  it('files each tool under its own id', () => {
    for (const id of TOOL_IDS) expect(TOOLS[id].id).toBe(id)
  })

  it('has at most one default per check and language, and a Python default for every check but coverage', () => {
    const defaults = tools.filter((tool) => tool.isDefault).map((tool) => `${tool.language} ${tool.kind}`)
    expect(new Set(defaults).size).toBe(defaults.length)
    for (const kind of ['format', 'lint', 'typecheck', 'test', 'security']) {
      expect(defaults).toContain(`python ${kind}`)
    }
  })

  it('gives every tool evidence, a docs URL and a way to find it; pinned tools a pin', () => {
    for (const tool of tools) {
      expect(Object.keys(tool.evidence).length).toBeGreaterThan(0)
      expect(tool.docsUrl).toMatch(/^https:\/\//)
      expect(tool.python !== undefined || tool.npmPackage !== undefined || tool.executable !== '').toBe(true)
      // Tools that never come from the pinned toolchain need no pin; every other one has its default.
      if (!tool.runsInProject) expect(DEFAULT_PINS[tool.id]).toBeDefined()
    }
  })

  it('names each pre-commit repository for one package only', () => {
    const owners = new Map<string, string>()
    for (const tool of tools) {
      for (const repo of tool.preCommitRepos ?? []) {
        const pkg = tool.defaultPin?.package ?? tool.id
        expect(owners.get(repo) ?? pkg).toBe(pkg)
        expect(repo).toBe(repo.toLowerCase())
        owners.set(repo, pkg)
      }
    }
  })

  it('has captured or upstream fixtures for every tool', () => {
    const fixtures = path.join(ROOT, '__tests__', 'fixtures')
    for (const id of TOOL_IDS) {
      const captured = existsSync(path.join(fixtures, id))
      const upstream = existsSync(path.join(fixtures, 'upstream', id.replace(/-format$/, '')))
      expect({ id, fixtures: captured || upstream }).toEqual({ id, fixtures: true })
    }
  })
})
