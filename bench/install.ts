// Cold install against warm restore of the same pinned toolchain: flake8 and isort from a wheelhouse built
// offline (real pip, real venv) and pyright from the npm registry. Prints both install phases and the ratio.
// Usage: npm run bench:install [rounds]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  copyProject,
  CLI,
  DEBIAN_PYTHON,
  example,
  machineEnvironment,
  NODE_BIN,
} from '../__tests__/helpers/action.js'
import { buildWheelhouse, FLAKE8, installedVersion, ISORT } from '../__tests__/helpers/wheelhouse.js'
import type { Report } from '../src/types.js'

const rounds = Number(process.argv[2] ?? 3)
const wheelhouse = buildWheelhouse([...FLAKE8, ...ISORT('9.0.2')])
const project = copyProject(example('python-app'))

function gate(cacheDir: string): Report {
  const out = spawnSync(
    process.execPath,
    [
      CLI,
      '--cwd',
      project,
      '--tool-source',
      'pinned',
      '--python',
      DEBIAN_PYTHON,
      '--checks',
      'format,lint,typecheck',
      '--tools',
      `isort,flake8@${installedVersion('flake8')},pyright`,
      '--format',
      'json',
    ],
    {
      encoding: 'utf8',
      env: {
        ...machineEnvironment(),
        PATH: `${NODE_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
        QUALITY_GATE_CACHE_DIR: cacheDir,
        PIP_NO_INDEX: '1',
        PIP_FIND_LINKS: wheelhouse,
      },
    },
  )
  return JSON.parse(out.stdout) as Report
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const cold: number[] = []
const warm: number[] = []
for (let round = 0; round < rounds; round++) {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-bench-cache-'))
  const first = gate(cacheDir)
  const second = gate(cacheDir)
  if (
    first.toolchain?.cache !== 'miss' ||
    second.toolchain?.cache !== 'hit' ||
    second.toolchain.installerCalls !== 0
  ) {
    throw new Error(`unexpected cache behaviour: ${JSON.stringify([first.toolchain, second.toolchain])}`)
  }
  cold.push(first.toolchain.durationMs)
  warm.push(second.toolchain.durationMs)
  rmSync(cacheDir, { recursive: true, force: true })
}
const [c, w] = [median(cold), median(warm)]
console.log(
  `pinned toolchain (flake8 ${installedVersion('flake8')}, isort 9.0.2 via pip; pyright 1.1.414 via npm), median of ${rounds}`,
)
console.log(
  `  cold install   ${(c / 1000).toFixed(2)} s   (${cold.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`,
)
console.log(
  `  warm restore   ${(w / 1000).toFixed(2)} s   (${warm.map((ms) => (ms / 1000).toFixed(2)).join(', ')}), no installer call`,
)
console.log(`  ratio          ${(c / w).toFixed(1)}× faster warm`)
