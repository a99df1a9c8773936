// Azure blob storage as the signed upload URLs of GitHub's results service lead to it, for the fakes of
// the cache and artifact services: Put Blob (one PUT), or Put Block per chunk and Put Block List to join
// them — what @azure/storage-blob sends.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'

export interface FakeBlob {
  blocks: Map<string, Buffer>
  /** The committed content, once written. */
  blob?: Buffer
}

/** Applies one PUT to `target`; returns what it was ("blob", "block", "blocklist") and any protocol problem. */
export function putBlob(
  target: FakeBlob,
  url: URL,
  headers: IncomingHttpHeaders,
  body: Buffer,
): { kind: 'blob' | 'block' | 'blocklist'; violation?: string } {
  const comp = url.searchParams.get('comp')
  if (comp === 'block') {
    target.blocks.set(url.searchParams.get('blockid') ?? '', body)
    return { kind: 'block' }
  }
  if (comp === 'blocklist') {
    const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(
      (match) => match[1] ?? '',
    )
    const missing = ids.filter((id) => !target.blocks.has(id))
    target.blob = Buffer.concat(ids.map((id) => target.blocks.get(id) ?? Buffer.alloc(0)))
    return {
      kind: 'blocklist',
      ...(missing.length > 0 ? { violation: `block list names unknown blocks: ${missing.join(', ')}` } : {}),
    }
  }
  target.blob = body
  return {
    kind: 'blob',
    ...(headers['x-ms-blob-type'] !== 'BlockBlob'
      ? { violation: `single PUT without x-ms-blob-type: BlockBlob (${String(headers['x-ms-blob-type'])})` }
      : {}),
  }
}

/** Storage's answer to a PUT: 201 with the headers the SDK reads. */
export function answerPut(res: ServerResponse, id: number, requestNumber: number): void {
  res
    .writeHead(201, {
      etag: `"0x${id.toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': `request-${requestNumber}`,
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true',
    })
    .end()
}
