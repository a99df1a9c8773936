// The project's own invocations: package.json scripts followed through npm/pnpm/yarn run and run-s,
// delegations to workspace packages, and each tool's arguments without the flags the gate owns.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { scriptInvocations, toolArguments } from '../src/invocations.js'
import { readPackageScripts, readScripts, splitCommands } from '../src/scripts.js'
import { TOOLS } from '../src/tools/index.js'
import { contextAt } from './helpers/fixtures.js'
import { ROOT } from './helpers/action.js'

const PRETTIER = path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs')

describe('splitCommands', () => {
  it('splits at shell operators, keeps quoted globs and $VARS as written', () => {
    expect(
      splitCommands(
        `FOO=1 eslint "src/**/*.ts" && prettier --check **/*.{ts,md} $DIR || (tsc -p a.json; tsc)`,
      ),
    ).toEqual([
      ['FOO=1', 'eslint', 'src/**/*.ts'],
      ['prettier', '--check', '**/*.{ts,md}', '$DIR'],
      ['tsc', '-p', 'a.json'],
      ['tsc'],
    ])
  })
})

describe('readScripts', () => {
  it('follows npm run, pnpm x, yarn run and run-s patterns, passing `--` arguments on', () => {
    const reading = readScripts({
      lint: 'npm run lint:ts -- --max-warnings 0 && pnpm lint:css',
      'lint:ts': 'eslint src',
      'lint:css': 'stylelint "**/*.css"',
      typecheck: 'run-s "typecheck:*"',
      'typecheck:app': 'tsc -p tsconfig.app.json',
      'typecheck:node': 'yarn run tsc-node',
      'tsc-node': 'NODE_OPTIONS=--max-old-space-size=4096 tsc -p tsconfig.node.json',
      test: 'vitest',
    })
    expect(reading.commands).toEqual([
      { words: ['eslint', 'src', '--max-warnings', '0'], via: ['lint', 'lint:ts'] },
      { words: ['stylelint', '**/*.css'], via: ['lint', 'lint:css'] },
      { words: ['tsc', '-p', 'tsconfig.app.json'], via: ['typecheck', 'typecheck:app'] },
      { words: ['tsc', '-p', 'tsconfig.node.json'], via: ['typecheck', 'typecheck:node', 'tsc-node'] },
      { words: ['vitest'], via: ['test'] },
    ])
    expect(reading.delegated).toEqual([])
  })

  it('records scripts that run in every workspace package instead of here', () => {
    const reading = readScripts({
      test: 'pnpm -r run test',
      lint: 'npm run lint --workspaces --if-present',
      typecheck: 'turbo run typecheck',
      check: 'pnpm --filter ./packages/** check',
    })
    expect(reading.delegated).toEqual([
      { via: ['lint'], script: 'lint' },
      { via: ['typecheck'], script: 'typecheck' },
      { via: ['check'], script: 'check' },
      { via: ['test'], script: 'test' },
    ])
    expect(reading.commands).toEqual([])
  })

  it('survives loops and odd values', () => {
    const reading = readPackageScripts({ scripts: { lint: 'npm run lint', test: 42 } })
    expect(reading).toEqual({ commands: [], delegated: [] })
    expect(readPackageScripts({ scripts: 'nope' })).toEqual({ commands: [], delegated: [] })
  })
})

describe('toolArguments', () => {
  const cases: [keyof typeof TOOLS, string, string[] | undefined][] = [
    [
      'eslint',
      'npx eslint --max-warnings 0 --ext .ts src/ --fix -f stylish',
      ['--max-warnings', '0', '--ext', '.ts', 'src/'],
    ],
    ['eslint', 'pnpm exec eslint --format=json .', ['.']],
    ['prettier', 'prettier --check "**/*.{ts,md}"', ['**/*.{ts,md}']],
    ['prettier', 'prettier --write . --log-level warn', ['.']],
    ['tsc', 'tsc -p tsconfig.build.json --noEmit', ['-p', 'tsconfig.build.json']],
    ['tsc', 'node ./node_modules/typescript/bin/tsc --noEmit --pretty', []],
    ['biome', 'biome check --write src', ['src']],
    ['biome-format', 'biome check --write src', ['src']],
    ['biome', 'biome format --write .', undefined],
    ['biome-format', 'biome format --write .', ['.']],
    ['biome', 'biome src', undefined],
    ['vitest', 'vitest', []],
    ['vitest', 'vitest run --coverage --reporter=verbose packages/a', ['packages/a']],
    ['vitest', 'vitest bench', undefined],
    ['jest', 'cross-env NODE_ENV=test jest --ci --coverage --runInBand', ['--runInBand']],
    ['mypy', 'python -m mypy --strict src', ['--strict', 'src']],
    ['mypy', 'uv run mypy --no-pretty src', ['src']],
    ['ruff', 'ruff check --fix .', ['.']],
    ['ruff', 'ruff format .', undefined],
    ['ruff-format', 'ruff format --check .', ['.']],
    ['eslint', 'eslint-config-check .', undefined],
    ['tsc', 'tsc-alias -p tsconfig.json', undefined],
  ]
  it.each(cases)('%s from `%s`', (id, command, expected) => {
    const [words] = splitCommands(command)
    expect(toolArguments(TOOLS[id], words ?? [])).toEqual(expected)
  })
})

describe('scriptInvocations', () => {
  it('one run per distinct set of arguments; format:check wins over format', () => {
    const reading = readScripts({
      lint: 'eslint src && eslint src --fix',
      'format:check': 'prettier --check src',
      format: 'prettier --write .',
      typecheck: 'tsc -p tsconfig.json && tsc -p tsconfig.test.json',
    })
    expect(scriptInvocations(TOOLS.eslint, reading)).toEqual([
      { args: ['src'], from: 'package.json script "lint"' },
    ])
    expect(scriptInvocations(TOOLS.prettier, reading)).toEqual([
      { args: ['src'], from: 'package.json script "format:check"' },
    ])
    expect(scriptInvocations(TOOLS.tsc, reading).map((run) => run.args)).toEqual([
      ['-p', 'tsconfig.json'],
      ['-p', 'tsconfig.test.json'],
    ])
  })
})

describe('prettier below the repository root', () => {
  it("adds the root's .gitignore and .prettierignore, and prettier then skips what they name", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'qg-prettier-'))
    const pkg = path.join(root, 'packages', 'a')
    mkdirSync(path.join(pkg, 'dist'), { recursive: true })
    mkdirSync(path.join(pkg, 'src'), { recursive: true })
    writeFileSync(path.join(root, '.gitignore'), 'dist/\n')
    writeFileSync(path.join(root, '.prettierignore'), 'packages/a/src/skip.ts\n')
    writeFileSync(path.join(pkg, 'dist', 'out.js'), 'const  x=1\n')
    writeFileSync(path.join(pkg, 'src', 'skip.ts'), 'const  y=1\n')
    writeFileSync(path.join(pkg, 'src', 'bad.ts'), 'const  z=1\n')
    const ctx = { ...contextAt(pkg), workspace: root, launcher: [process.execPath, PRETTIER], targets: ['.'] }
    const { argv } = TOOLS.prettier.command(ctx)
    expect(argv.slice(3, -1)).toEqual([
      '--ignore-path',
      '.gitignore',
      '--ignore-path',
      '.prettierignore',
      '--ignore-path',
      '../../.gitignore',
      '--ignore-path',
      '../../.prettierignore',
    ])
    const run = spawnSync(argv[0] ?? '', argv.slice(1), { cwd: pkg, encoding: 'utf8' })
    expect(run.stdout.trim().split('\n')).toEqual(['src/bad.ts'])
    // At the root nothing is added: prettier reads the root's files itself.
    expect(TOOLS.prettier.command({ ...ctx, cwd: root }).argv).toEqual([
      process.execPath,
      PRETTIER,
      '--list-different',
      '.',
    ])
    rmSync(root, { recursive: true, force: true })
  })
})
