// What differs on Windows runners, checked here with Windows-style inputs (path.win32): tools print
// backslashed and drive-lettered paths, PATH is spelled `Path`, commands carry PATHEXT extensions, and a
// virtual environment keeps its interpreter under Scripts\.
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { normalizePath } from '../src/scope.js'
import { commandCandidates } from '../src/toolchain/which.js'
import { workspacePath } from '../src/tools/common.js'
import { venvInterpreter } from '../src/python-launch.js'

describe('finding paths on Windows', () => {
  const ctx = { workspace: 'C:\\a\\repo', cwd: 'C:\\a\\repo\\pkg' }

  it.each([
    ['C:\\a\\repo\\pkg\\src\\app.py', 'pkg/src/app.py'],
    ['src\\app.py', 'pkg/src/app.py'],
    ['src/app.py', 'pkg/src/app.py'],
    ['.\\tests\\test_app.py', 'pkg/tests/test_app.py'],
    // Drive letters and directory names differ in case between tools; Windows does not care.
    ['c:\\A\\Repo\\pkg\\app.ts', 'pkg/app.ts'],
    ['C:/a/repo/pkg/app.ts', 'pkg/app.ts'],
  ])('%s → %s', (file, expected) => {
    expect(workspacePath(file, ctx, path.win32)).toBe(expected)
  })

  it('compares changed-line paths in one form, however a tool spelled them', () => {
    expect(normalizePath('pkg\\src\\app.py')).toBe('pkg/src/app.py')
    expect(normalizePath('.\\pkg\\\\app.py')).toBe('pkg/app.py')
  })
})

describe('finding commands on Windows', () => {
  const env = { Path: 'C:\\node;C:\\Windows\\system32', PATHEXT: '.COM;.EXE;.BAT;.CMD' }

  it('tries every PATHEXT extension in every PATH entry, with PATH spelled as Windows spells it', () => {
    expect(commandCandidates('npm', env, 'win32')).toEqual([
      'C:\\node\\npm.COM',
      'C:\\node\\npm.EXE',
      'C:\\node\\npm.BAT',
      'C:\\node\\npm.CMD',
      'C:\\Windows\\system32\\npm.COM',
      'C:\\Windows\\system32\\npm.EXE',
      'C:\\Windows\\system32\\npm.BAT',
      'C:\\Windows\\system32\\npm.CMD',
    ])
  })

  it('tries a name that already has an extension as given first', () => {
    expect(commandCandidates('npm.cmd', { Path: 'C:\\node' }, 'win32').slice(0, 2)).toEqual([
      'C:\\node\\npm.cmd',
      'C:\\node\\npm.cmd.COM',
    ])
  })

  it('elsewhere, only the name itself, on PATH split by colons', () => {
    expect(commandCandidates('npm', { PATH: '/usr/bin:/bin', PATHEXT: '.EXE' }, 'linux')).toEqual([
      '/usr/bin/npm',
      '/bin/npm',
    ])
  })
})

describe('virtual environments', () => {
  it('keep the interpreter in Scripts\\python.exe on Windows, bin/python elsewhere', () => {
    expect(venvInterpreter('C:\\w\\.venv', 'win32')).toBe('C:\\w\\.venv\\Scripts\\python.exe')
    expect(venvInterpreter('/w/.venv', 'darwin')).toBe('/w/.venv/bin/python')
  })
})
