import { describe, expect, it } from 'vitest'
import { precedenceSentence, sourcesBefore } from './cost-sources'

describe('which cost source counts', () => {
  it('puts Cost Explorer (and the demo standing in for it) before CUR 2.0 files, and those before FOCUS files', () => {
    expect(sourcesBefore('cost_explorer')).toEqual([])
    expect(sourcesBefore('cur')).toEqual(['cost_explorer', 'demo'])
    expect(sourcesBefore('focus')).toEqual(['cost_explorer', 'demo', 'cur'])
  })

  it('states the rule in one sentence', () => {
    expect(precedenceSentence()).toBe(
      "When several sources have costs for the same account and day, only one counts: Cost Explorer, else CUR 2.0 files, else FOCUS files. The others' lines are kept, not added, so nothing is counted twice.",
    )
  })
})
