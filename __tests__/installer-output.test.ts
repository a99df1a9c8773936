// One line from an installer's output: real pip and npm failures captured on this machine (an index that
// refuses, one that accepts and never answers, a version that does not exist), and uv's documented format.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './helpers/action.js'
import { describe, expect, it } from '@jest/globals'
import { installerCause } from '../src/toolchain/installer-output.js'
import { fastFailureSettings, installCommands, pipDrivesOthers } from '../src/toolchain/installers.js'

const fixture = (name: string): string =>
  readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'installers', name), 'utf8')

describe('the cause of a failed install, in one line', () => {
  it.each([
    [
      'pip-refused.txt',
      'No matching distribution found for ruff==0.17.5 (the index did not answer: NewConnectionError: [Errno 111] Connection refused (/simple/ruff/))',
    ],
    [
      'pip-hung.txt',
      'No matching distribution found for ruff==0.17.5 (the index did not answer: ReadTimeoutError: Read timed out. (read timeout=3.0) (/simple/ruff/))',
    ],
    ['npm-notarget.txt', 'No matching version found for pyright@9.9.9.'],
    [
      'npm-refused.txt',
      'FetchError: request to http://127.0.0.1:9/pyright failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    ],
  ])('%s', (name, cause) => {
    const said = installerCause(fixture(name))
    expect(said).toBe(cause)
    expect(said).not.toMatch(/Retrying|complete log/)
  })

  it("uv's resolver error: the heading with its wrapped reason, as one line", () => {
    const uv = [
      '  × No solution found when resolving dependencies:',
      '  ╰─▶ Because there is no version of ruff==0.17.5 and you require ruff==0.17.5,',
      '      we can conclude that your requirements are unsatisfiable.',
      '',
      '      hint: check the index',
    ].join('\n')
    expect(installerCause(uv)).toBe(
      'No solution found when resolving dependencies: Because there is no version of ruff==0.17.5 and you require ruff==0.17.5, we can conclude that your requirements are unsatisfiable.',
    )
  })

  it("uv's fetch error: the statement and the last link of its cause chain", () => {
    const uv = [
      'error: Failed to fetch: `https://pypi.org/simple/ruff/`',
      '  Caused by: Request failed after 1 retries',
      '  Caused by: error sending request for url (https://pypi.org/simple/ruff/)',
      '  Caused by: operation timed out',
    ].join('\n')
    expect(installerCause(uv)).toBe('Failed to fetch: `https://pypi.org/simple/ruff/`: operation timed out')
  })
})

describe('installer commands', () => {
  const pip = { name: 'pip', python: '/usr/bin/python3', drives: true } as const
  it("a venv without pip of its own, driven by the interpreter's pip (pip ≥ 22.3)", () => {
    expect(installCommands('venv', '/t/u', ['flake8==7.3.0', 'flake8-bugbear'], pip, {})).toEqual([
      ['/usr/bin/python3', '-m', 'venv', '--without-pip', '/t/u/python'],
      [
        '/usr/bin/python3',
        '-m',
        'pip',
        '--python',
        '/t/u/python/bin/python',
        'install',
        '--disable-pip-version-check',
        '--no-input',
        'flake8==7.3.0',
        'flake8-bugbear',
      ],
    ])
    expect(pipDrivesOthers('22.3')).toBe(true)
    expect(pipDrivesOthers('23.0.1')).toBe(true)
    expect(pipDrivesOthers('22.2.2')).toBe(false)
    expect(pipDrivesOthers(undefined)).toBe(false)
  })

  it('without such a pip: a venv with its own pip; an overlay through a helper venv', () => {
    const old = { ...pip, drives: false }
    expect(installCommands('venv', '/t/u', ['mypy==1.0.0'], old, {})[0]).toEqual([
      '/usr/bin/python3',
      '-m',
      'venv',
      '/t/u/python',
    ])
    expect(installCommands('overlay', '/t/u', ['coverage==7.0'], old, {}).map((argv) => argv[0])).toEqual([
      '/usr/bin/python3',
      '/t/u/pip/bin/python',
    ])
  })

  it('uv: its own venv and pip, --target for an overlay', () => {
    const uv = { name: 'uv', uv: '/bin/uv', python: '/usr/bin/python3' } as const
    expect(installCommands('overlay', '/t/u', ['pytest==9.1.1'], uv, {})).toEqual([
      ['/bin/uv', 'pip', 'install', '--python', '/usr/bin/python3', '--target', '/t/u/site', 'pytest==9.1.1'],
    ])
  })

  it('fails fast unless the user chose otherwise', () => {
    expect(fastFailureSettings({})).toMatchObject({
      PIP_DEFAULT_TIMEOUT: '6',
      PIP_RETRIES: '1',
      UV_HTTP_TIMEOUT: '10',
      UV_HTTP_RETRIES: '1',
      npm_config_fetch_retries: '1',
      npm_config_fetch_timeout: '60000',
    })
    const chosen = fastFailureSettings({
      PIP_TIMEOUT: '60',
      UV_HTTP_RETRIES: '5',
      NPM_CONFIG_FETCH_RETRIES: '3',
    })
    expect(chosen.PIP_DEFAULT_TIMEOUT).toBeUndefined()
    expect(chosen.UV_HTTP_RETRIES).toBeUndefined()
    expect(chosen.npm_config_fetch_retries).toBeUndefined()
    expect(chosen.PIP_RETRIES).toBe('1')
  })
})
