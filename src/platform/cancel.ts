// A cancelled job (the runner sends SIGINT, then SIGTERM) or Ctrl+C: stop every tool process group the
// gate started, then exit with the signal's conventional status. Processes that left their group on
// purpose (`setsid` daemons) are out of reach; README (Security) says so.
import { constants } from 'node:os'
import { stopAllProcesses } from '../exec.js'

export function stopProcessesOnSignals(log: (message: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stopAllProcesses().then((stopped) => {
        log(`quality-gate: ${signal} received; stopped ${stopped} running process group(s).`)
        process.exit(128 + constants.signals[signal])
      })
    })
  }
}
