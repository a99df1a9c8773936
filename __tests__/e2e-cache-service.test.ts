// The Actions cache's success path, through the built action and the real @actions/cache against a loopback
// stand-in for GitHub's cache service v2: a fresh runner restores the toolchain an earlier job saved, with no
// installer; a fresh checkout of the branch restores .mypy_cache; re-running a branch adds no entry.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Report } from '../src/types.js'
import { DEBIAN_PYTHON, example, runAction, type ActionResult } from './helpers/action.js'
import { startFakeCacheService, type FakeCacheService } from './helpers/fake-cache.js'
import { installedVersion, buildWheelhouse, FLAKE8 } from './helpers/wheelhouse.js'
// Debian's flake8 repackaged (helpers/wheelhouse.ts), whichever version the machine has.
const FLAKE8_VERSION = installedVersion('flake8')

const findings = (report: Report | undefined): string[] =>
  (report?.checks ?? []).flatMap((check) =>
    check.findings.map((item) => `${check.tool} ${item.file}:${item.line} ${item.rule ?? '-'}`),
  )

/** A checkout of the example at a fixed path: each job's workspace starts fresh there, as on a runner. */
function freshCheckout(at: string): string {
  rmSync(at, { recursive: true, force: true })
  mkdirSync(path.dirname(at), { recursive: true })
  cpSync(example('python-app'), at, {
    recursive: true,
    filter: (file) => !/(__pycache__|_cache)$/.test(file),
  })
  return at
}

describe('the Actions cache service', () => {
  let service: FakeCacheService
  const root = mkdtempSync(path.join(tmpdir(), 'qg-runner-paths-'))
  const finalized = (prefix: string): string[] =>
    service.entries
      .filter((entry) => entry.finalized && entry.key.startsWith(prefix))
      .map((entry) => entry.key)

  beforeAll(async () => {
    service = await startFakeCacheService()
  })
  afterAll(async () => {
    await service.close()
  })

  it('a fresh runner restores the toolchain an earlier job saved, without running an installer', async () => {
    const wheelhouse = buildWheelhouse(FLAKE8)
    const workspace = path.join(root, 'work', 'repo')
    const cacheDir = path.join(root, 'home', '.cache', 'quality-gate')
    const job = (links: string): Promise<ActionResult> =>
      runAction({
        workspace: freshCheckout(workspace),
        inputs: {
          'tool-source': 'pinned',
          python: DEBIAN_PYTHON,
          checks: 'lint',
          tools: `flake8@${FLAKE8_VERSION}`,
        },
        env: {
          ...service.env,
          QUALITY_GATE_CACHE_DIR: cacheDir,
          PIP_CONFIG_FILE: '/dev/null',
          PIP_NO_INDEX: '1',
          PIP_FIND_LINKS: links,
        },
      })
    const first = await job(wheelhouse)
    expect(first.report?.toolchain).toMatchObject({ cache: 'miss', installerCalls: 2 })
    expect(finalized('quality-gate-toolchain-')).toEqual([first.report?.toolchain?.key])

    // The next job runs on a new machine: nothing in the cache directory, no wheels to install from.
    rmSync(cacheDir, { recursive: true, force: true })
    const second = await job(mkdtempSync(path.join(tmpdir(), 'qg-no-wheels-')))
    expect(second.report?.toolchain).toMatchObject({
      cache: 'restored',
      installerCalls: 0,
      key: first.report?.toolchain?.key,
      units: [expect.objectContaining({ package: 'flake8', state: 'restored' })],
    })
    expect(second.stdout).toMatch(/Pinned toolchain: restored from the Actions cache/)
    expect(findings(second.report)).toEqual(findings(first.report))
    expect(findings(second.report)).toHaveLength(4)
    // Restored, so not saved again: still the one entry for this pin set.
    expect(finalized('quality-gate-toolchain-')).toHaveLength(1)
    expect(service.violations).toEqual([])
  }, 240_000)

  it('a fresh checkout restores .mypy_cache; running the branch again adds no entry', async () => {
    const workspace = path.join(root, 'work', 'typed')
    const job = (env: Record<string, string>): Promise<ActionResult> =>
      runAction({
        workspace: freshCheckout(workspace),
        inputs: { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'typecheck', tools: 'mypy' },
        env: { ...service.env, ...env },
      })
    const onMain = { GITHUB_REF_NAME: 'main' }
    const first = await job(onMain)
    expect(first.report?.checks[0]).toMatchObject({ tool: 'mypy', outcome: 'fail' })
    const saved = finalized('quality-gate-toolcache-')
    expect(saved).toHaveLength(1)
    const [entry] = service.entries.filter((item) => item.key === saved[0])

    const downloadsBefore = service.log.filter((line) => line === `GET blob ${entry?.id}`).length
    const again = await job(onMain)
    expect(service.log.filter((line) => line === `GET blob ${entry?.id}`)).toHaveLength(downloadsBefore + 1)
    expect(findings(again.report)).toEqual(findings(first.report))
    expect(finalized('quality-gate-toolcache-')).toEqual(saved)

    // A pull request's first run starts from its base branch's cache and keeps its own from then on.
    const pull = { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main', GITHUB_REF_NAME: '7/merge' }
    await job(pull)
    expect(service.log.filter((line) => line === `GET blob ${entry?.id}`)).toHaveLength(downloadsBefore + 2)
    const afterPull = finalized('quality-gate-toolcache-')
    expect(afterPull).toHaveLength(2)
    expect(afterPull[1]).toMatch(/-feature-[0-9a-f]{16}$/)
    await job(pull)
    expect(finalized('quality-gate-toolcache-')).toEqual(afterPull)
    expect(service.violations).toEqual([])
  }, 240_000)

  it('a save the service refuses for its rate limit, or because the key exists, is no warning', async () => {
    const workspace = path.join(root, 'work', 'limited')
    const job = (): Promise<ActionResult> =>
      runAction({
        workspace: freshCheckout(workspace),
        inputs: { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'typecheck', tools: 'mypy' },
        env: { ...service.env, GITHUB_REF_NAME: 'limited' },
      })
    const quiet = (result: ActionResult): void => {
      expect(result.commands.filter((command) => command.command === 'warning')).toEqual([])
      expect(result.report?.checks[0]).toMatchObject({ tool: 'mypy', outcome: 'fail' })
    }
    service.faults.rateLimitCreate = true
    try {
      quiet(await job())
      expect(service.log).toContain('CreateCacheEntry rate-limited')
    } finally {
      service.faults.rateLimitCreate = false
    }
    quiet(await job())
    const saved = finalized('quality-gate-toolcache-').filter((key) => key.includes('-limited-'))
    expect(saved).toHaveLength(1)
    // Another job saved this key meanwhile: the restore missed it, the save finds it taken.
    service.faults.missLookups = true
    try {
      const taken = await job()
      quiet(taken)
      expect(taken.stdout).toMatch(/Unable to reserve cache with key quality-gate-toolcache-.*-limited-/)
    } finally {
      service.faults.missLookups = false
    }
    expect(finalized('quality-gate-toolcache-').filter((key) => key.includes('-limited-'))).toEqual(saved)
  }, 120_000)

  it('speaks the blob protocol @actions/cache uses for large archives: blocks and a block list', async () => {
    // The Azure SDK @actions/cache uploads with; above 128 MiB it sends blocks, here forced with a small threshold.
    const { BlockBlobClient } = await import('@azure/storage-blob')
    const twirp = async (method: string, body: unknown): Promise<Record<string, unknown>> => {
      const response = await fetch(
        `${service.env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.CacheService/${method}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`,
          },
          body: JSON.stringify(body),
        },
      )
      return (await response.json()) as Record<string, unknown>
    }
    const created = await twirp('CreateCacheEntry', { key: 'blocks-test', version: 'v1' })
    const data = Buffer.from(Array.from({ length: 5000 }, (_, index) => index % 251))
    await new BlockBlobClient(String(created.signed_upload_url)).uploadData(data, {
      blockSize: 1024,
      maxSingleShotSize: 1024,
    })
    expect(service.log.filter((line) => /^PUT block \d+$/.test(line))).toHaveLength(5)
    expect(service.log.filter((line) => /^PUT blocklist \d+$/.test(line))).toHaveLength(1)
    const finalized = await twirp('FinalizeCacheEntryUpload', {
      key: 'blocks-test',
      version: 'v1',
      size_bytes: String(data.length),
    })
    expect(finalized.ok).toBe(true)
    const found = await twirp('GetCacheEntryDownloadURL', {
      key: 'other',
      restore_keys: ['blocks-'],
      version: 'v1',
    })
    expect(found.matched_key).toBe('blocks-test')
    const download = Buffer.from(await (await fetch(String(found.signed_download_url))).arrayBuffer())
    expect(download.equals(data)).toBe(true)
    expect(service.violations).toEqual([])
  })
})
