// The lines this change touched. On pull requests: `git diff BASE...HEAD` of the event's base and head,
// fetching a missing base (shallow checkouts), else the pull request files API. On pushes and local runs:
// from the merge-base with `base-ref` (or the push's `before`). Locally the working tree and untracked files
// count too, so a developer sees exactly what the PR gate will see.
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { runProcess, toolEnvironment } from './exec.js'
import type { WorkflowRun } from './github/run.js'
import type { Octokit } from './github/publish.js'
import { parseChangedFiles, patchAddedLines, type ChangedFile } from './parsers/unified-diff.js'
import { changeSetOf, type ChangeSet } from './scope.js'
import { errorMessage } from './text.js'

export interface ChangeOptions {
  /** Where git runs: the workspace (any directory inside the repository). */
  workspace: string
  env: Readonly<Record<string, string | undefined>>
  run: WorkflowRun
  baseRef?: string
  /** A developer's machine: count uncommitted and untracked changes. */
  local: boolean
  /**
   * Whether git may fetch missing history. Off when the lines only rank findings: then a shallow checkout
   * asks the files API (one request) instead of fetching.
   */
  fetch?: boolean
  /** For the pull request files API fallback; undefined without a token. */
  octokit?: Octokit
  info(message: string): void
}

export type ChangeResult = { changes: ChangeSet } | { problem: string }

/** The PR files API lists at most this many files. */
export const PR_FILES_LIMIT = 3000
const GIT_TIMEOUT_MS = 120_000
/** History fetched when a shallow checkout lacks the merge-base: enough for most branches, still small. */
const DEEPEN = 200

export async function findChanges(options: ChangeOptions): Promise<ChangeResult> {
  const git = gitRunner(options)
  const root = (await git(['rev-parse', '--show-toplevel']).catch(() => '')).trim()
  const pr = options.run.pullRequest
  if (pr !== undefined) {
    if (root) {
      try {
        const fetch = options.fetch !== false
        return { changes: await diffCommits(git, root, options.workspace, pr.baseSha, pr.headSha, fetch) }
      } catch (error) {
        options.info(
          `git could not diff the pull request (${errorMessage(error)}); asking the pull request files API.`,
        )
      }
    }
    return filesFromApi(options, root || options.workspace)
  }
  if (!root) return { problem: `${options.workspace} is not inside a git repository` }
  const base = options.baseRef ?? options.run.pushBefore
  if (base === undefined) {
    return {
      problem: options.local
        ? 'there is no base to compare with: pass --base-ref (for example origin/main)'
        : 'there is no base to compare with outside a pull request: set base-ref',
    }
  }
  try {
    const baseSha = await resolveCommit(git, base)
    const mergeBase = await findMergeBase(git, baseSha, 'HEAD')
    const files = options.local
      ? [...(await diffFiles(git, [mergeBase])), ...(await untrackedFiles(git))]
      : await diffFiles(git, [mergeBase, 'HEAD'])
    const head = options.local ? 'working tree' : short(await git(['rev-parse', 'HEAD']))
    return {
      changes: changeSetOf(
        relativeTo(files, root, options.workspace),
        `git diff ${short(mergeBase)}...${head} (merge-base with ${base})`,
      ),
    }
  } catch (error) {
    return { problem: `git could not diff against ${base}: ${errorMessage(error)}` }
  }
}

type Git = (args: string[]) => Promise<string>

function gitRunner(options: ChangeOptions): Git {
  const env = { ...toolEnvironment(options.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
  return async (args) => {
    const done = await runProcess(['git', '-c', 'core.quotePath=false', ...args], {
      cwd: options.workspace,
      env,
      timeoutMs: GIT_TIMEOUT_MS,
    })
    if (done.exitCode !== 0) {
      const why = done.spawnError ?? (done.stderr.trim().split('\n').pop() || `exit ${done.exitCode}`)
      throw new Error(`git ${args[0]}: ${why}`)
    }
    return done.stdout
  }
}

async function diffCommits(
  git: Git,
  root: string,
  workspace: string,
  base: string,
  head: string,
  fetch: boolean,
): Promise<ChangeSet> {
  await ensureCommits(git, [base, head], fetch)
  const mergeBase = await findMergeBase(git, base, head, fetch)
  const files = await diffFiles(git, [mergeBase, head])
  return changeSetOf(relativeTo(files, root, workspace), `git diff ${short(base)}...${short(head)}`)
}

const exists = (git: Git, ref: string): Promise<boolean> =>
  git(['cat-file', '-e', `${ref}^{commit}`]).then(
    () => true,
    () => false,
  )

/** A shallow checkout may lack the base (or head) commit: fetch just those. */
async function ensureCommits(git: Git, shas: string[], fetch: boolean): Promise<void> {
  const missing: string[] = []
  for (const sha of shas) if (!(await exists(git, sha))) missing.push(sha)
  if (missing.length > 0 && !fetch) throw new Error(`${missing.map(short).join(', ')} not in this checkout`)
  if (missing.length > 0)
    await git([
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--depth=1',
      '--end-of-options',
      'origin',
      ...missing,
    ])
}

/** The merge-base; in a shallow repository without it, fetch some history of both sides once and retry. */
async function findMergeBase(git: Git, base: string, head: string, fetch = true): Promise<string> {
  try {
    return (await git(['merge-base', base, head])).trim()
  } catch (error) {
    if (!fetch || (await git(['rev-parse', '--is-shallow-repository'])).trim() !== 'true') throw error
    // By sha: a fetch of a sha deepens that history, whatever the local branch names are.
    const shas = await Promise.all([base, head].map(async (ref) => (await git(['rev-parse', ref])).trim()))
    await git([
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      `--deepen=${DEEPEN}`,
      '--end-of-options',
      'origin',
      ...shas,
    ])
    return (await git(['merge-base', base, head])).trim()
  }
}

/** A ref or sha, fetched from origin when this checkout does not have it. */
async function resolveCommit(git: Git, ref: string): Promise<string> {
  if (await exists(git, ref)) return (await git(['rev-parse', `${ref}^{commit}`])).trim()
  if (await exists(git, `origin/${ref}`)) return (await git(['rev-parse', `origin/${ref}^{commit}`])).trim()
  await git([
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    `--depth=${DEEPEN}`,
    '--end-of-options',
    'origin',
    ref,
  ])
  return (await git(['rev-parse', 'FETCH_HEAD^{commit}'])).trim()
}

async function diffFiles(git: Git, range: string[]): Promise<ChangedFile[]> {
  const text = await git([
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    ...range,
    '--',
  ])
  return parseChangedFiles(text)
}

async function untrackedFiles(git: Git): Promise<ChangedFile[]> {
  const list = await git(['ls-files', '--others', '--exclude-standard', '-z'])
  return list
    .split('\0')
    .filter(Boolean)
    .map((file) => ({ path: file, status: 'added', lines: 'all' }))
}

async function filesFromApi(options: ChangeOptions, root: string): Promise<ChangeResult> {
  const { octokit, run } = options
  const pr = run.pullRequest
  if (!octokit || !pr || !run.owner || !run.repo) {
    return { problem: 'git could not diff the pull request and there is no github-token for the files API' }
  }
  const files: ChangedFile[] = []
  let listed = 0
  try {
    const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: run.owner,
      repo: run.repo,
      pull_number: pr.number,
      per_page: 100,
    })
    for await (const page of pages) {
      for (const file of page.data) {
        listed++
        if (file.status === 'removed') continue
        const whole = file.status === 'renamed' || file.status === 'copied' || file.patch === undefined
        files.push({
          path: file.filename,
          status: file.status === 'added' ? 'added' : file.status === 'renamed' ? 'renamed' : 'modified',
          lines: whole ? 'all' : patchAddedLines(file.patch ?? ''),
        })
      }
      if (listed >= PR_FILES_LIMIT) break
    }
  } catch (error) {
    return { problem: `the pull request files API failed: ${errorMessage(error)}` }
  }
  if (listed >= PR_FILES_LIMIT) {
    options.info(
      `The pull request files API lists at most ${PR_FILES_LIMIT} files; files past that count as unchanged.`,
    )
  }
  return {
    changes: changeSetOf(
      relativeTo(files, root, options.workspace),
      `pull request files API (${listed} files)`,
    ),
  }
}

/** git and the API speak repository-root paths; findings speak workspace paths. */
function relativeTo(files: ChangedFile[], root: string, workspace: string): ChangedFile[] {
  const real = (dir: string): string => {
    try {
      return realpathSync(dir)
    } catch {
      return dir
    }
  }
  const from = real(workspace)
  const top = real(root)
  return files.map((file) => ({
    ...file,
    path: path.relative(from, path.join(top, file.path)).split(path.sep).join('/'),
  }))
}

const short = (sha: string): string => sha.trim().slice(0, 7)
