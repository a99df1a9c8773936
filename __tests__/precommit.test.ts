// pre-commit hooks as pre-commit runs them: args (owned flags dropped), local entries, files/exclude as
// Python regular expressions over the tracked files, pass_filenames. Python's own `re` is the reference
// for the patterns.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { planChecks } from '../src/detect.js'
import { hookInvocations } from '../src/invocations.js'
import { pythonRegExp, readPreCommit } from '../src/precommit.js'
import type { ProjectScan } from '../src/project.js'
import { TOOLS } from '../src/tools/index.js'

const CONFIG = `
exclude: ^docs/
repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.16.9
    hooks:
      - id: ruff-check
        args: [--fix, --select, "E,F,I"]
        exclude: |
          (?x)^(
              src/generated/.*   # generated code
            | tests/fixtures/.*
          )$
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.11.0
    hooks:
      - id: mypy
        files: ^src/
        args: [--strict, --scroll-output]
  - repo: local
    hooks:
      - id: types
        name: pyright
        entry: pyright --outputjson -p pyrightconfig.ci.json
        language: system
        pass_filenames: false
`

const TRACKED = [
  'src/app/main.py',
  'src/app/types.pyi',
  'src/generated/api.py',
  'tests/test_main.py',
  'tests/fixtures/bad.py',
  'docs/conf.py',
  'README.md',
]

function scanWith(preCommit: string): ProjectScan {
  return {
    files: new Set(['pyproject.toml', '.pre-commit-config.yaml']),
    pyproject: { project: { name: 'x' } },
    ini: {},
    requirements: {},
    preCommit: parseYaml(preCommit),
    hasPythonFiles: true,
    hasTestsDir: true,
    runCommands: [],
    unreadable: [],
  }
}

describe('pre-commit hooks', () => {
  it('each hook runs with its args (without the flags the gate owns) on the files it selects', () => {
    const { hooks, problems } = readPreCommit(parseYaml(CONFIG))
    expect(problems).toEqual([])
    expect(hookInvocations(TOOLS.ruff, hooks, TRACKED, ['.'])).toEqual([
      {
        args: ['--select', 'E,F,I', 'src/app/main.py', 'src/app/types.pyi', 'tests/test_main.py'],
        from: 'hook ruff-check in .pre-commit-config.yaml (files/exclude)',
      },
    ])
    expect(hookInvocations(TOOLS.mypy, hooks, TRACKED, ['.'])).toEqual([
      {
        args: ['--strict', 'src/app/main.py', 'src/app/types.pyi', 'src/generated/api.py'],
        from: 'hook mypy in .pre-commit-config.yaml (files/exclude)',
      },
    ])
    expect(hookInvocations(TOOLS.pyright, hooks, TRACKED, [])).toEqual([
      { args: ['-p', 'pyrightconfig.ci.json'], from: 'hook types in .pre-commit-config.yaml' },
    ])
  })

  it("a hook without args gets its repository's defaults (mirrors-mypy's), without the gate's own flags", () => {
    const { hooks } = readPreCommit(
      parseYaml(
        'repos:\n  - repo: https://github.com/pre-commit/mirrors-mypy\n    hooks:\n      - id: mypy\n',
      ),
    )
    expect(hookInvocations(TOOLS.mypy, hooks, undefined, ['.'])).toEqual([
      { args: ['--ignore-missing-imports', '.'], from: 'hook mypy in .pre-commit-config.yaml' },
    ])
  })

  it('without files/exclude, a hook keeps the targets the tool would use', () => {
    const { hooks } = readPreCommit(
      parseYaml(
        'repos:\n  - repo: https://github.com/psf/black\n    hooks:\n      - id: black\n        args: [-l, "100"]\n',
      ),
    )
    expect(hookInvocations(TOOLS.black, hooks, undefined, ['.'])).toEqual([
      { args: ['-l', '100', '.'], from: 'hook black in .pre-commit-config.yaml' },
    ])
  })

  it('planning takes hook invocations after the config file args and scripts', () => {
    const plan = planChecks(['lint', 'typecheck'], [], scanWith(CONFIG), {}, { trackedFiles: TRACKED })
    expect(
      plan.tools.map((tool) => [tool.id, tool.reason, tool.runs.map((run) => run.targets.join(' '))]),
    ).toEqual([
      [
        'ruff',
        'hook ruff-check in .pre-commit-config.yaml',
        ['--select E,F,I src/app/main.py src/app/types.pyi tests/test_main.py'],
      ],
      [
        'mypy',
        'hook mypy in .pre-commit-config.yaml',
        ['--strict src/app/main.py src/app/types.pyi src/generated/api.py'],
      ],
      ['pyright', 'hook types in .pre-commit-config.yaml', ['-p pyrightconfig.ci.json']],
    ])
    const withArgs = planChecks(
      ['typecheck'],
      [],
      scanWith(CONFIG),
      { mypy: ['src'] },
      { trackedFiles: TRACKED },
    )
    expect(withArgs.tools.find((tool) => tool.id === 'mypy')?.runs[0]?.targets).toEqual(['src'])
  })

  it('an invalid pattern is said and ignored', () => {
    const { hooks, problems } = readPreCommit(
      parseYaml(
        'repos:\n  - repo: local\n    hooks:\n      - id: x\n        entry: flake8\n        files: "(unclosed"\n',
      ),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^files of hook x in \.pre-commit-config\.yaml: /)
    expect(hooks[0]?.selects).toBeUndefined()
  })
})

describe('pythonRegExp agrees with Python re.search', () => {
  const patterns = [
    '^src/',
    '\\.pyi?$',
    '(?x)^(\n    src/generated/.*   # generated\n  | tests/fixtures/.*\n)$',
    '(?i)readme',
    '^(?P<top>[a-z]+)/(?P=top)',
    '(?x) ^docs/ [ ] x',
  ]
  const files = [...TRACKED, 'src/src/a.py', 'docs/ x', 'Docs/readme.txt']
  const python = spawnSync(
    'python3',
    [
      '-c',
      'import json,re,sys; p,f=json.loads(sys.argv[1]),json.loads(sys.argv[2]); print(json.dumps([[bool(re.search(x,y)) for y in f] for x in p]))',
      JSON.stringify(patterns),
      JSON.stringify(files),
    ],
    { encoding: 'utf8' },
  )
  it.each(patterns.map((pattern, index) => [pattern, index] as const))('%j', (pattern, index) => {
    expect(python.status).toBe(0)
    const expected = (JSON.parse(python.stdout) as boolean[][])[index]
    expect(files.map((file) => pythonRegExp(pattern).test(file))).toEqual(expected)
  })
})
