// Real git repositories built in the tests: a base commit, a head commit, clones of them.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { machineEnvironment } from './action.js'

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
}

export function git(cwd: string, ...args: string[]): string {
  const done = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...machineEnvironment(), ...IDENTITY },
  })
  if (done.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${done.stderr}`)
  return done.stdout.trim()
}

/** A new repository on branch main, with git's identity and no global config surprises. */
export function newRepository(dir = mkdtempSync(path.join(tmpdir(), 'qg-git-'))): string {
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'core.autocrlf', 'false')
  return dir
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
}

/** Stages everything (deletions too) and commits; returns the new commit's sha. */
export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--no-gpg-sign', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** `count` numbered lines: "line 1" … */
export function numbered(count: number, prefix = 'line'): string {
  return Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}\n`).join('')
}
