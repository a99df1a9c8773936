// Pin precedence and drift over realistic project files: tools input > project files > built-in table.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import type { ProjectScan } from '../src/project.js'
import { DEFAULT_PINS, resolvePins, type PinKey } from '../src/toolchain/pins.js'
import { pipSettingsForUv } from '../src/toolchain/installers.js'
import { NO_PROJECT_PINS, projectPins, requirementPin } from '../src/toolchain/project-pins.js'
import { toolCacheDirs, toolCacheFingerprint, toolCacheKeys } from '../src/toolchain/tool-caches.js'

function scan(parts: Partial<ProjectScan>): ProjectScan {
  return {
    files: new Set(),
    ini: {},
    requirements: {},
    hasPythonFiles: true,
    hasTestsDir: false,
    runCommands: [],
    unreadable: [],
    ...parts,
  }
}

const REQUIREMENTS_DEV = `# linters
-r requirements.txt
black==24.1.1  # formatter
flake8 == 7.0.0
isort>=5.0
mypy[reports]==1.8.0 ; python_version >= "3.8"
pylint~=3.0
ruff===0.3.0
`

const PYPROJECT = parseToml(`
[project]
name = "demo"
dependencies = ["requests==2.31.0"]

[project.optional-dependencies]
dev = ["pytest==8.0.0", "coverage==7.4.1"]
docs = ["black==1.0.0"]

[dependency-groups]
lint = ["black==23.12.1", "pyright==1.1.350", { include-group = "test" }]
test = ["pytest>=7"]
`) as Record<string, unknown>

const PRE_COMMIT = parseYaml(`
repos:
  - repo: https://github.com/psf/black-pre-commit-mirror
    rev: 23.12.1
    hooks: [{ id: black }]
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.3.0
    hooks: [{ id: ruff }, { id: ruff-format }]
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.8.0
    hooks: [{ id: mypy }]
  - repo: https://github.com/PyCQA/isort.git
    rev: 5.13.2
    hooks: [{ id: isort }]
  - repo: local
    hooks: [{ id: custom }]
`)

describe('requirement lines', () => {
  it.each([
    ['black==24.1.1', { package: 'black', version: '24.1.1' }],
    ['Flake8 == 7.0.0  # comment', { package: 'flake8', version: '7.0.0' }],
    ['mypy[reports]==1.8.0 ; python_version >= "3.8"', { package: 'mypy', version: '1.8.0' }],
    ['ruff===0.3.0', { package: 'ruff', version: '0.3.0' }],
    ['isort>=5.0', undefined],
    ['pylint~=3.0', undefined],
    ['pytest==8.*', undefined],
    ['-r requirements.txt', undefined],
  ])('%s', (line, expected) => {
    expect(requirementPin(line)).toEqual(expected)
  })
})

describe('project pins', () => {
  const project = scan({
    requirements: { 'requirements-dev.txt': REQUIREMENTS_DEV },
    pyproject: PYPROJECT,
    preCommit: PRE_COMMIT,
    packageJson: { devDependencies: { prettier: '3.3.3', eslint: '^9.0.0', '@biomejs/biome': '1.9.4' } },
  })

  it('reads every source in precedence order, skipping ranges and non-dev extras', () => {
    expect(projectPins(project).pins.map((pin) => `${pin.package}==${pin.version} <- ${pin.source}`)).toEqual(
      [
        'black==24.1.1 <- requirements-dev.txt',
        'flake8==7.0.0 <- requirements-dev.txt',
        'mypy==1.8.0 <- requirements-dev.txt',
        'ruff==0.3.0 <- requirements-dev.txt',
        'black==23.12.1 <- pyproject.toml [dependency-groups] lint',
        'pyright==1.1.350 <- pyproject.toml [dependency-groups] lint',
        'pytest==8.0.0 <- pyproject.toml [project.optional-dependencies] dev',
        'coverage==7.4.1 <- pyproject.toml [project.optional-dependencies] dev',
        'black==23.12.1 <- .pre-commit-config.yaml (https://github.com/psf/black-pre-commit-mirror rev 23.12.1)',
        'ruff==0.3.0 <- .pre-commit-config.yaml (https://github.com/astral-sh/ruff-pre-commit rev v0.3.0)',
        'mypy==1.8.0 <- .pre-commit-config.yaml (https://github.com/pre-commit/mirrors-mypy rev v1.8.0)',
        'isort==5.13.2 <- .pre-commit-config.yaml (https://github.com/PyCQA/isort.git rev 5.13.2)',
        'prettier==3.3.3 <- package.json devDependencies',
        '@biomejs/biome==1.9.4 <- package.json devDependencies',
      ],
    )
  })

  it('resolves with precedence tools input > project files > table, and reports drift naming both files', () => {
    const keys: PinKey[] = [
      'black',
      'ruff',
      'ruff-format',
      'isort',
      'flake8',
      'pylint',
      'mypy',
      'pyright',
      'pytest',
      'coverage',
      'prettier',
      'biome',
    ]
    const { pins, drift } = resolvePins(keys, new Map([['flake8', '7.1.0']]), projectPins(project))
    const shown = Object.fromEntries(pins.map((pin) => [pin.key, `${pin.version} (${pin.source})`]))
    expect(shown).toEqual({
      black: '24.1.1 (requirements-dev.txt)',
      ruff: '0.3.0 (requirements-dev.txt)',
      'ruff-format': '0.3.0 (requirements-dev.txt)',
      isort: '5.13.2 (.pre-commit-config.yaml (https://github.com/PyCQA/isort.git rev 5.13.2))',
      flake8: '7.1.0 (tools input)',
      pylint: `${DEFAULT_PINS.pylint?.version} (built-in default)`,
      mypy: '1.8.0 (requirements-dev.txt)',
      pyright: '1.1.350 (pyproject.toml [dependency-groups] lint)',
      pytest: '8.0.0 (pyproject.toml [project.optional-dependencies] dev)',
      coverage: '7.4.1 (pyproject.toml [project.optional-dependencies] dev)',
      prettier: '3.3.3 (package.json devDependencies)',
      biome: '1.9.4 (package.json devDependencies)',
    })
    expect(drift).toEqual([
      'black is pinned differently in the project: 24.1.1 in requirements-dev.txt, 23.12.1 in pyproject.toml [dependency-groups] lint, 23.12.1 in .pre-commit-config.yaml (https://github.com/psf/black-pre-commit-mirror rev 23.12.1); using 24.1.1 from requirements-dev.txt.',
    ])
  })

  it('without project pins, the built-in table', () => {
    const { pins, drift } = resolvePins(['black', 'pyright'], new Map(), NO_PROJECT_PINS)
    expect(pins.map((pin) => `${pin.package}@${pin.version}:${pin.registry}`)).toEqual([
      'black@26.10.1:pypi',
      'pyright@1.1.414:npm',
    ])
    expect(drift).toEqual([])
  })
})

describe('tool caches and installer settings', () => {
  it('keys .mypy_cache by branch and fingerprint, falling back to the branch, then the base branch', () => {
    const keys = toolCacheKeys(
      { GITHUB_HEAD_REF: 'feature,x', GITHUB_BASE_REF: 'main', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' },
      'services/api',
      'f00d',
    )
    const prefix = `quality-gate-toolcache-${process.platform}-${process.arch}-services/api-`
    // No run id: a re-run of the branch finds its own entry instead of adding one.
    expect(keys).toEqual({
      key: `${prefix}feature-x-f00d`,
      restoreKeys: [`${prefix}feature-x-`, `${prefix}main-`],
    })
    expect(keys.key).not.toContain(',')
    expect(toolCacheDirs(['mypy', 'ruff', 'ruff-format', 'flake8'], '/w')).toEqual([
      '/w/.mypy_cache',
      '/w/.ruff_cache',
    ])
  })

  it('the fingerprint follows tool versions and config files, not the order they come in', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-fingerprint-'))
    writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.mypy]\nstrict = true\n')
    writeFileSync(path.join(dir, 'app.py'), 'x = 1\n')
    const first = toolCacheFingerprint(['mypy@1.0', 'ruff@0.16'], dir)
    expect(toolCacheFingerprint(['ruff@0.16', 'mypy@1.0'], dir)).toBe(first)
    writeFileSync(path.join(dir, 'app.py'), 'x = 2\n') // source changes do not make a new entry
    expect(toolCacheFingerprint(['mypy@1.0', 'ruff@0.16'], dir)).toBe(first)
    expect(toolCacheFingerprint(['mypy@1.1', 'ruff@0.16'], dir)).not.toBe(first)
    writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.mypy]\nstrict = false\n')
    expect(toolCacheFingerprint(['mypy@1.0', 'ruff@0.16'], dir)).not.toBe(first)
  })

  it("carries pip's index settings over to uv unless uv's own are set", () => {
    expect(
      pipSettingsForUv({
        PIP_INDEX_URL: 'https://mirror/simple',
        PIP_FIND_LINKS: '/wheels',
        UV_FIND_LINKS: '/uv-wheels',
        PIP_NO_INDEX: '1',
      }),
    ).toEqual({ UV_INDEX_URL: 'https://mirror/simple', UV_NO_INDEX: '1' })
  })
})

describe('pins the project wrote elsewhere', () => {
  const FROZEN = `repos:
  - repo: https://github.com/PyCQA/isort
    rev: c8ab4a5b21bac924d106e3103dd7c979fdd0f9bc  # frozen: 7.0.0
    hooks: [{ id: isort }]
  - repo: https://github.com/psf/black-pre-commit-mirror
    rev: "2892f1f81088477370d4fbc56545c05d33d2493f" # frozen: 25.12.0
    hooks: [{ id: black }]
  - repo: https://github.com/PyCQA/flake8
    rev: 7.3.0
    hooks:
      - id: flake8
        additional_dependencies: [flake8-bugbear, "flake8-comprehensions==3.16.0"]
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: 0f86793af5ef5f6dc63c8d04a3cabfa3ea8f9c6a
    hooks:
      - id: mypy
        additional_dependencies: [types-requests>=2.31]
  - repo: local
    hooks:
      - id: pylint
        name: pylint
        entry: pylint
        language: python
        additional_dependencies: ["pylint==3.3.1", pylint-pytest]
      - id: isort
        entry: isort
        language: system
        additional_dependencies: ["isort==1.0.0", isort-plugin]
`
  const project = scan({
    preCommit: parseYaml(FROZEN),
    requirements: { 'requirements-lint.txt': 'flake8-bugbear==24.12.12\n' },
    pinFiles: { '.pre-commit-config.yaml': FROZEN },
  })

  it('a SHA rev with "# frozen: <tag>" pins the tag; a bare SHA is a warning naming the hook', () => {
    const found = projectPins(project)
    expect(found.pins.map((pin) => `${pin.package}==${pin.version} <- ${pin.source}`)).toEqual([
      'flake8-bugbear==24.12.12 <- requirements-lint.txt',
      'isort==7.0.0 <- .pre-commit-config.yaml (https://github.com/PyCQA/isort rev c8ab4a5b21ba… # frozen: 7.0.0)',
      'black==25.12.0 <- .pre-commit-config.yaml (https://github.com/psf/black-pre-commit-mirror rev 2892f1f81088… # frozen: 25.12.0)',
      'flake8==7.3.0 <- .pre-commit-config.yaml (https://github.com/PyCQA/flake8 rev 7.3.0)',
      'pylint==3.3.1 <- .pre-commit-config.yaml (pylint hook additional_dependencies)',
    ])
    expect(found.warnings).toEqual([
      expect.stringMatching(
        /^The mypy hook \(https:\/\/github\.com\/pre-commit\/mirrors-mypy\) is pinned to the commit 0f86793a\w+ without a "# frozen: <tag>" comment/,
      ),
    ])
  })

  it("additional_dependencies go into that tool's environment, bare names taking the project's own pins", () => {
    const { pins, drift } = resolvePins(
      ['flake8', 'mypy', 'pylint', 'black', 'isort'],
      new Map(),
      projectPins(project),
    )
    const extras = Object.fromEntries(pins.map((pin) => [pin.key, [pin.extras, pin.extrasSource]]))
    expect(extras).toEqual({
      flake8: [
        ['flake8-bugbear==24.12.12', 'flake8-comprehensions==3.16.0'],
        '.pre-commit-config.yaml (flake8 hook additional_dependencies)',
      ],
      mypy: [['types-requests>=2.31'], '.pre-commit-config.yaml (mypy hook additional_dependencies)'],
      pylint: [['pylint-pytest'], '.pre-commit-config.yaml (pylint hook additional_dependencies)'],
      black: [[], undefined],
      // A `language: system` hook installs nothing: its dependencies are neither a pin nor extras.
      isort: [[], undefined],
    })
    expect(pins.find((pin) => pin.key === 'mypy')?.source).toBe('built-in default')
    expect(drift).toHaveLength(1)
  })

  it('dev-tool versions from uv.lock, poetry.lock, pdm.lock and constraints files', () => {
    const lock = (name: string, version: string): string =>
      `[[package]]\nname = "${name}"\nversion = "${version}"\n`
    const pins = projectPins(
      scan({
        pinFiles: {
          'uv.lock': `version = 1\n${lock('Ruff', '0.15.2')}${lock('requests', '2.32.3')}`,
          'poetry.lock': lock('black', '25.1.0'),
          'pdm.lock': lock('mypy', '1.19.1'),
          'constraints-dev.txt': 'pytest==9.0.1\n',
        },
      }),
    ).pins
    expect(pins.map((pin) => `${pin.package}==${pin.version} <- ${pin.source}`)).toEqual([
      'pytest==9.0.1 <- constraints-dev.txt',
      'ruff==0.15.2 <- uv.lock',
      'requests==2.32.3 <- uv.lock',
      'black==25.1.0 <- poetry.lock',
      'mypy==1.19.1 <- pdm.lock',
    ])
  })

  it('node tools: the version package-lock.json, pnpm-lock.yaml or yarn.lock resolved for a devDependency', () => {
    const packageJson = { devDependencies: { prettier: '^3.3.0', eslint: '^9.0.0' } }
    const versions = (file: string, text: string): string[] =>
      projectPins(scan({ packageJson, pinFiles: { [file]: text } })).pins.map(
        (pin) => `${pin.package}@${pin.version} <- ${pin.source}`,
      )
    expect(
      versions(
        'package-lock.json',
        JSON.stringify({
          lockfileVersion: 3,
          packages: {
            'node_modules/prettier': { version: '3.3.3' },
            'node_modules/eslint': { version: '9.9.1' },
          },
        }),
      ),
    ).toEqual(['prettier@3.3.3 <- package-lock.json', 'eslint@9.9.1 <- package-lock.json'])
    expect(
      versions(
        'pnpm-lock.yaml',
        "lockfileVersion: '9.0'\nimporters:\n  .:\n    devDependencies:\n      prettier:\n        specifier: ^3.3.0\n        version: 3.3.3\n      eslint:\n        specifier: ^9.0.0\n        version: 9.9.1(jiti@2.4.2)\n",
      ),
    ).toEqual(['prettier@3.3.3 <- pnpm-lock.yaml', 'eslint@9.9.1 <- pnpm-lock.yaml'])
    expect(
      versions(
        'yarn.lock',
        '# yarn lockfile v1\n\n"prettier-plugin-x@^1.0.0":\n  version "1.0.0"\n\nprettier@^3.3.0:\n  version "3.3.3"\n  resolved "https://registry.yarnpkg.com/prettier/-/prettier-3.3.3.tgz"\n\n"eslint@npm:^9.0.0":\n  version: 9.9.1\n',
      ),
    ).toEqual(['prettier@3.3.3 <- yarn.lock', 'eslint@9.9.1 <- yarn.lock'])
  })
})
