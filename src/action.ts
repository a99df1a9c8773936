// The action after credential isolation: signals, the pipeline, and the last-resort catch.
import { EXIT_INTERNAL, run } from './main.js'
import { stopProcessesOnSignals } from './platform/cancel.js'
import type { Isolation } from './platform/credentials.js'
import { githubPlatform } from './platform/github.js'
import { printable, workflowCommand } from './platform/workflow-commands.js'
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
    return EXIT_INTERNAL
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
