// The pull request's code runs in the job: it gets no credential, and nothing it prints can act. Real
// tools (Debian's flake8, pylint, pytest) on __tests__/projects/hostile-app, through the built action.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  copyProject,
  DEBIAN_PYTHON,
  effectiveCommands,
  ROOT,
  RUNNER_NODE,
  runAction,
  startAction,
  type ActionResult,
  type WorkflowCommand,
} from './helpers/action.js'

const HOSTILE = path.join(ROOT, '__tests__', 'projects', 'hostile-app')
const TOKEN = 'ghs_SECRETtoken0123456789abcdefABCDEF01'
const RUNTIME_TOKEN = 'runtime-SECRET-0123456789'
/** What the runner hands a job step, credentials included. */
const RUNNER_SECRETS = {
  ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
  ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime-PWNED/',
  ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache-PWNED/',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results-PWNED/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-PWNED',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc-PWNED/',
  GITHUB_TOKEN: TOKEN,
  GH_TOKEN: TOKEN,
}
const SECRET_VALUES = [TOKEN, RUNTIME_TOKEN, ...Object.values(RUNNER_SECRETS)]
/** Lone \r, then a command, in a file name: flake8 and pylint print it back. */
const FORGED_FILE = 'evil\r::error file=forged.py,line=3::PWNED-filename.py'

function hostileCopy(): string {
  const dir = copyProject(HOSTILE)
  writeFileSync(path.join(dir, FORGED_FILE), 'import sys\n')
  return dir
}

/** The planted commands must never act; the gate's own must. */
function expectNoForgedCommand(result: ActionResult): WorkflowCommand[] {
  const effective = [...effectiveCommands(result.stdout), ...effectiveCommands(result.stderr)]
  const names = new Set(effective.map((item) => item.command))
  for (const name of ['set-output', 'save-state', 'set-env', 'add-path', 'echo', 'add-matcher'])
    expect(names.has(name)).toBe(false)
  for (const item of effective) {
    expect(item.properties.file).not.toBe('forged.py')
    if (item.command === 'add-mask') expect(item.message).not.toContain('PWNED')
    if (item.command === 'stop-commands') expect(item.message).toMatch(/^qg-[0-9a-f]{32}$/)
    // Tool text may reach the gate's own annotations, escaped: then it is a finding's message, with a title.
    if (/PWNED/.test(item.message)) expect(item.properties.title).toMatch(/^(flake8|pylint|pytest)\b/)
  }
  return effective
}

/** The built action on a copy of the hostile project, with the runner's credentials in its environment. */
function gateHostile(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    workspace: dir,
    inputs: {
      'tool-source': 'path',
      python: DEBIAN_PYTHON,
      'github-token': TOKEN,
      cache: 'false',
      ...inputs,
    },
    env: { ...RUNNER_SECRETS, ...env },
  })
}

describe('a lint-only gate on a hostile project', () => {
  let dir: string
  let result: ActionResult
  beforeAll(async () => {
    dir = hostileCopy()
    result = await gateHostile(dir, { checks: 'lint', tools: 'flake8,pylint' })
  }, 180_000)

  it("runs the real flake8, never the project's flake8.py", () => {
    expect(existsSync(path.join(dir, 'SHADOW-RAN'))).toBe(false)
    const flake8 = result.report?.checks.find((check) => check.tool === 'flake8')
    expect(flake8?.outcome).toBe('fail')
    const rules = flake8?.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`)
    expect(rules).toEqual(expect.arrayContaining(['app.py:2 F401', `${FORGED_FILE}:1 F401`]))
    expect(result.exitCode).toBe(1)
  })

  it('prints nothing that acts as a workflow command but its own annotations and mask', () => {
    const effective = expectNoForgedCommand(result)
    // The gate's own commands still work: the token's mask, and annotations at real findings.
    expect(effective).toContainEqual(expect.objectContaining({ command: 'add-mask', message: TOKEN }))
    const fixme = effective.find((item) => item.properties.title === 'pylint fixme')
    expect(fixme?.properties.file).toBe('app.py')
    // Shown as text, with `##[` broken by an invisible joiner.
    expect(fixme?.message).toContain('#\u2060#[set-output name=passed;]true')
    expect(
      effective.some((item) => item.properties.file === 'app.py' && item.properties.title === 'flake8 F401'),
    ).toBe(true)
    // The planted text is shown, not dropped: it is in the log as text.
    expect(result.stdout).toContain('PWNED-fixme')
  })

  it('keeps the outputs the gate set', () => {
    expect(result.outputs.passed).toBe('false')
  })
})

describe('tests of a hostile project', () => {
  let dir: string
  let dump: {
    own: Record<string, string>
    ownInitial: Record<string, string>
    ancestors: { pid: number; cmdline: string; environ: Record<string, string> }[]
    leftBehind: number
  }
  let result: ActionResult
  beforeAll(async () => {
    dir = hostileCopy()
    const dumpFile = path.join(tmpdir(), `qg-dump-${process.pid}-${Date.now()}.json`)
    result = await gateHostile(dir, { checks: 'test', tools: 'pytest' }, { QG_DUMP: dumpFile })
    dump = JSON.parse(readFileSync(dumpFile, 'utf8')) as typeof dump
  }, 180_000)

  it('runs the tests (the report says which failed)', () => {
    const test = result.report?.checks.find((check) => check.kind === 'test')
    expect(test?.tests).toMatchObject({ total: 5, failed: 3 })
    expect(result.exitCode).toBe(1)
  })

  it("gives the tests no credential, in their environment or any ancestor's", () => {
    const gate = dump.ancestors.find((item) => item.cmdline.includes(path.join('dist', 'index.js')))
    // The gate itself is among the ancestors, run by the runner's Node.js.
    expect(gate?.cmdline.startsWith(RUNNER_NODE)).toBe(true)
    const environments = [dump.own, dump.ownInitial, ...dump.ancestors.map((item) => item.environ)]
    for (const environment of environments) {
      for (const [key, value] of Object.entries(environment)) {
        expect(key).not.toMatch(
          /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN)/,
        )
        for (const secret of SECRET_VALUES) expect(value).not.toContain(secret)
      }
    }
  })

  it('leaves no process of a test running after the tool exits', () => {
    expect(isAlive(dump.leftBehind)).toBe(false)
  })

  it('prints nothing from test names or assertion messages that acts', () => {
    expectNoForgedCommand(result)
    expect(result.stdout).toContain('PWNED-assert')
  })
})

describe('cancelling the job', () => {
  it('kills every process of the run on SIGTERM', async () => {
    const dir = hostileCopy()
    const pidsFile = path.join(tmpdir(), `qg-hang-${process.pid}-${Date.now()}.json`)
    const started = startAction({
      workspace: dir,
      inputs: {
        checks: 'test',
        tools: 'pytest',
        'tool-source': 'path',
        python: DEBIAN_PYTHON,
        cache: 'false',
      },
      env: { QG_HANG: pidsFile, QG_DUMP: path.join(dir, 'dump.json') },
    })
    const deadline = Date.now() + 60_000
    while (!existsSync(pidsFile) || readFileSync(pidsFile, 'utf8') === '') {
      if (Date.now() > deadline) throw new Error('the hanging test never started')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const pids = JSON.parse(readFileSync(pidsFile, 'utf8')) as { test: number; child: number }
    expect(isAlive(pids.test) && isAlive(pids.child)).toBe(true)
    started.child.kill('SIGTERM')
    const result = await started.done
    expect(result.exitCode).toBe(143)
    expect(result.stdout).toMatch(/SIGTERM received; stopped \d+ running process group/)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect([pids.test, pids.child].filter(isAlive)).toEqual([])
  }, 120_000)
})

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()?.trim()[0]
    return state !== 'Z'
  } catch {
    return false
  }
}
