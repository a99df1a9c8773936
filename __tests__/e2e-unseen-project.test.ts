// The built action on a project these tests have never seen: Debian's own copies of pyflakes, pycodestyle
// and mccabe, with no quality-gate config at all. Per tool, the gate must count what the tool counts by hand.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEBIAN_PYTHON, runAction, type ActionResult } from './helpers/action.js'
import { byHand } from './helpers/by-hand.js'

const DIST_PACKAGES = '/usr/lib/python3/dist-packages'
const SOURCES = ['pyflakes', 'pycodestyle.py', 'mccabe.py']

describe('a project the tests have never seen (Debian python3-pyflakes, pycodestyle, mccabe)', () => {
  let workspace: string
  let result: ActionResult

  beforeAll(async () => {
    workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-unseen-')), 'unseen')
    mkdirSync(workspace)
    for (const source of SOURCES) {
      expect(existsSync(path.join(DIST_PACKAGES, source))).toBe(true)
      cpSync(path.join(DIST_PACKAGES, source), path.join(workspace, source), {
        recursive: true,
        filter: (file) => !file.endsWith('__pycache__'),
      })
    }
    result = await runAction({
      workspace,
      inputs: {
        'tool-source': 'path',
        python: DEBIAN_PYTHON,
        checks: 'format,lint,typecheck',
        tools: 'black,isort,flake8,pylint,mypy',
      },
    })
    rmSync(path.join(workspace, '.mypy_cache'), { recursive: true, force: true })
  }, 180_000)

  it('fails, as these packages do not follow their own style', () => {
    expect(result.exitCode).toBe(1)
    expect(result.report?.checks.map((check) => check.tool)).toEqual([
      'black',
      'isort',
      'flake8',
      'pylint',
      'mypy',
    ])
    for (const check of result.report?.checks ?? []) expect(check.outcome).not.toBe('error')
  })

  it.each(['black', 'isort', 'flake8', 'pylint', 'mypy'])(
    '%s: the same count, files and lines as by hand',
    (tool) => {
      const check = result.report?.checks.find((item) => item.tool === tool)
      const manual = byHand(tool, workspace)
      const withLines = !['black', 'isort'].includes(tool)
      const key = (item: { file?: string; line?: number }): string =>
        `${item.file}${withLines ? `:${item.line}` : ''}`
      expect(check?.findings.length).toBe(manual.located.length)
      expect(check?.findings.map(key).sort()).toEqual(manual.located.map(key).sort())
      expect(manual.located.length).toBeGreaterThan(0)
    },
    120_000,
  )
})
