// What the gate prints on a runner, read the way the runner reads it (helpers/action.ts effectiveCommands).
import { describe, expect, it } from '@jest/globals'
import { neutraliseText, printable, workflowCommand } from '../src/platform/workflow-commands.js'
import { effectiveCommands } from './helpers/action.js'

const PLANTS = [
  '::error file=forged.py::x',
  '   ::warning::indented',
  '\u001b[31m::error::after a colour code',
  'text ##[set-output name=passed;]true',
  'a\r::add-mask::lone carriage return',
  '##[stop-commands]attacker',
  '::stop-commands::attacker',
  '::attacker::',
]

describe('printable', () => {
  it.each(PLANTS)('nothing in %j acts', (plant) => {
    const printed = printable(`before\n${plant}\nafter`)
    const acting = effectiveCommands(printed).filter((item) => !/^qg-[0-9a-f]{32}$/.test(item.message))
    expect(acting).toEqual([])
    expect(printed).toContain('after')
  })

  it('leaves text without `::` unwrapped, but neutralised', () => {
    expect(printable('plain\r\nline ##[x]')).toBe('plain\nline #\u2060#[x]')
  })

  it('picks a stop token that the text does not hold', () => {
    const tokens = ['qg-taken', 'qg-free']
    const printed = printable('::qg-taken::', () => tokens.shift() ?? 'qg-none')
    expect(printed.split('\n')[0]).toBe('::stop-commands::qg-free')
    expect(printed.endsWith('\n::qg-free::')).toBe(true)
  })

  it('the block resumes commands after it: the gate’s own annotation still acts', () => {
    const printed = `${printable('::error::forged')}\n${workflowCommand('error', 'ours', { file: 'a.py', startLine: 3 })}`
    const acting = effectiveCommands(printed).filter((item) => item.command === 'error')
    expect(acting).toEqual([{ command: 'error', properties: { file: 'a.py', line: '3' }, message: 'ours' }])
  })
})

describe('workflowCommand', () => {
  it('escapes data and properties so text cannot end the command or add one', () => {
    const line = workflowCommand('warning', 'msg\r::error::x ##[set-output]y', {
      file: 'a,b::c\r.py',
      title: 'T',
    })
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1)
    const [command] = effectiveCommands(line)
    expect(command).toEqual({
      command: 'warning',
      properties: { file: 'a,b::c\n.py', title: 'T' },
      message: 'msg\n::error::x #\u2060#[set-output]y',
    })
  })

  it('neutraliseText normalises every line end', () => {
    expect(neutraliseText('a\rb\r\nc\nd')).toBe('a\nb\nc\nd')
  })
})
