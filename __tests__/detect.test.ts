// Detection over real project files: which tools a project gets for which checks, and why. The evidence
// lives in each tool's module; these cases pin down what it adds up to.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { ToolSpec } from '../src/config.js'
import { planChecks } from '../src/detect.js'
import { scanProject } from '../src/project.js'
import { splitCommands } from '../src/scripts.js'
import { CHECK_KINDS, type CheckKind } from '../src/types.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-detect-'))
  made.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** "kind tool <- reason [targets] {extra args}" per planned tool, then "skip kind: reason", then warnings. */
function planned(
  files: Record<string, string>,
  checks: readonly CheckKind[] = CHECK_KINDS,
  named: ToolSpec[] = [],
): string[] {
  const plan = planChecks(checks, named, scanProject(project(files)))
  return [
    ...plan.tools.map(
      (tool) =>
        `${tool.kind} ${tool.id} <- ${tool.reason} ${tool.runs
          .map(
            (run) =>
              `[${run.targets.join(' ')}]` +
              (run.extraArgs.length > 0 ? ` {${run.extraArgs.join(' ')}}` : ''),
          )
          .join(' ')}` +
        (tool.reportsTests === false ? ' (coverage only)' : '') +
        (tool.withCoverage ? ' +coverage' : ''),
    ),
    ...plan.skipped.map((skip) => `skip ${skip.kind}: ${skip.reason}`),
    ...plan.warnings.map((warning) => `warn ${warning}`),
  ]
}

describe('detection', () => {
  it('a Python project configured in pyproject.toml, setup.cfg and the tools’ own files', () => {
    expect(
      planned({
        'pyproject.toml': [
          '[tool.black]',
          'line-length = 100',
          '[tool.isort]',
          'profile = "black"',
          '[tool.mypy]',
          'files = ["src"]',
          '[tool.ruff]',
          'line-length = 100',
          '[tool.pytest.ini_options]',
          'addopts = "-q"',
          '[tool.bandit]',
          'skips = ["B101"]',
        ].join('\n'),
        'setup.cfg': '[flake8]\nmax-line-length = 100\n',
        '.pylintrc': '[MAIN]\n',
        'pyrightconfig.json': '{}',
        'src/app/__init__.py': '',
      }),
    ).toEqual([
      'format black <- [tool.black] in pyproject.toml [.]',
      'format isort <- [tool.isort] in pyproject.toml [.]',
      'lint ruff <- [tool.ruff] in pyproject.toml [.]',
      'lint flake8 <- [flake8] in setup.cfg [.]',
      'lint pylint <- .pylintrc [.]',
      'typecheck mypy <- [tool.mypy] in pyproject.toml []',
      'typecheck pyright <- pyrightconfig.json []',
      'test pytest <- [tool.pytest] in pyproject.toml [] +coverage',
      'security bandit <- [tool.bandit] in pyproject.toml [.] {-c pyproject.toml}',
    ])
  })

  it('a Python project that configures no tool gets the zero-config defaults', () => {
    expect(planned({ 'app.py': 'print(1)\n', 'tests/test_app.py': '' })).toEqual([
      'format ruff-format <- zero-config default format tool for Python projects (the project configures none of its tools) [.]',
      'lint ruff <- zero-config default lint tool for Python projects (the project configures none of its tools) [.]',
      'typecheck mypy <- zero-config default typecheck tool for Python projects (the project configures none of its tools) [.]',
      'test pytest <- a tests/ directory [] +coverage',
      'security bandit <- zero-config default security tool for Python projects (the project configures none of its tools) [.]',
    ])
  })

  it('pre-commit hooks, requirements files and dependency groups name tools', () => {
    expect(
      planned({
        '.pre-commit-config.yaml': [
          'repos:',
          '  - repo: https://github.com/astral-sh/ruff-pre-commit',
          '    rev: v0.6.0',
          '    hooks: [{ id: ruff-check }, { id: ruff-format }]',
          '  - repo: https://github.com/pre-commit/mirrors-mypy',
          '    rev: v1.11.0',
          '    hooks: [{ id: mypy }]',
        ].join('\n'),
        'requirements-dev.txt': 'pylint==3.2.0\n# black\npytest>=8\n',
        'pyproject.toml': '[project]\nname = "x"\n[dependency-groups]\nsec = ["bandit>=1.7"]\n',
      }),
    ).toEqual([
      'format ruff-format <- hook ruff-format in .pre-commit-config.yaml [.]',
      'lint ruff <- hook ruff-check in .pre-commit-config.yaml [.]',
      'typecheck mypy <- hook mypy in .pre-commit-config.yaml [--ignore-missing-imports .]',
      'test pytest <- listed in requirements-dev.txt [] +coverage',
      'security bandit <- listed in pyproject.toml [dependency-groups] sec [.]',
      'skip lint: pylint is configured (listed in requirements-dev.txt) but the project runs ruff (hook ruff-check in .pre-commit-config.yaml) for this check; name pylint in tools to run it too',
    ])
  })

  it('ini sections in tox.ini, setup.cfg and mypy.ini', () => {
    expect(
      planned({
        'tox.ini': '[tox]\nenvlist = py3\n[flake8]\nmax-line-length = 100\n[pytest]\naddopts = -q\n',
        'setup.cfg': '[tool:isort]\nprofile = black\n[mypy]\nstrict = True\n',
        'mypy.ini': '[mypy]\nfiles = src\n',
        'app.py': '',
      }),
    ).toEqual([
      'format isort <- [tool:isort] in setup.cfg [.]',
      'lint flake8 <- [flake8] in tox.ini [.]',
      'typecheck mypy <- mypy.ini []',
      'test pytest <- [pytest] in tox.ini [] +coverage',
      'skip security: the project configures no security tool; to run one, name it in tools (for example tools: bandit)',
    ])
  })

  it('a TypeScript project from package.json and config files', () => {
    expect(
      planned({
        'package.json': JSON.stringify({
          scripts: { test: 'vitest run' },
          devDependencies: { prettier: '3.3.3', eslint: '9.0.0', typescript: '5.6.0' },
        }),
        'tsconfig.json': '{}',
        'eslint.config.mjs': 'export default []\n',
        '.prettierrc.json': '{}',
      }),
    ).toEqual([
      'format prettier <- .prettierrc.json [.]',
      'lint eslint <- eslint.config.mjs [.]',
      'typecheck tsc <- tsconfig.json []',
      'test vitest <- package.json script "test" [] +coverage',
      'skip security: the project configures no security tool; to run one, name it in tools',
    ])
  })

  it('biome formats only without prettier; jest from a package.json key or a script', () => {
    expect(
      planned({
        'package.json': JSON.stringify({ jest: {}, scripts: { test: 'jest --ci' } }),
        'biome.json': '{}',
      }),
    ).toEqual([
      'format biome-format <- biome.json [.]',
      'lint biome <- biome.json [.]',
      'test jest <- "jest" in package.json [] +coverage',
      'skip typecheck: the project configures no typecheck tool; to run one, name it in tools',
      'skip security: the project configures no security tool; to run one, name it in tools',
    ])
    expect(
      planned({
        'package.json': JSON.stringify({
          prettier: {},
          scripts: { test: 'node_modules/.bin/jest' },
          devDependencies: { '@biomejs/biome': '1.9.4' },
        }),
      }),
    ).toEqual([
      'format prettier <- "prettier" in package.json [.]',
      'lint biome <- @biomejs/biome in package.json dependencies [.]',
      'test jest <- package.json script "test" [] +coverage',
      'skip typecheck: the project configures no typecheck tool; to run one, name it in tools',
      'skip security: the project configures no security tool; to run one, name it in tools',
    ])
  })

  it('named tools win; a configured project gets no defaults; a named tool for an unchecked kind is a warning', () => {
    expect(
      planned(
        { 'pyproject.toml': '[tool.black]\n', 'app.py': '' },
        ['format', 'lint'],
        [{ id: 'isort' }, { id: 'mypy', version: '1.0.0' }],
      ),
    ).toEqual([
      'format isort <- named in tools [.]',
      'skip lint: the project configures no lint tool; to run one, name it in tools (for example tools: ruff)',
      "warn 'mypy' is named in tools but serves 'typecheck', which is not in checks; it does not run.",
    ])
  })

  it('coverage alone runs the test tool for coverage only; with tests it rides along', () => {
    expect(planned({ 'conftest.py': '', 'app.py': '' }, ['coverage'])).toEqual([
      'test pytest <- conftest.py [] (coverage only) +coverage',
    ])
    expect(planned({ 'conftest.py': '', 'app.py': '' }, ['test', 'coverage'])).toEqual([
      'test pytest <- conftest.py [] +coverage',
    ])
    expect(planned({ 'package.json': '{}' }, ['coverage'])).toEqual([
      'skip coverage: the project configures no test tool; to run one, name it in tools',
    ])
  })

  it('a JavaScript project without a formatter gets prettier, said to be the JavaScript default', () => {
    expect(planned({ 'package.json': '{}' }, ['format'])).toEqual([
      'format prettier <- zero-config default format tool for JavaScript/TypeScript projects (the project configures none of its tools) [.]',
    ])
  })

  it('an npm alias is evidence of the package it installs (TypeScript 7 as @typescript/native)', () => {
    expect(
      planned(
        {
          'package.json': JSON.stringify({
            devDependencies: { '@typescript/native': 'npm:typescript@^7.0.2' },
          }),
        },
        ['typecheck'],
      ),
    ).toEqual(['typecheck tsc <- typescript in package.json dependencies []'])
    expect(
      planned(
        { 'package.json': JSON.stringify({ devDependencies: { ts: 'github:microsoft/TypeScript' } }) },
        ['typecheck'],
      ),
    ).toEqual(['skip typecheck: the project configures no typecheck tool; to run one, name it in tools'])
  })

  it('coverage alone measures with the detected or named test tool, without a warning', () => {
    expect(
      planned({ 'package.json': JSON.stringify({ devDependencies: { vitest: '3.0.0' } }) }, ['coverage']),
    ).toEqual(['test vitest <- vitest in package.json dependencies [] (coverage only) +coverage'])
    expect(planned({ 'app.py': '' }, ['coverage'], [{ id: 'pytest', version: '8.0.0' }])).toEqual([
      'test pytest <- named in tools [] (coverage only) +coverage',
    ])
  })

  it('tool config files without a package.json do not make a JavaScript project', () => {
    expect(planned({ 'tsconfig.json': '{}', 'biome.json': '{}' }, ['lint', 'typecheck'])).toEqual([
      'skip lint: no lint tool detected in this directory; name one in tools',
      'skip typecheck: no typecheck tool detected in this directory; name one in tools',
    ])
  })

  it('basedpyright from its pyproject table or a pre-commit hook', () => {
    expect(
      planned({ 'pyproject.toml': '[tool.basedpyright]\ntypeCheckingMode = "strict"\n' }, ['typecheck']),
    ).toEqual(['typecheck basedpyright <- [tool.basedpyright] in pyproject.toml []'])
    expect(
      planned(
        {
          'app.py': '',
          '.pre-commit-config.yaml':
            'repos:\n  - repo: local\n    hooks: [{ id: basedpyright, name: basedpyright, entry: basedpyright, language: system }]\n',
        },
        ['typecheck'],
      ),
    ).toEqual(['typecheck basedpyright <- hook basedpyright in .pre-commit-config.yaml []'])
  })

  it('a multi-line mypy files setting in setup.cfg is mypy’s own target list, as configparser reads it', () => {
    expect(
      planned({ 'setup.cfg': '[mypy]\nfiles =\n    src/app,\n    tools/build.py\n', 'app.py': '' }, [
        'typecheck',
      ]),
    ).toEqual(['typecheck mypy <- [mypy] in setup.cfg []'])
  })

  it('an INI file configparser rejects is said, and detection goes on without it', () => {
    const plan = planChecks(
      ['lint'],
      [],
      scanProject(project({ 'setup.cfg': '[flake8]\nx = 1\n[flake8]\n', 'app.py': '' })),
    )
    expect(plan.tools.map((tool) => tool.id)).toEqual(['ruff'])
    expect(scanProject(project({ 'tox.ini': 'key = 1\n' })).unreadable).toEqual([
      'tox.ini: line 1: no section header before "key = 1"',
    ])
  })

  it('only [tool.black] and .flake8: those two run, nothing is imposed, and the summary says how to add more', () => {
    expect(planned({ 'pyproject.toml': '[tool.black]\n', '.flake8': '[flake8]\n', 'app.py': '' })).toEqual([
      'format black <- [tool.black] in pyproject.toml [.]',
      'lint flake8 <- .flake8 [.]',
      'skip typecheck: the project configures no typecheck tool; to run one, name it in tools (for example tools: mypy)',
      'skip test: the project configures no test tool; to run one, name it in tools (for example tools: pytest)',
      'skip security: the project configures no security tool; to run one, name it in tools (for example tools: bandit)',
      'skip coverage: no test tool runs, so there is nothing to measure',
    ])
  })

  it("the maintainers' args replace a tool's default targets; args for a tool that does not run are said", () => {
    const scan = scanProject(project({ 'pyproject.toml': '[tool.bandit]\n[tool.mypy]\n', 'app.py': '' }))
    const plan = planChecks(['typecheck', 'security'], [], scan, {
      bandit: ['-r', 'src', '-x', 'tests'],
      eslint: ['src/'],
    })
    expect(plan.tools.map((tool) => [tool.id, tool.runs])).toEqual([
      ['mypy', [{ targets: ['.'], extraArgs: [], from: "the gate's default (.)" }]],
      [
        'bandit',
        [
          {
            targets: ['-r', 'src', '-x', 'tests'],
            extraArgs: [],
            from: 'args for bandit in the config file',
          },
        ],
      ],
    ])
    expect(plan.warnings).toEqual([
      "'args' has arguments for 'eslint', which does not run here; name it in tools to run it.",
    ])
  })

  it("package.json scripts aim the tools: the maintainers' files and arguments, one run per tsc project", () => {
    expect(
      planned({
        'package.json': JSON.stringify({
          scripts: {
            lint: 'eslint --max-warnings 0 --ext .ts src/ && npm run typecheck',
            'format:check': 'prettier --check "**/*.{ts,md}"',
            typecheck: 'tsc -p tsconfig.build.json && tsc -p tsconfig.test.json',
          },
          devDependencies: { eslint: '10.0.0', prettier: '3.0.0', typescript: '6.0.0' },
        }),
        'tsconfig.json': '{}',
      }),
    ).toEqual([
      'format prettier <- package.json script "format:check" [**/*.{ts,md}]',
      'lint eslint <- package.json script "lint" [--max-warnings 0 --ext .ts src/]',
      'typecheck tsc <- tsconfig.json [-p tsconfig.build.json] [-p tsconfig.test.json]',
      'skip test: the project configures no test tool; to run one, name it in tools',
      'skip security: the project configures no security tool; to run one, name it in tools',
      'skip coverage: no test tool runs, so there is nothing to measure',
    ])
  })

  it('a tool the project only configures yields to the one it runs for the same check (a hook, a CI step)', () => {
    const files = {
      'pyproject.toml': '[tool.pyright]\ninclude = ["src"]\n[tool.mypy]\nstrict = true\n',
      'app.py': '',
      '.github/workflows/ci.yml': [
        'jobs:',
        '  check:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: |',
        '          pip install -e .',
        '          python -m mypy src && echo done',
      ].join('\n'),
    }
    expect(planned(files, ['typecheck'])).toEqual([
      'typecheck mypy <- [tool.mypy] in pyproject.toml [src]',
      'skip typecheck: pyright is configured ([tool.pyright] in pyproject.toml) but the project runs mypy ([tool.mypy] in pyproject.toml) for this check; name pyright in tools to run it too',
    ])
    // A step that runs in another directory says nothing about this one.
    const elsewhere = files['.github/workflows/ci.yml'].replace(
      '      - run: |',
      '      - working-directory: services/api\n        run: |',
    )
    expect(planned({ ...files, '.github/workflows/ci.yml': elsewhere }, ['typecheck'])).toEqual([
      'typecheck mypy <- [tool.mypy] in pyproject.toml [.]',
      'typecheck pyright <- [tool.pyright] in pyproject.toml []',
    ])
    // Without the CI step, both configured tools run.
    const { ['.github/workflows/ci.yml']: _ci, ...withoutCi } = files
    expect(planned(withoutCi, ['typecheck'])).toEqual([
      'typecheck mypy <- [tool.mypy] in pyproject.toml [.]',
      'typecheck pyright <- [tool.pyright] in pyproject.toml []',
    ])
  })

  it('a run step with a ${{ }} expression (pallets/itsdangerous) is read, the command holding it left out', () => {
    // shell-quote threw "Bad substitution" on `${{`, and the gate stopped with an internal error.
    const files = {
      'pyproject.toml': '[tool.mypy]\nfiles = ["src"]\n',
      '.github/workflows/tests.yaml': [
        'jobs:',
        '  tests:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        "      - run: uv run --locked tox run -e ${{ matrix.tox || format('py{0}', matrix.python) }}",
        '      - run: mypy ${{ matrix.dir }} && mypy --strict src',
      ].join('\n'),
    }
    expect(planned(files, ['typecheck'])).toEqual([
      'typecheck mypy <- [tool.mypy] in pyproject.toml [--strict src]',
    ])
    expect(splitCommands('echo ${{')).toEqual([])
  })

  it('tox commands and CI steps aim a tool the scripts and hooks do not mention', () => {
    expect(
      planned(
        {
          'setup.py': '',
          '.pylintrc': '[MAIN]\n',
          'tox.ini':
            '[tox]\nenvlist = lint\n[testenv:lint]\ncommands =\n    pylint {posargs:src/pkg} --jobs 2\n',
        },
        ['lint'],
      ),
    ).toEqual(['lint pylint <- .pylintrc [src/pkg --jobs 2]'])
  })

  it("a script that runs in the workspace packages says so where no package's test tool is known", () => {
    expect(
      planned(
        { 'package.json': JSON.stringify({ scripts: { test: 'pnpm -r run test' } }), 'biome.json': '{}' },
        ['lint', 'test'],
      ),
    ).toEqual([
      'lint biome <- biome.json [.]',
      'skip test: package.json script "test" runs "test" in the workspace packages, and none of them runs a test tool the gate knows; name one in tools',
    ])
  })

  it('nothing to detect', () => {
    expect(planned({})).toEqual([
      'skip format: no format tool detected in this directory; name one in tools',
      'skip lint: no lint tool detected in this directory; name one in tools',
      'skip typecheck: no typecheck tool detected in this directory; name one in tools',
      'skip test: no test tool detected in this directory; name one in tools',
      'skip security: no security tool detected in this directory; name one in tools',
      'skip coverage: no test tool runs, so there is nothing to measure',
    ])
  })
})
