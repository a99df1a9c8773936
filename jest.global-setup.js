// Before any test: the runner's Node.js for the end-to-end tests (scripts/runner-node.mjs).
import { ensureRunnerNode } from './scripts/runner-node.mjs'

export default function setup() {
  process.env.QG_RUNNER_NODE = ensureRunnerNode()
}
