// The action after credential isolation: signals, the pipeline, and the last-resort catch.
import { appendFile } from 'node:fs/promises'
import { EXIT_INTERNAL, run } from './main.js'
import { stopProcessesOnSignals } from './platform/cancel.js'
import type { Isolation } from './platform/credentials.js'
import { githubPlatform } from './platform/github.js'
import { printable, workflowCommand } from './platform/workflow-commands.js'
import { fenced } from './report/markdown.js'
import { ISSUES_URL } from './version.js'

export async function runAction(isolation: Isolation): Promise<number> {
  const say = (line: string): void => void process.stdout.write(`${line}\n`)
  stopProcessesOnSignals((message) => say(workflowCommand('warning', message)))
  try {
    const platform = githubPlatform()
    if (isolation.state === 'unavailable') {
      platform.info(`The action's own environment still holds its credentials (${isolation.why}).`)
    } else if (isolation.state === 'lost') {
      platform.warning(`The credentials could not be handed over (${isolation.why}); going on without them.`)
    }
    return await run(platform)
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    say(
      workflowCommand(
        'error',
        `quality-gate internal error (a bug in the gate, not a verdict on your code): ${firstLine(detail)}. Please report it at ${ISSUES_URL}`,
      ),
    )
    process.stdout.write(`${printable(detail)}\n`)
    await summarizeInternalError(firstLine(detail))
    return EXIT_INTERNAL
  }
}

/** The job summary says it too: a reader of the summary must not take a crash for a verdict. */
async function summarizeInternalError(problem: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  const text =
    `## 💥 quality-gate could not finish\n\n` +
    `An internal error of the gate stopped it; this is not a verdict on your code. ` +
    `Please report it at ${ISSUES_URL}.\n\n${fenced(problem)}`
  await appendFile(file, text, 'utf8').catch(() => undefined)
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
