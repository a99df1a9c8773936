// The jest-compatible JSON report that jest (`--json`) and vitest (`--reporter=json`) write: totals, and per
// test file its assertion results with status, failure messages and (when asked for) a location.
import { z } from 'zod'

const assertion = z
  .object({
    fullName: z.string(),
    title: z.string().optional(),
    status: z.string(),
    duration: z.number().nullable().optional(),
    failureMessages: z.array(z.string()).nullable().optional(),
    location: z.object({ line: z.number(), column: z.number() }).nullable().optional(),
  })
  .loose()

export const jestJsonSchema = z
  .object({
    numTotalTests: z.number(),
    numPassedTests: z.number(),
    numFailedTests: z.number(),
    numPendingTests: z.number(),
    numTodoTests: z.number().optional(),
    numRuntimeErrorTestSuites: z.number().optional(),
    startTime: z.number().optional(),
    testResults: z.array(
      z
        .object({
          name: z.string(),
          status: z.string(),
          message: z.string().nullable().optional(),
          startTime: z.number().optional(),
          endTime: z.number().optional(),
          assertionResults: z.array(assertion),
        })
        .loose(),
    ),
  })
  .loose()

export type JestJson = z.infer<typeof jestJsonSchema>
