// lcov tracefiles (`lcov.info`): per source file, which instrumented lines ran (DA:line,hits).
export interface LcovFile {
  file: string
  /** Instrumented lines with a hit count. */
  lines: Map<number, number>
}

export function parseLcov(text: string): LcovFile[] {
  const files: LcovFile[] = []
  let current: LcovFile | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('SF:')) {
      current = { file: line.slice(3), lines: new Map() }
      files.push(current)
    } else if (line.startsWith('DA:') && current) {
      const [number, hits] = line.slice(3).split(',')
      const lineNumber = Number(number)
      if (Number.isInteger(lineNumber))
        current.lines.set(lineNumber, Math.max(current.lines.get(lineNumber) ?? 0, Number(hits) || 0))
    } else if (line === 'end_of_record') {
      current = undefined
    }
  }
  return files
}
