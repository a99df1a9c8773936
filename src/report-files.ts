// Reports from files, for publish mode and `quality-gate publish`: the files the globs match, each read
// with a size bound and checked against the report schema. A file that is not a report is refused with
// its reason, never dropped silently.
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { reportKey, type KeyedReport, type RefusedReport } from './report/combine.js'
import { MAX_REPORT_BYTES, MAX_REPORT_SIZE, parseReport } from './report/schema.js'
import { errorMessage } from './text.js'

export interface ReadReports {
  reports: KeyedReport[]
  refused: RefusedReport[]
  /** The files the globs matched, relative to the base directory, sorted. */
  files: string[]
}

/** `patterns`: globs relative to `base` (comma- or newline-separated in the input, split by the caller). */
export async function readReportFiles(
  patterns: readonly string[],
  base: string,
  /** Where a report may be (through symlinks): the workspace and the runner's temp directory. */
  roots: readonly string[] = [base],
): Promise<ReadReports> {
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)))
  const files = (await glob([...patterns], { cwd: base, onlyFiles: true, dot: true })).sort()
  const sources: ReportSource[] = []
  for (const file of files) {
    const full = path.resolve(base, file)
    try {
      const real = await realpath(full)
      if (!realRoots.some((root) => isInside(real, root)))
        throw new Error(`it is outside ${roots.join(' and ')}`)
      const size = (await stat(real)).size
      if (size > MAX_REPORT_BYTES) throw new Error(`it is larger than ${MAX_REPORT_SIZE}`)
      sources.push({ source: file, text: await readFile(real, 'utf8') })
    } catch (error) {
      sources.push({ source: file, refused: errorMessage(error) })
    }
  }
  return { ...parseReports(sources), files }
}

/** A report's text and where it came from (a file, an artifact's file), or why it could not be read. */
export interface ReportSource {
  source: string
  text?: string
  refused?: string
}

/** Each source checked against the report schema and labelled by its job and comment-key. */
export function parseReports(sources: readonly ReportSource[]): Omit<ReadReports, 'files'> {
  const read: { item: KeyedReport; source: string }[] = []
  const refused: RefusedReport[] = []
  for (const { source, text, refused: why } of sources) {
    if (text === undefined) {
      refused.push({ key: source, reason: why ?? 'it could not be read' })
      continue
    }
    try {
      const report = parseReport(text)
      read.push({ item: { key: reportKey(report, source), report }, source })
    } catch (error) {
      refused.push({ key: source, reason: errorMessage(error) })
    }
  }
  // Two reports with one label (two local runs, a job without comment-key) are told apart by their sources.
  const labels = read.map(({ item }) => item.key)
  const reports = read.map(({ item, source }) =>
    labels.indexOf(item.key) === labels.lastIndexOf(item.key)
      ? item
      : { ...item, key: `${item.key} (${source})` },
  )
  return { reports, refused }
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
