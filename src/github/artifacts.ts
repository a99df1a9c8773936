// Report artifacts: a gate job uploads its JSON report (for a publish job to post, when its own token could
// not), and a publish job on workflow_run downloads the triggering run's. The download is untrusted input
// from a pull request's run: counted, size-bounded before and while reading, and unzipped with bounded
// output; the token never goes to the storage URL the API redirects to.
import path from 'node:path'
import { unzipSync } from 'fflate'
import { MAX_REPORT_BYTES, MAX_REPORT_SIZE } from '../report/schema.js'
import { errorMessage } from '../text.js'
import type { Octokit } from './publish.js'

export const REPORT_ARTIFACT_PREFIX = 'quality-gate-report-'
/** A 256-job matrix (GitHub's own limit) uploads 256 reports; more is not a gate's run. */
const MAX_REPORT_ARTIFACTS = 256
/** An artifact holds one report: its zip is smaller than the report. */
const MAX_ARTIFACT_BYTES = MAX_REPORT_BYTES
const MAX_FILES_PER_ARTIFACT = 16
const DOWNLOAD_TIMEOUT_MS = 60_000
const DOWNLOADS_AT_ONCE = 4

/** Characters GitHub refuses in artifact names (NTFS's), and whitespace: each run of them becomes '-'. */
const NOT_IN_NAME = /[\s"':<>|*?\\/]+/g

/** `quality-gate-report-<job>[-<comment-key>]`, with what an artifact name may not hold replaced. */
export function reportArtifactName(job: string | undefined, commentKey: string | undefined): string {
  const parts = [job || 'gate', ...(commentKey ? [commentKey] : [])]
  const name = parts.map((part) => part.replace(NOT_IN_NAME, '-').replace(/^-+|-+$/g, '') || 'report')
  return `${REPORT_ARTIFACT_PREFIX}${name.join('-')}`
}

/** Whether this job can upload artifacts: the runner gives every job the results service's URL and token. */
export function canUploadArtifacts(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
}

/** Uploads the report file as the artifact `name`; returns the artifact's id. */
export async function uploadReportArtifact(reportFile: string, name: string): Promise<number | undefined> {
  // Loaded only here: the artifact client and its storage SDK are most of a megabyte no other run needs.
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const uploaded = await client.uploadArtifact(name, [reportFile], path.dirname(reportFile))
  return uploaded.id
}

/** A report file found in an artifact, or why an artifact gave none. */
export interface ArtifactReport {
  /** `<artifact name>/<file>`: where it came from, for messages and as the report's fallback key. */
  source: string
  text?: string
  refused?: string
}

export interface ArtifactRun {
  owner: string
  repo: string
  runId: number
}

/**
 * The report artifacts (`quality-gate-report-*`) of a workflow run, downloaded and unzipped. Listing
 * failures throw (there is nothing to publish without the list); a bad artifact is refused with its reason.
 */
export async function downloadReportArtifacts(
  octokit: Octokit,
  run: ArtifactRun,
  signal?: AbortSignal,
): Promise<ArtifactReport[]> {
  const artifacts: { id: number; name: string; size: number; expired: boolean }[] = []
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
    per_page: 100,
  })) {
    for (const artifact of page.data) {
      if (artifact.name.startsWith(REPORT_ARTIFACT_PREFIX)) {
        artifacts.push({
          id: artifact.id,
          name: artifact.name,
          size: artifact.size_in_bytes,
          expired: artifact.expired,
        })
      }
    }
    if (artifacts.length > MAX_REPORT_ARTIFACTS) break
  }
  const readable = artifacts.slice(0, MAX_REPORT_ARTIFACTS)
  const results = await inTurns(readable, DOWNLOADS_AT_ONCE, async (artifact) => {
    if (artifact.expired) return [{ source: artifact.name, refused: 'the artifact has expired' }]
    if (artifact.size > MAX_ARTIFACT_BYTES) {
      return [{ source: artifact.name, refused: `the artifact is larger than ${MAX_REPORT_SIZE}` }]
    }
    try {
      return reportsInZip(artifact.name, await downloadZip(octokit, run, artifact.id, signal))
    } catch (error) {
      return [{ source: artifact.name, refused: `it could not be downloaded: ${errorMessage(error)}` }]
    }
  })
  if (artifacts.length > MAX_REPORT_ARTIFACTS) {
    results.push([
      {
        source: 'the further report artifacts',
        refused: `at most ${MAX_REPORT_ARTIFACTS} report artifacts are read from one run`,
      },
    ])
  }
  return results.flat()
}

/** `work` over `items`, at most `limit` at a time; results in the items' order. */
async function inTurns<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * The API answers with a redirect to a short-lived storage URL: followed here without the token, read up
 * to the size bound.
 */
async function downloadZip(
  octokit: Octokit,
  run: ArtifactRun,
  artifactId: number,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const answer = await octokit.rest.actions.downloadArtifact({
    owner: run.owner,
    repo: run.repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  })
  const location = answer.headers.location
  if (typeof location !== 'string') throw new Error(`the API answered ${answer.status} without a location`)
  const signals = [AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), ...(signal ? [signal] : [])]
  const response = await fetch(location, { signal: AbortSignal.any(signals), credentials: 'omit' })
  if (!response.ok || response.body === null) throw new Error(`the storage answered ${response.status}`)
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > MAX_ARTIFACT_BYTES) throw new Error(`it is larger than ${MAX_REPORT_SIZE}`)
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body) {
    size += chunk.byteLength
    if (size > MAX_ARTIFACT_BYTES) throw new Error(`it is larger than ${MAX_REPORT_SIZE}`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * The JSON files of an artifact's zip. Pure. Each is inflated into a buffer of the size its entry declares,
 * at most MAX_REPORT_BYTES (a zip bomb cannot grow past it); anything else in the zip is ignored.
 */
export function reportsInZip(artifact: string, zip: Uint8Array): ArtifactReport[] {
  const refused: ArtifactReport[] = []
  let files: Record<string, Uint8Array>
  let jsonFiles = 0
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        if (!file.name.endsWith('.json')) return false
        jsonFiles++
        if (jsonFiles > MAX_FILES_PER_ARTIFACT) return false
        if (file.originalSize > MAX_REPORT_BYTES) {
          refused.push({
            source: `${artifact}/${file.name}`,
            refused: `it is larger than ${MAX_REPORT_SIZE}`,
          })
          return false
        }
        return true
      },
    })
  } catch (error) {
    return [{ source: artifact, refused: `it is not a readable zip: ${errorMessage(error)}` }]
  }
  const reports = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, bytes]) => ({ source: `${artifact}/${name}`, text: new TextDecoder().decode(bytes) }))
  if (jsonFiles > MAX_FILES_PER_ARTIFACT) {
    refused.push({
      source: artifact,
      refused: `only its first ${MAX_FILES_PER_ARTIFACT} of ${jsonFiles} JSON files are read`,
    })
  }
  if (reports.length === 0 && refused.length === 0) {
    refused.push({ source: artifact, refused: 'it holds no JSON file' })
  }
  return [...reports, ...refused]
}
