// Changed lines from real git repositories built here (full, shallow, a subdirectory, a working tree) and
// from the pull request files API of the loopback fake; then which findings they make count.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { findChanges, type ChangeOptions } from '../src/changes.js'
import { makeOctokit } from '../src/github/publish.js'
import type { WorkflowRun } from '../src/github/run.js'
import { parseChangedFiles, patchAddedLines } from '../src/parsers/unified-diff.js'
import { scopeFindings, type ChangeSet } from '../src/scope.js'
import type { Finding } from '../src/types.js'
import { machineEnvironment } from './helpers/action.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { commitAll, git, newRepository, numbered, writeFiles } from './helpers/git.js'

const SPACED = 'dir/spaced ü "q".txt'

/** base → head: an edit, a rename with a change, a deletion, an addition, a quoted path and a binary. */
function buildRepository(): { dir: string; base: string; head: string } {
  const dir = newRepository()
  writeFiles(dir, {
    'keep.txt': numbered(10),
    'edit.txt': numbered(10),
    'old-name.txt': numbered(30, 'moved'),
    'gone.txt': numbered(5),
    [SPACED]: numbered(3),
  })
  writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 0, 3]))
  const base = commitAll(dir, 'base')
  git(dir, 'checkout', '-q', '-b', 'feature')
  writeFiles(dir, {
    'edit.txt': numbered(10).replace('line 3\n', 'changed 3\n') + 'line 11\n',
    // Unlike any deleted file, or git would call it a rename.
    'added.txt': numbered(4, 'fresh'),
    [SPACED]: numbered(3).replace('line 2\n', 'changed 2\n'),
  })
  git(dir, 'mv', 'old-name.txt', 'new-name.txt')
  writeFiles(dir, { 'new-name.txt': numbered(30, 'moved').replace('moved 30\n', 'changed 30\n') })
  git(dir, 'rm', '-q', 'gone.txt')
  writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 9, 9, 0, 9]))
  const head = commitAll(dir, 'head')
  return { dir, base, head }
}

const EXPECTED = {
  'added.txt': [1, 2, 3, 4],
  'blob.bin': 'all',
  [SPACED]: [2],
  'edit.txt': [3, 11],
  'new-name.txt': 'all',
}

function asObject(changes: ChangeSet): Record<string, number[] | 'all'> {
  return Object.fromEntries(
    [...changes.files]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, lines]) => [file, lines === 'all' ? 'all' : [...lines].sort((a, b) => a - b)]),
  )
}

function options(
  workspace: string,
  run: Partial<WorkflowRun>,
  extra: Partial<ChangeOptions> = {},
): ChangeOptions {
  return {
    workspace,
    env: machineEnvironment(),
    run: { eventName: 'pull_request', ...run },
    local: false,
    info: () => undefined,
    ...extra,
  }
}

async function changesOf(options: ChangeOptions): Promise<ChangeSet> {
  const result = await findChanges(options)
  if ('problem' in result) throw new Error(result.problem)
  return result.changes
}

describe('git diff of a pull request', () => {
  const repo = buildRepository()
  const pullRequest = { number: 7, baseSha: repo.base, headSha: repo.head }

  it('changed and added lines count; renamed and binary files count whole; deleted and untouched files do not', async () => {
    const changes = await changesOf(options(repo.dir, { pullRequest }))
    expect(asObject(changes)).toEqual(EXPECTED)
    expect(changes.source).toBe(`git diff ${repo.base.slice(0, 7)}...${repo.head.slice(0, 7)}`)
  })

  it('the parser agrees with git on the same diff printed with context lines', () => {
    const text = git(repo.dir, '-c', 'core.quotePath=true', 'diff', '-M', `${repo.base}...${repo.head}`)
    const files = parseChangedFiles(text)
    expect(files.find((file) => file.path === SPACED)?.lines).toEqual([2])
    expect(files.find((file) => file.path === 'edit.txt')).toEqual({
      path: 'edit.txt',
      status: 'modified',
      lines: [3, 11],
    })
    expect(files.map((file) => file.path)).not.toContain('gone.txt')
  })

  it('paths are relative to the workspace when it is a subdirectory of the repository', async () => {
    const changes = await changesOf(options(path.join(repo.dir, 'dir'), { pullRequest }))
    expect(changes.files.get('spaced ü "q".txt')).toEqual(new Set([2]))
    expect(changes.files.get('../edit.txt')).toEqual(new Set([3, 11]))
  })

  it('a shallow clone without the base commit fetches it, and gets the same lines', async () => {
    const origin = buildRepository()
    // GitHub serves any reachable commit by sha; a local origin has to be told to.
    git(origin.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'qg-shallow-')), 'work')
    git(tmpdir(), 'clone', '-q', '--depth=1', '--branch=feature', `file://${origin.dir}`, clone)
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true')
    expect(() => git(clone, 'cat-file', '-e', `${origin.base}^{commit}`)).toThrow()
    const logged: string[] = []
    const changes = await changesOf(
      options(
        clone,
        { pullRequest: { number: 7, baseSha: origin.base, headSha: origin.head } },
        { info: (line) => void logged.push(line) },
      ),
    )
    expect(asObject(changes)).toEqual(EXPECTED)
    expect(changes.source).toMatch(/^git diff /)
    expect(logged).toEqual([])
  })

  it('when the lines only rank findings, a shallow clone is not deepened: the API is asked instead', async () => {
    const origin = buildRepository()
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'qg-shallow-')), 'work')
    git(tmpdir(), 'clone', '-q', '--depth=1', '--branch=feature', `file://${origin.dir}`, clone)
    const logged: string[] = []
    const result = await findChanges(
      options(
        clone,
        { pullRequest: { number: 7, baseSha: origin.base, headSha: origin.head } },
        { fetch: false, info: (line) => void logged.push(line) },
      ),
    )
    expect(result).toEqual({
      problem: 'git could not diff the pull request and there is no github-token for the files API',
    })
    expect(logged[0]).toMatch(/not in this checkout/)
    expect(() => git(clone, 'cat-file', '-e', `${origin.base}^{commit}`)).toThrow()
  })
})

describe('the pull request files API, when git cannot answer', () => {
  let api: FakeGitHub
  beforeAll(async () => {
    api = await new FakeGitHub().start()
  })
  afterAll(async () => {
    expect(api.violations).toEqual([])
    await api.stop()
  })

  it('reads patches with context, counts renamed and patch-less files whole and skips removed ones', async () => {
    const files = [
      {
        filename: 'src/edit.py',
        status: 'modified' as const,
        patch: '@@ -1,4 +1,5 @@\n line 1\n-line 2\n+changed 2\n+added 3\n line 3\n line 4',
      },
      { filename: 'src/new.py', status: 'renamed' as const, previous_filename: 'src/old.py', patch: '' },
      { filename: 'src/huge.py', status: 'modified' as const },
      { filename: 'src/gone.py', status: 'removed' as const, patch: '@@ -1 +0,0 @@\n-x' },
      ...Array.from({ length: 150 }, (_, index) => ({
        filename: `pkg/f${index}.py`,
        status: 'added' as const,
        patch: '@@ -0,0 +1,2 @@\n+a\n+b',
      })),
    ]
    api.pullFiles.set(7, files)
    // Not a git repository: only the API can say what changed.
    const workspace = mkdtempSync(path.join(tmpdir(), 'qg-nogit-'))
    const logged: string[] = []
    const changes = await changesOf(
      options(
        workspace,
        {
          owner: 'o',
          repo: 'r',
          pullRequest: { number: 7, baseSha: 'b'.repeat(40), headSha: 'a'.repeat(40) },
        },
        { octokit: makeOctokit('ghs_token', api.url), info: (line) => void logged.push(line) },
      ),
    )
    expect(changes.source).toBe('pull request files API (154 files)')
    expect(changes.files.get('src/edit.py')).toEqual(new Set([2, 3]))
    expect(changes.files.get('src/new.py')).toBe('all')
    expect(changes.files.get('src/huge.py')).toBe('all')
    expect(changes.files.has('src/gone.py')).toBe(false)
    expect(changes.files.get('pkg/f149.py')).toEqual(new Set([1, 2]))
    // Two pages of 100.
    expect(api.requests.filter((request) => request.path.endsWith('/pulls/7/files'))).toHaveLength(2)
  })

  it('without a token there is no fallback: a problem, not a guess', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'qg-nogit-'))
    const result = await findChanges(
      options(workspace, { owner: 'o', repo: 'r', pullRequest: { number: 7, baseSha: 'b', headSha: 'a' } }),
    )
    expect(result).toEqual({
      problem: 'git could not diff the pull request and there is no github-token for the files API',
    })
  })

  it('patchAddedLines: a hunk that only deletes adds nothing', () => {
    expect(patchAddedLines('@@ -3,2 +2,0 @@\n-x\n-y')).toEqual([])
    expect(patchAddedLines('@@ -1 +1 @@\n-x\n+y\n\\ No newline at end of file')).toEqual([1])
  })
})

describe('pushes and local runs: from the merge-base with base-ref', () => {
  it('a local run counts uncommitted edits and untracked files; base-ref commits after the fork do not count', () => {
    const dir = newRepository()
    writeFiles(dir, { 'a.txt': numbered(5), 'b.txt': numbered(5) })
    commitAll(dir, 'base')
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, { 'a.txt': numbered(5).replace('line 4\n', 'changed 4\n') })
    commitAll(dir, 'feature work')
    git(dir, 'checkout', '-q', 'main')
    writeFiles(dir, { 'b.txt': numbered(6) })
    commitAll(dir, 'main moves on')
    git(dir, 'checkout', '-q', 'feature')
    writeFiles(dir, {
      'a.txt': numbered(5).replace('line 4\n', 'changed 4\n').replace('line 1\n', 'wip 1\n'),
      'new.txt': 'x\n',
    })
    return changesOf(options(dir, { eventName: '' }, { baseRef: 'main', local: true })).then((changes) => {
      expect(asObject(changes)).toEqual({ 'a.txt': [1, 4], 'new.txt': 'all' })
      expect(changes.source).toMatch(/^git diff [0-9a-f]{7}\.\.\.working tree \(merge-base with main\)$/)
    })
  })

  it("a push without base-ref uses the push event's before commit", async () => {
    const dir = newRepository()
    writeFiles(dir, { 'a.txt': numbered(3) })
    const before = commitAll(dir, 'before')
    writeFiles(dir, { 'a.txt': numbered(4) })
    commitAll(dir, 'pushed')
    const changes = await changesOf(options(dir, { eventName: 'push', pushBefore: before }))
    expect(asObject(changes)).toEqual({ 'a.txt': [4] })
  })

  it('a push to a shallow checkout fetches the before commit and enough history for the merge-base', async () => {
    const origin = newRepository()
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
    writeFiles(origin, { 'a.txt': numbered(3), 'b.txt': numbered(3) })
    const before = commitAll(origin, 'before')
    writeFiles(origin, { 'a.txt': numbered(4) })
    commitAll(origin, 'pushed 1')
    writeFiles(origin, { 'b.txt': numbered(3).replace('line 2\n', 'changed 2\n') })
    commitAll(origin, 'pushed 2')
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'qg-shallow-')), 'work')
    git(tmpdir(), 'clone', '-q', '--depth=1', `file://${origin}`, clone)
    const changes = await changesOf(options(clone, { eventName: 'push', pushBefore: before }))
    expect(asObject(changes)).toEqual({ 'a.txt': [4], 'b.txt': [2] })
  })

  it('no base at all is a problem that says what to set', async () => {
    const dir = newRepository()
    writeFiles(dir, { 'a.txt': 'x\n' })
    commitAll(dir, 'only')
    expect(await findChanges(options(dir, { eventName: 'push' }))).toEqual({
      problem: 'there is no base to compare with outside a pull request: set base-ref',
    })
    expect(
      await findChanges(options(dir, { eventName: 'push' }, { baseRef: 'no-such-branch' })),
    ).toMatchObject({
      problem: expect.stringMatching(/^git could not diff against no-such-branch: /),
    })
  })
})

describe('scope', () => {
  const changes: ChangeSet = {
    source: 'test',
    files: new Map<string, ReadonlySet<number> | 'all'>([
      ['src/a.py', new Set([3, 4])],
      ['src/moved.py', 'all'],
    ]),
  }
  const at = (file: string | undefined, line?: number, extra: Partial<Finding> = {}): Finding => ({
    tool: 't',
    severity: 'error',
    message: 'm',
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...extra,
  })

  it('changed: counts findings on changed lines, on renamed files and spanning a changed line; the rest is kept aside', () => {
    const findings = [
      at('src/a.py', 3),
      at('./src/a.py', 2, { endLine: 4 }),
      at('src/a.py', 9),
      at('src/moved.py', 40),
      at('src/old.py', 1),
      at(undefined),
    ]
    const scoped = scopeFindings(findings, 'lint', 'changed', changes)
    expect(scoped.counted.map((item) => `${item.file}:${item.line}`)).toEqual([
      'src/a.py:3',
      './src/a.py:2',
      'src/moved.py:40',
      'undefined:undefined',
    ])
    expect(scoped.outside.map((item) => `${item.file}:${item.line}`)).toEqual(['src/a.py:9', 'src/old.py:1'])
    expect(scoped.counted.every((item) => item.file === undefined || item.onChangedLines)).toBe(true)
  })

  it('a formatter counts a changed file; a failing test counts anywhere', () => {
    expect(scopeFindings([at('src/a.py', 1)], 'format', 'changed', changes).counted).toHaveLength(1)
    const test = scopeFindings([at('tests/test_x.py', 5)], 'test', 'changed', changes)
    expect(test.counted).toHaveLength(1)
    expect(test.counted[0]?.onChangedLines).toBeUndefined()
  })

  it('all: everything counts, and the changed-line findings are marked for ranking', () => {
    const scoped = scopeFindings([at('src/a.py', 9), at('src/a.py', 4)], 'lint', 'all', changes)
    expect(scoped.outside).toEqual([])
    expect(scoped.counted.map((item) => Boolean(item.onChangedLines))).toEqual([false, true])
  })
})
