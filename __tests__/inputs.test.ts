// Input rules that keep hostile values away from git and the file system.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError, isRevision, readConfig, type ConfigSource } from '../src/config.js'

describe('base-ref', () => {
  it.each([
    'main',
    'origin/main',
    'release/1.2',
    'v1.2.3',
    'HEAD',
    'HEAD~1',
    'main^2',
    'a'.repeat(40),
    'feat_x-y',
  ])('accepts %s', (ref) => expect(isRevision(ref)).toBe(true))

  it.each([
    '--upload-pack=touch /tmp/x',
    '-x',
    'main..evil',
    'a b',
    'ref:x',
    'x@{1}',
    '@',
    'a//b',
    'a/',
    '.hidden',
    'a/.b',
    'x.lock',
    'x\nmain',
    'x\u0000',
    'x*',
    'x[1]',
    'x\\y',
    '',
  ])('rejects %j', (ref) => expect(isRevision(ref)).toBe(false))
})

describe('mode, reports and report-artifact', () => {
  const source = (inputs: Record<string, string>): ConfigSource => ({
    getInput: (name) => inputs[name] ?? '',
    env: {},
    workspace: mkdtempSync(path.join(tmpdir(), 'qg-config-')),
    describe: (name) => `input '${name}'`,
    outputs: { base: 'workspace', tempDir: tmpdir() },
    baseRefRequired: false,
  })
  const problem = (inputs: Record<string, string>): string => {
    try {
      readConfig(source(inputs))
      return ''
    } catch (error) {
      return error instanceof ConfigError ? error.message : `not a ConfigError: ${String(error)}`
    }
  }

  it('gate by default; publish with report globs', () => {
    expect(readConfig(source({})).mode).toBe('gate')
    expect(readConfig(source({ mode: 'publish', reports: 'a/*.json\nb/**/*.json' }))).toMatchObject({
      mode: 'publish',
      reports: ['a/*.json', 'b/**/*.json'],
    })
  })

  it('publish needs no reports: it reads report artifacts', () => {
    expect(readConfig(source({ mode: 'publish' }))).toMatchObject({
      mode: 'publish',
      reports: [],
    })
  })

  it('report-artifact is auto unless set', () => {
    expect(readConfig(source({})).reportArtifact).toBe('auto')
    expect(readConfig(source({ 'report-artifact': 'true' })).reportArtifact).toBe('true')
    expect(readConfig(source({ 'report-artifact': 'false' })).reportArtifact).toBe('false')
  })

  it.each([
    [{ mode: 'fan-in' }, "Invalid input 'mode': 'fan-in' is not one of gate, publish."],
    [
      { 'report-artifact': 'always' },
      "Invalid input 'report-artifact': 'always' is not one of auto, true, false.",
    ],
    [
      { mode: 'publish', reports: 'r/*.json', 'report-artifact': 'true' },
      "Invalid input 'report-artifact': it is read only with mode: gate",
    ],
    [{ reports: 'r/*.json' }, "Invalid input 'reports': it is read only with mode: publish"],
    [
      { mode: 'publish', reports: '../other/*.json' },
      "Invalid input 'reports': '../other/*.json' leaves the workspace",
    ],
    [
      { mode: 'publish', reports: '/etc/*.json' },
      "Invalid input 'reports': '/etc/*.json' leaves the workspace",
    ],
  ])('%j: %s', (inputs, message) => {
    expect(problem(inputs)).toContain(message)
  })
})
