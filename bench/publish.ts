// Publishing time against the number of findings: the built action on a pull request event, against the
// loopback fake GitHub API, with 1,000 to 100,000 flake8 findings. Publishing is the step's time after the
// gate's own (report.durationMs): comment, check run and annotations. Prints each and the ratio.
// Usage: npm run bench:publish
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEBIAN_PYTHON, runAction } from '../__tests__/helpers/action.js'
import { FakeGitHub } from '../__tests__/helpers/fake-github.js'

const SIZES = [1_000, 10_000, 100_000]
const HEAD_SHA = 'a'.repeat(40)

async function publishing(
  findings: number,
): Promise<{ gateMs: number; publishMs: number; requests: number }> {
  const api = await new FakeGitHub().start()
  try {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-bench-publish-')), 'project')
    mkdirSync(workspace)
    // One F401 per line.
    writeFileSync(
      path.join(workspace, 'many.py'),
      Array.from({ length: findings }, (_, index) => `import os${index}`).join('\n') + '\n',
    )
    const result = await runAction({
      workspace,
      inputs: {
        'tool-source': 'path',
        python: DEBIAN_PYTHON,
        checks: 'lint',
        tools: 'flake8',
        'github-token': 'ghs_bench',
      },
      event: {
        number: 7,
        pull_request: { number: 7, head: { sha: HEAD_SHA }, base: { sha: 'b'.repeat(40) } },
      },
      env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_JOB: 'gate' },
      timeoutMs: 600_000,
    })
    if (result.report?.counts.findings !== findings) {
      throw new Error(
        `expected ${findings} findings, got ${result.report?.counts.findings}: ${result.stderr.slice(-2000)}`,
      )
    }
    const gateMs = result.report.durationMs
    return { gateMs, publishMs: result.durationMs - gateMs, requests: api.requests.length }
  } finally {
    await api.stop()
  }
}

const rows: { findings: number; gateMs: number; publishMs: number; requests: number }[] = []
for (const findings of SIZES) rows.push({ findings, ...(await publishing(findings)) })
console.log('publishing to the GitHub API (fake, loopback): step time after the gate, per number of findings')
for (const row of rows) {
  console.log(
    `  ${String(row.findings).padStart(7)} findings   gate ${(row.gateMs / 1000).toFixed(1).padStart(6)} s   publishing ${(row.publishMs / 1000).toFixed(1).padStart(6)} s   ${row.requests} requests`,
  )
}
const first = rows[0]
const last = rows.at(-1)
if (first && last) {
  console.log(
    `  ratio publishing ${last.findings}/${first.findings} findings: ${(last.publishMs / first.publishMs).toFixed(2)}× (flat is ≈ 1×)`,
  )
}
