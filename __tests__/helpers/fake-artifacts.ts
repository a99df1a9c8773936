// Artifacts, for the fake GitHub: what @actions/artifact uploads through the results service (Twirp JSON
// CreateArtifact and FinalizeArtifact, each request decoded and each answer encoded with the messages the
// client itself ships, so a field it does not know is an error here; blob storage at the signed URL), and
// what the REST API lists and downloads (the FakeGitHub checks those shapes against OpenAPI). Each job
// gets its own runtime token, a JWT whose Actions.Results scope names its run and job, as the runner's does.
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './action.js'
import { answerPut, putBlob, type FakeBlob } from './fake-blob.js'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'
const BLOBS = '/artifact-blobs/'

interface ProtoMessage {
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): Record<string, unknown>
  toJson(message: Record<string, unknown>, options?: { useProtoFieldName?: boolean }): unknown
  create(value?: Record<string, unknown>): Record<string, unknown>
}

export interface FakeArtifact extends FakeBlob {
  id: number
  /** The workflow run (GITHUB_RUN_ID) it belongs to. */
  runId: number
  name: string
  finalized: boolean
  expired: boolean
  /** The size the API lists, when a test makes it differ from the content's. */
  listedSize?: number
}

export class FakeArtifactService {
  readonly artifacts: FakeArtifact[] = []
  /** "CreateArtifact name", "PUT block 3", "GET blob 3": what was asked, in order. */
  readonly log: string[] = []
  private messages: Record<string, ProtoMessage> = {}
  /** Runtime tokens handed out: token → the run and job they are for. */
  private readonly tokens = new Map<string, { runId: number; runBackendId: string; jobBackendId: string }>()
  private nextId = 1

  constructor(private readonly violations: string[]) {}

  async load(): Promise<void> {
    const generated = path.join(ROOT, 'node_modules', '@actions', 'artifact', 'lib', 'generated')
    this.messages = (await import(
      pathToFileURL(path.join(generated, 'results', 'api', 'v1', 'artifact.js')).href
    )) as Record<string, ProtoMessage>
  }

  /** The variables a runner gives a job of run `runId`: the results service and a token for this job. */
  runtimeEnv(baseUrl: string, runId: number): Record<string, string> {
    const runBackendId = `run-${runId}`
    const jobBackendId = `job-${this.tokens.size + 1}`
    const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const token = [
      encode({ alg: 'RS256', typ: 'JWT' }),
      encode({ scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}` }),
      'signature',
    ].join('.')
    this.tokens.set(token, { runId, runBackendId, jobBackendId })
    return { ACTIONS_RESULTS_URL: `${baseUrl}/`, ACTIONS_RUNTIME_TOKEN: token }
  }

  /** An artifact as if a run had uploaded it: how tests plant a forged or oversized one. */
  add(
    runId: number,
    name: string,
    zip: Buffer,
    options: { expired?: boolean; listedSize?: number } = {},
  ): FakeArtifact {
    const artifact: FakeArtifact = {
      id: this.nextId++,
      runId,
      name,
      finalized: true,
      expired: options.expired ?? false,
      ...(options.listedSize !== undefined ? { listedSize: options.listedSize } : {}),
      blob: zip,
      blocks: new Map(),
    }
    this.artifacts.push(artifact)
    return artifact
  }

  /** The ready artifacts of a run, in upload order. */
  listed(runId: number): FakeArtifact[] {
    return this.artifacts.filter((artifact) => artifact.runId === runId && artifact.finalized)
  }

  /** A signed URL: its signature names its purpose and is unguessable, as storage's are (clients mask it). */
  blobUrl(baseUrl: string, artifact: FakeArtifact, purpose: 'upload' | 'download'): string {
    return `${baseUrl}${BLOBS}${artifact.id}?sv=2024-11-04&sig=${purpose}-${randomBytes(16).toString('hex')}`
  }

  /** Whether a request is this service's (Twirp or blob storage) rather than the REST API's. */
  handles(pathname: string): boolean {
    return pathname.startsWith(SERVICE) || pathname.startsWith(BLOBS)
  }

  handle(
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    body: Buffer,
    res: ServerResponse,
    baseUrl: string,
  ): void {
    try {
      if (method === 'POST' && url.pathname.startsWith(SERVICE)) {
        this.twirp(url.pathname.slice(SERVICE.length), headers, body, res, baseUrl)
        return
      }
      const artifact = this.artifacts.find((item) => `${BLOBS}${item.id}` === url.pathname)
      if (artifact === undefined) {
        this.violations.push(`${method} ${url.pathname}: no such artifact blob`)
        res.writeHead(404).end()
        return
      }
      if (headers.authorization !== undefined) {
        this.violations.push(`${method} ${url.pathname}: a credential was sent to blob storage`)
      }
      if (method === 'PUT' && url.searchParams.get('sig')?.startsWith('upload-')) {
        if (artifact.finalized) this.violations.push(`upload to the finalized artifact ${artifact.name}`)
        const put = putBlob(artifact, url, headers, body)
        if (put.violation) this.violations.push(put.violation)
        this.log.push(`PUT ${put.kind} ${artifact.id}`)
        answerPut(res, artifact.id, this.log.length)
        return
      }
      if (
        method === 'GET' &&
        url.searchParams.get('sig')?.startsWith('download-') &&
        artifact.blob !== undefined
      ) {
        this.log.push(`GET blob ${artifact.id}`)
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.blob.length })
        res.end(artifact.blob)
        return
      }
      this.violations.push(`${method} ${url.pathname}${url.search}: not a signed URL this service gave`)
      res.writeHead(403).end()
    } catch (error) {
      this.violations.push(
        `${method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`,
      )
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 'malformed', msg: String(error) }))
    }
  }

  private twirp(
    method: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
    res: ServerResponse,
    baseUrl: string,
  ): void {
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1] ?? ''
    const job = this.tokens.get(token)
    if (job === undefined) {
      this.violations.push(`twirp ${method} without a runtime token this service gave`)
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 'unauthenticated', msg: 'invalid token' }))
      return
    }
    const requestType = this.messages[`${method}Request`]
    const responseType = this.messages[`${method}Response`]
    if (requestType === undefined || responseType === undefined) {
      this.violations.push(`unknown twirp method ${method}`)
      res.writeHead(404).end()
      return
    }
    // Strict: a field the published messages do not have throws, and is a violation.
    const request = requestType.fromJson(JSON.parse(body.toString('utf8')))
    const reply = (fields: Record<string, unknown>): void => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(responseType.toJson(responseType.create(fields), { useProtoFieldName: true })))
    }
    if (
      request.workflowRunBackendId !== job.runBackendId ||
      request.workflowJobRunBackendId !== job.jobBackendId
    ) {
      this.violations.push(`${method}: backend ids do not match the token's scope`)
    }
    const name = String(request.name)
    this.log.push(`${method} ${name}`)
    const existing = this.artifacts.find((item) => item.runId === job.runId && item.name === name)
    if (method === 'CreateArtifact') {
      if (existing !== undefined) {
        // What the service answers for a name the run already has.
        res.writeHead(409, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          }),
        )
        return
      }
      const artifact: FakeArtifact = {
        id: this.nextId++,
        runId: job.runId,
        name,
        finalized: false,
        expired: false,
        blocks: new Map(),
      }
      this.artifacts.push(artifact)
      reply({ ok: true, signedUploadUrl: this.blobUrl(baseUrl, artifact, 'upload') })
      return
    }
    if (method === 'FinalizeArtifact') {
      if (existing?.blob === undefined || existing.finalized) {
        reply({ ok: false })
        return
      }
      if (String(request.size) !== String(existing.blob.length)) {
        this.violations.push(
          `finalize ${name}: size ${String(request.size)} but ${existing.blob.length} uploaded`,
        )
      }
      const hash = (request.hash as { value?: string } | undefined)?.value
      const actual = `sha256:${createHash('sha256').update(existing.blob).digest('hex')}`
      if (hash !== undefined && hash !== actual)
        this.violations.push(`finalize ${name}: hash ${hash}, content ${actual}`)
      existing.finalized = true
      reply({ ok: true, artifactId: String(existing.id) })
      return
    }
    this.violations.push(`twirp ${method}: not faked`)
    reply({})
  }
}
