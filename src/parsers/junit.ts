// JUnit XML as pytest writes it with `-o junit_family=xunit1` (xunit2 drops file and line). A real XML
// parser, not regular expressions: messages hold markup, entities and newlines.
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export type CaseOutcome = 'passed' | 'failed' | 'error' | 'skipped'

export interface JunitCase {
  classname: string
  name: string
  file?: string
  /** xunit1 lines are 0-based: this one is 1-based. */
  line?: number
  timeSeconds: number
  outcome: CaseOutcome
  /** The failure's, error's or skip's message attribute, else its text. */
  message?: string
  /** The failure's or error's full text (the traceback). */
  details?: string
}

export interface JunitReport {
  cases: JunitCase[]
  /** Sum of the suites' `time` attributes. */
  timeSeconds: number
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
})

type Node = Record<string, unknown>

export function parseJunit(xml: string): JunitReport {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const root = parser.parse(xml) as Node
  const container = (root.testsuites as Node | undefined) ?? root
  const suites = asNodes(container.testsuite)
  if (suites.length === 0) throw new Error('no <testsuite> element')
  const cases: JunitCase[] = []
  let timeSeconds = 0
  for (const suite of suites) {
    timeSeconds += number(suite.time) ?? 0
    for (const testcase of asNodes(suite.testcase)) cases.push(toCase(testcase))
  }
  return { cases, timeSeconds }
}

function toCase(node: Node): JunitCase {
  const failure = asNodes(node.failure)[0]
  const error = asNodes(node.error)[0]
  const skipped = asNodes(node.skipped)[0]
  const outcome: CaseOutcome = failure ? 'failed' : error ? 'error' : skipped ? 'skipped' : 'passed'
  const problem = failure ?? error ?? skipped
  const item: JunitCase = {
    classname: text(node.classname),
    name: text(node.name),
    timeSeconds: number(node.time) ?? 0,
    outcome,
  }
  const file = text(node.file)
  if (file) item.file = file
  const line = number(node.line)
  if (line !== undefined) item.line = line + 1
  if (problem) {
    const message = text(problem.message) || text(problem['#text'])
    if (message) item.message = message
    const details = text(problem['#text'])
    if (details && problem !== skipped) item.details = details
  }
  return item
}

function asNodes(value: unknown): Node[] {
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  // An empty element such as <skipped/> parses to '' : it still counts.
  return list.map((item) =>
    typeof item === 'object' && item !== null ? (item as Node) : { '#text': String(item) },
  )
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)
}

function number(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}
