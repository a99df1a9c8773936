// A loopback stand-in for GitHub's Actions cache service v2, for tests only: what @actions/cache speaks
// when ACTIONS_CACHE_SERVICE_V2 is set. Twirp JSON at ACTIONS_RESULTS_URL (CreateCacheEntry,
// FinalizeCacheEntryUpload, GetCacheEntryDownloadURL), every request decoded and every response encoded
// with the messages @actions/cache itself ships (so a field the client does not know is an error here),
// and blob storage at the signed URLs it hands out: PUT as one blob or as blocks and a block list (Azure's
// Put Block / Put Block List), and GET. Entries are matched by version, the exact key first, then each
// restore key as a prefix, newest first; an existing key cannot be created again.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './action.js'
import { answerPut, putBlob, type FakeBlob } from './fake-blob.js'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
const TOKEN = 'fake-runtime-token'

interface ProtoMessage {
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): Record<string, unknown>
  toJson(message: Record<string, unknown>, options?: { useProtoFieldName?: boolean }): unknown
  create(value?: Record<string, unknown>): Record<string, unknown>
}
type Messages = Record<string, ProtoMessage>

export interface CacheEntry extends FakeBlob {
  id: number
  key: string
  version: string
  /** Set when finalized; a pending entry is invisible to restores. */
  finalized: boolean
  /** Order of creation: newest first among restore-key matches. */
  createdAt: number
}

export interface FakeCacheService {
  /** The variables a runner sets for @actions/cache to use this service. */
  env: Record<string, string>
  entries: CacheEntry[]
  /** "CreateCacheEntry key", "PUT blob 3", "GET blob 3": what was asked, in order. */
  log: string[]
  /** Requests that broke the protocol (bad token, unknown field, upload to no entry): should stay empty. */
  violations: string[]
  /**
   * rateLimitCreate: every CreateCacheEntry gets GitHub's rate-limit reply (429 with Retry-After);
   * missLookups: restores find nothing, as when another job saves the same key at the same time.
   */
  faults: { rateLimitCreate?: boolean; missLookups?: boolean }
  close(): Promise<void>
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const generated = path.join(ROOT, 'node_modules', '@actions', 'cache', 'lib', 'generated', 'results', 'api')
  const messages = (await import(pathToFileURL(path.join(generated, 'v1', 'cache.js')).href)) as Messages
  const entries: CacheEntry[] = []
  const log: string[] = []
  const violations: string[] = []
  const faults: FakeCacheService['faults'] = {}
  let base = ''
  let nextId = 1

  const twirp = (method: string, body: unknown): unknown => {
    const request = messages[`${method}Request`]?.fromJson(body) ?? {}
    const response = messages[`${method}Response`]
    const reply = (fields: Record<string, unknown>): unknown =>
      response?.toJson(response.create(fields), { useProtoFieldName: true })
    const key = String(request.key ?? '')
    const version = String(request.version ?? '')
    log.push(`${method} ${key}`)
    if (method === 'CreateCacheEntry') {
      if (entries.some((entry) => entry.key === key && entry.version === version)) return 'exists'
      const entry: CacheEntry = {
        id: nextId++,
        key,
        version,
        finalized: false,
        createdAt: nextId,
        blocks: new Map(),
      }
      entries.push(entry)
      return reply({ ok: true, signedUploadUrl: `${base}/devstoreaccount1/cache/${entry.id}?sig=upload` })
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((item) => item.key === key && item.version === version && !item.finalized)
      if (entry?.blob === undefined) return reply({ ok: false, message: 'no upload for this entry' })
      if (String(entry.blob.length) !== String(request.sizeBytes)) {
        violations.push(
          `finalize ${key}: size ${String(request.sizeBytes)} but ${entry.blob.length} uploaded`,
        )
      }
      entry.finalized = true
      return reply({ ok: true, entryId: String(entry.id) })
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const usable = entries
        .filter((entry) => entry.finalized && entry.version === version)
        .sort((a, b) => b.createdAt - a.createdAt)
      const restoreKeys = Array.isArray(request.restoreKeys) ? request.restoreKeys.map(String) : []
      const match =
        usable.find((entry) => entry.key === key) ??
        restoreKeys.map((prefix) => usable.find((entry) => entry.key.startsWith(prefix))).find(Boolean)
      if (match === undefined || faults.missLookups) return reply({ ok: false })
      return reply({
        ok: true,
        signedDownloadUrl: `${base}/devstoreaccount1/cache/${match.id}?sig=download`,
        matchedKey: match.key,
      })
    }
    violations.push(`unknown method ${method}`)
    return reply({})
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', base)
      try {
        if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
          if (req.headers.authorization !== `Bearer ${TOKEN}`) {
            violations.push(`twirp call without the runtime token: ${req.headers.authorization ?? 'none'}`)
          }
          const method = url.pathname.slice(SERVICE.length)
          if (method === 'CreateCacheEntry' && faults.rateLimitCreate) {
            log.push(`${method} rate-limited`)
            res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '60' })
            res.end(JSON.stringify({ code: 'resource_exhausted', msg: 'cache upload rate limit exceeded' }))
            return
          }
          const answer = twirp(method, JSON.parse(body.toString('utf8')))
          if (answer === 'exists') {
            // What the service says for a key that exists: a twirp error, which the client takes as "reserved".
            res.writeHead(409, { 'content-type': 'application/json' })
            res.end(
              JSON.stringify({
                code: 'already_exists',
                msg: 'cache entry with the same key and version already exists',
              }),
            )
            return
          }
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(answer))
          return
        }
        const blob = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(url.pathname)
        const entry = blob ? entries.find((item) => item.id === Number(blob[1])) : undefined
        if (entry === undefined) {
          violations.push(`${req.method} ${url.pathname}: no such entry`)
          res.writeHead(404).end()
          return
        }
        if (req.method === 'PUT') blobPut(entry, url, req, body, res)
        else if (req.method === 'GET' && entry.blob !== undefined) {
          log.push(`GET blob ${entry.id}`)
          res.writeHead(200, {
            'content-length': entry.blob.length,
            'content-type': 'application/octet-stream',
          })
          res.end(entry.blob)
        } else {
          res.writeHead(404).end()
        }
      } catch (error) {
        violations.push(
          `${req.method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`,
        )
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ code: 'malformed', msg: String(error) }))
      }
    })
  })

  /** Azure blob PUT: the whole blob, one block (comp=block) or the list that joins them (comp=blocklist). */
  function blobPut(
    entry: CacheEntry,
    url: URL,
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse,
  ): void {
    if (entry.finalized) violations.push(`upload to the finalized entry ${entry.key}`)
    const put = putBlob(entry, url, req.headers, body)
    if (put.violation) violations.push(put.violation)
    log.push(`PUT ${put.kind} ${entry.id}`)
    answerPut(res, entry.id, log.length)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${base}/`,
      ACTIONS_RUNTIME_TOKEN: TOKEN,
    },
    entries,
    log,
    violations,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
