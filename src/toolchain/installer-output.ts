// What an installer (pip, uv, npm) said went wrong, in one line: the cause, not its retries, its progress or
// its pointer to a debug log. Pure.
import { stripAnsi } from '../text.js'

/** The one line that explains a failed install; the whole output stays in the installer log. */
export function installerCause(output: string): string {
  const lines = joinWrapped(stripAnsi(output).split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const unreachable = indexTrouble(lines)
  const statement = lastStatement(lines)
  if (statement !== undefined && unreachable !== undefined && !statement.includes(unreachable)) {
    return `${statement} (the index did not answer: ${unreachable})`
  }
  return statement ?? unreachable ?? lines.filter((line) => !/^warning\b/i.test(line)).at(-1) ?? 'no output'
}

/** uv wraps its `╰─▶` reason over indented lines: one line again, up to the blank line or its hint. */
function joinWrapped(lines: readonly string[]): string[] {
  const joined: string[] = []
  let inReason = false
  for (const line of lines) {
    const text = line.trim()
    if (text.startsWith('╰─▶')) {
      joined.push(text)
      inReason = true
    } else if (inReason && text !== '' && !/^hint:/.test(text) && /^\s/.test(line)) {
      joined[joined.length - 1] = `${joined.at(-1) ?? ''} ${text}`
    } else {
      inReason = false
      joined.push(line)
    }
  }
  return joined
}

/** pip's `Retrying (…) after connection broken by 'XError(…: cause)': /simple/pkg/` → its cause. */
function indexTrouble(lines: readonly string[]): string | undefined {
  const retry = lines.filter((line) => /Retrying \(Retry\(/.test(line)).at(-1)
  if (retry === undefined) return undefined
  const broken = /broken by '(\w+)\((.*)\)':\s*(\S+)?\s*$/.exec(retry)
  if (broken === null) return retry.replace(/^WARNING:\s*/, '')
  const [, kind = '', detail = '', url = ''] = broken
  // The useful part of urllib3's message is after its last colon: "[Errno 111] Connection refused".
  const said =
    detail
      .replace(/^['"]|['"]$/g, '')
      .split(/:\s+/)
      .at(-1) ?? detail
  return `${kind}: ${said.replace(/['"]\)?$/, '')}${url ? ` (${url})` : ''}`
}

/**
 * The installer's last error statement: pip's `ERROR:`, uv's `error:` / `×` heading with its `╰─▶` reason,
 * npm's first `npm error` statement (not its code, errno or category word).
 */
function lastStatement(lines: readonly string[]): string | undefined {
  const uvReason = lines.filter((line) => line.startsWith('╰─▶')).at(-1)
  const uvHeading = lines.filter((line) => line.startsWith('×')).at(-1)
  if (uvHeading !== undefined) {
    const heading = uvHeading.replace(/^×\s*/, '').replace(/:$/, '')
    return uvReason !== undefined ? `${heading}: ${uvReason.replace(/^╰─▶\s*/, '')}` : heading
  }
  // npm states the error first; after it come its stack, its properties and general advice.
  const npm = lines
    .filter((line) => /^npm (error|ERR!)/.test(line))
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''))
    .find((line) => line !== '' && !/^(code|errno|syscall|path|dest)\b/.test(line))
  if (npm !== undefined) return npm.replace(/^[a-z]+ (?=[A-Z])/, '')
  const errors = lines.filter((line) => /^(ERROR|error):/.test(line))
  const notFound = errors.find((line) => /No matching distribution found/.test(line))
  const chosen = notFound ?? errors.at(-1)
  if (chosen === undefined) return undefined
  // uv: `error: Failed to fetch …` and, below it, the chain of `Caused by:` whose last link is the root.
  const cause = lines
    .slice(lines.lastIndexOf(chosen) + 1)
    .filter((line) => /^Caused by:/.test(line))
    .at(-1)
  const said = chosen.replace(/^(ERROR|error):\s*/, '')
  return cause === undefined ? said : `${said}: ${cause.replace(/^Caused by:\s*/, '')}`
}
