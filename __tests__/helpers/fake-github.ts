// A loopback stand-in for the few GitHub REST routes the gate uses, for tests only. Every request body it
// receives and every response it sends is checked against GitHub's published OpenAPI description
// (@octokit/openapi); mismatches are collected in `violations`. Faults can be injected per route.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { ROOT } from './action.js'
import { FakeArtifactService } from './fake-artifacts.js'

type Schema = Record<string, unknown>

interface Operation {
  method: string
  template: string
  pattern: RegExp
  operation: Schema
}

let operations: Operation[] | undefined

/** The OpenAPI operations for the routes we fake, with their ($ref-free) schemas. */
function loadOperations(): Operation[] {
  if (operations) return operations
  const file = path.join(
    ROOT,
    'node_modules',
    '@octokit',
    'openapi',
    'generated',
    'api.github.com.deref.json',
  )
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Schema>> }
  const wanted = [
    ['get', '/user'],
    ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
    ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
    ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
    ['post', '/repos/{owner}/{repo}/check-runs'],
    ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
    ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
    ['get', '/repos/{owner}/{repo}/pulls'],
    ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
    ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  ] as const
  operations = wanted.map(([method, template]) => {
    const operation = spec.paths[template]?.[method]
    if (!operation) throw new Error(`OpenAPI has no ${method} ${template}`)
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`)
    return { method: method.toUpperCase(), template, pattern, operation }
  })
  return operations
}

/** A small JSON-schema check for OpenAPI 3.0 schemas: types, required, nullable, enums, one/any/allOf. */
export function checkShape(
  value: unknown,
  schema: Schema | undefined,
  where: string,
  errors: string[],
): void {
  if (!schema) return
  if (value === null) {
    if (
      schema.nullable !== true &&
      schema.type !== 'null' &&
      !(Array.isArray(schema.type) && schema.type.includes('null'))
    ) {
      if (!schema.oneOf && !schema.anyOf) errors.push(`${where}: null is not allowed`)
    }
    return
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key] as Schema[] | undefined
    if (options) {
      const passes = options.some((option) => {
        const inner: string[] = []
        checkShape(value, option, where, inner)
        return inner.length === 0
      })
      if (!passes) errors.push(`${where}: matches none of ${key}`)
      return
    }
  }
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) checkShape(value, part, where, errors)
  const type = schema.type as string | undefined
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value
  if (type === 'integer' && actual !== 'integer') errors.push(`${where}: expected integer, got ${actual}`)
  else if (type === 'number' && typeof value !== 'number')
    errors.push(`${where}: expected number, got ${actual}`)
  else if (type === 'string' && typeof value !== 'string')
    errors.push(`${where}: expected string, got ${actual}`)
  else if (type === 'boolean' && typeof value !== 'boolean')
    errors.push(`${where}: expected boolean, got ${actual}`)
  else if (type === 'array' && !Array.isArray(value)) errors.push(`${where}: expected array, got ${actual}`)
  else if (type === 'object' && (typeof value !== 'object' || Array.isArray(value)))
    errors.push(`${where}: expected object, got ${actual}`)
  const allowed = schema.enum as unknown[] | undefined
  if (allowed && !allowed.includes(value))
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`)
  if (Array.isArray(value)) {
    value.forEach((item, index) =>
      checkShape(item, schema.items as Schema | undefined, `${where}[${index}]`, errors),
    )
    const max = schema.maxItems as number | undefined
    if (max !== undefined && value.length > max)
      errors.push(`${where}: ${value.length} items, at most ${max} allowed`)
    return
  }
  if (typeof value === 'object') {
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {}
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in (value as object))) errors.push(`${where}.${name}: required, missing`)
    }
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const known = properties[name]
      if (known) checkShape(inner, known, `${where}.${name}`, errors)
      else if (schema.additionalProperties === false) errors.push(`${where}.${name}: not in the schema`)
    }
  }
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  authorization?: string
}

export interface Fault {
  method: string
  /** Matches the request path (without query). */
  path: RegExp
  status: number
  /** How many requests it applies to; afterwards the route behaves normally. */
  times: number
  body?: unknown
  headers?: Record<string, string>
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; id: number; type: string }
}

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

/** A file of a pull request as the files API lists it; `patch` is absent for binary or very large diffs. */
export interface FakePullFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  patch?: string
  previous_filename?: string
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /** `GET /pulls/{n}/files`, per pull request number; an unknown number answers 404. */
  readonly pullFiles = new Map<number, FakePullFile[]>()
  readonly violations: string[] = []
  readonly comments = new Map<number, FakeComment[]>()
  readonly checkRuns: {
    id: number
    name: string
    head_sha: string
    annotations: unknown[]
    conclusion?: string
  }[] = []
  /** `GET /pulls`: the open pull requests, each served as OpenAPI's documented example with these values. */
  openPulls: { number: number; headSha: string; baseSha: string }[] = []
  faults: Fault[] = []
  /** When set, requests are recorded and never answered: an API that hangs. */
  silent = false
  /** `GET /user`: the token's login, or undefined to answer 403 as it does for GITHUB_TOKEN. */
  tokenLogin: string | undefined = undefined
  /** Artifacts: uploaded through the results service at this same address, listed and downloaded by REST. */
  readonly artifacts = new FakeArtifactService(this.violations)
  private server: Server | undefined
  private nextId = 1000
  url = ''

  async start(): Promise<this> {
    loadOperations()
    await this.artifacts.load()
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.statusCode = 500
        response.end(JSON.stringify({ message: String(error) }))
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()))
    // Connections held open by `silent` would keep close() waiting.
    this.server?.closeAllConnections()
    await closed
  }

  /** What the runner gives a job of run `runId` for artifacts: the results service's URL and a token. */
  runtimeEnv(runId: number): Record<string, string> {
    return this.artifacts.runtimeEnv(this.url, runId)
  }

  addComment(issue: number, body: string, user = BOT): FakeComment {
    const comment = { id: this.nextId++, body, user }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== 'GET')
  }

  private commentResource(comment: FakeComment, issue: number): Record<string, unknown> {
    const stamp = '2026-11-22T00:00:00Z'
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/o/r/issues/comments/${comment.id}`,
      html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/o/r/issues/${issue}`,
      body: comment.body,
      user: {
        ...comment.user,
        node_id: 'MDM6Qm90NDE4OTgyODI=',
        avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
        gravatar_id: '',
        url: `${this.url}/users/${comment.user.login}`,
        html_url: `https://github.com/${comment.user.login}`,
        followers_url: '',
        following_url: '',
        gists_url: '',
        starred_url: '',
        subscriptions_url: '',
        organizations_url: '',
        repos_url: '',
        events_url: '',
        received_events_url: '',
        site_admin: false,
      },
      created_at: stamp,
      updated_at: stamp,
      author_association: 'NONE',
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(request.url ?? '/', this.url)
    if (this.artifacts.handles(url.pathname)) {
      this.artifacts.handle(request.method ?? 'GET', url, request.headers, raw, response, this.url)
      return
    }
    const text = raw.toString('utf8')
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    }
    this.requests.push(recorded)
    if (this.silent) return
    const send = (
      status: number,
      body: unknown,
      headers: Record<string, string> = {},
      operation?: Operation,
    ): void => {
      if (operation && status < 300) {
        const schema = (operation.operation.responses as Record<string, Schema>)[String(status)]
        const json = (schema?.content as Record<string, Schema> | undefined)?.['application/json']?.schema as
          Schema | undefined
        if (!schema)
          this.violations.push(
            `${operation.method} ${operation.template}: ${status} is not a documented response`,
          )
        else if (json)
          checkShape(body, json, `response of ${operation.method} ${operation.template}`, this.violations)
      }
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(body === undefined ? '' : JSON.stringify(body))
    }

    const operation = loadOperations().find(
      (item) => item.method === recorded.method && item.pattern.test(recorded.path),
    )
    if (!operation) return send(404, { message: 'Not Found' })
    const requestSchema = (
      (operation.operation.requestBody as Schema | undefined)?.content as Record<string, Schema> | undefined
    )?.['application/json']?.schema as Schema | undefined
    if (requestSchema)
      checkShape(
        recorded.body,
        requestSchema,
        `request to ${operation.method} ${operation.template}`,
        this.violations,
      )

    const fault = this.faults.find(
      (item) => item.method === recorded.method && item.path.test(recorded.path) && item.times > 0,
    )
    if (fault) {
      fault.times--
      return send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers ?? {})
    }
    const params = operation.pattern.exec(recorded.path)?.slice(1) ?? []
    const body = recorded.body as Record<string, unknown> | undefined

    switch (`${operation.method} ${operation.template}`) {
      case 'GET /user':
        if (this.tokenLogin === undefined)
          return send(403, { message: 'Resource not accessible by integration' })
        return send(200, { login: this.tokenLogin }, {})
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const issue = Number(params[2])
        const perPage = Number(recorded.query.get('per_page') ?? 30)
        const page = Number(recorded.query.get('page') ?? 1)
        const all = this.comments.get(issue) ?? []
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const headers: Record<string, string> = {}
        if (page * perPage < all.length) {
          headers.link = `<${this.url}${recorded.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`
        }
        return send(
          200,
          slice.map((comment) => this.commentResource(comment, issue)),
          headers,
          operation,
        )
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const issue = Number(params[2])
        const comment = this.addComment(issue, String(body?.body ?? ''))
        return send(201, this.commentResource(comment, issue), {}, operation)
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const id = Number(params[2])
        for (const [issue, list] of this.comments) {
          const comment = list.find((item) => item.id === id)
          if (comment) {
            comment.body = String(body?.body ?? '')
            return send(200, this.commentResource(comment, issue), {}, operation)
          }
        }
        return send(404, { message: 'Not Found' })
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const output = (body?.output ?? {}) as { annotations?: unknown[] }
        const run = {
          id: this.nextId++,
          name: String(body?.name),
          head_sha: String(body?.head_sha),
          annotations: [...(output.annotations ?? [])],
          ...(typeof body?.conclusion === 'string' ? { conclusion: body.conclusion } : {}),
        }
        this.checkRuns.push(run)
        return send(201, this.checkRunResource(run), {}, operation)
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = this.checkRuns.find((item) => item.id === Number(params[2]))
        if (!run) return send(404, { message: 'Not Found' })
        run.annotations.push(...(((body?.output ?? {}) as { annotations?: unknown[] }).annotations ?? []))
        return send(200, this.checkRunResource(run), {}, operation)
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const files = this.pullFiles.get(Number(params[2]))
        if (!files) return send(404, { message: 'Not Found' })
        const perPage = Number(recorded.query.get('per_page') ?? 30)
        const page = Number(recorded.query.get('page') ?? 1)
        const headers: Record<string, string> = {}
        if (page * perPage < files.length) {
          headers.link = `<${this.url}${recorded.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`
        }
        const entries = files.slice((page - 1) * perPage, page * perPage).map((file, index) => {
          const lines = file.patch?.split('\n') ?? []
          const additions = lines.filter((line) => line.startsWith('+')).length
          const deletions = lines.filter((line) => line.startsWith('-')).length
          return {
            sha: String(index).padStart(40, '0'),
            filename: file.filename,
            status: file.status,
            additions,
            deletions,
            changes: additions + deletions,
            blob_url: `https://github.com/o/r/blob/main/${file.filename}`,
            raw_url: `https://github.com/o/r/raw/main/${file.filename}`,
            contents_url: `${this.url}/repos/o/r/contents/${file.filename}`,
            ...(file.patch !== undefined ? { patch: file.patch } : {}),
            ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
          }
        })
        return send(200, entries, headers, operation)
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        const example = (
          (operation.operation.responses as Record<string, Schema>)['200'] as {
            content: { 'application/json': { examples: { default: { value: Record<string, unknown>[] } } } }
          }
        ).content['application/json'].examples.default.value[0] as Record<string, Record<string, unknown>>
        const perPage = Number(recorded.query.get('per_page') ?? 30)
        const page = Number(recorded.query.get('page') ?? 1)
        const headers: Record<string, string> = {}
        if (page * perPage < this.openPulls.length) {
          headers.link = `<${this.url}${recorded.path}?state=open&per_page=${perPage}&page=${page + 1}>; rel="next"`
        }
        const entries = this.openPulls.slice((page - 1) * perPage, page * perPage).map((pr) => ({
          ...example,
          number: pr.number,
          // GitHub's own example lists a team without the `type` its schema requires; none is needed here.
          requested_teams: [],
          head: { ...example.head, sha: pr.headSha },
          base: { ...example.base, sha: pr.baseSha },
        }))
        return send(200, entries, headers, operation)
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': {
        const name = recorded.query.get('name')
        const all = this.artifacts
          .listed(Number(params[2]))
          .filter((artifact) => name === null || artifact.name === name)
        const perPage = Number(recorded.query.get('per_page') ?? 30)
        const page = Number(recorded.query.get('page') ?? 1)
        const headers: Record<string, string> = {}
        if (page * perPage < all.length) {
          headers.link = `<${this.url}${recorded.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`
        }
        const artifacts = all.slice((page - 1) * perPage, page * perPage).map((artifact) => ({
          id: artifact.id,
          node_id: `MDg6QXJ0aWZhY3Qx${artifact.id}`,
          name: artifact.name,
          size_in_bytes: artifact.listedSize ?? artifact.blob?.length ?? 0,
          url: `${this.url}/repos/${params[0]}/${params[1]}/actions/artifacts/${artifact.id}`,
          archive_download_url: `${this.url}/repos/${params[0]}/${params[1]}/actions/artifacts/${artifact.id}/zip`,
          expired: artifact.expired,
          created_at: '2026-11-22T00:00:00Z',
          expires_at: '2027-02-20T00:00:00Z',
          updated_at: '2026-11-22T00:00:00Z',
          digest: `sha256:${'0'.repeat(64)}`,
          workflow_run: { id: artifact.runId, head_sha: 'a'.repeat(40) },
        }))
        return send(200, { total_count: all.length, artifacts }, headers, operation)
      }
      case 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': {
        const artifact = this.artifacts.artifacts.find((item) => item.id === Number(params[2]))
        if (artifact === undefined || params[3] !== 'zip') return send(404, { message: 'Not Found' })
        if (artifact.expired) return send(410, { message: 'Artifact has expired' })
        // GitHub answers with a redirect to a short-lived signed storage URL.
        response.writeHead(302, { location: this.artifacts.blobUrl(this.url, artifact, 'download') })
        response.end()
        return
      }
      default:
        return send(404, { message: 'Not Found' })
    }
  }

  private checkRunResource(run: FakeGitHub['checkRuns'][number]): Record<string, unknown> {
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: `CR_${run.id}`,
      external_id: null,
      url: `${this.url}/repos/o/r/check-runs/${run.id}`,
      html_url: `https://github.com/o/r/runs/${run.id}`,
      details_url: null,
      status: 'completed',
      conclusion: run.conclusion ?? null,
      started_at: '2026-11-22T00:00:00Z',
      completed_at: '2026-11-22T00:00:01Z',
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: run.annotations.length,
        annotations_url: '',
      },
      name: run.name,
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    }
  }
}
