// The Anomalies page's sentence on what drives severity is a message filled with the rule's own thresholds
// (SEVERITY_RULE_VALUES), so the words and the numbers cannot drift apart in either language.
import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { SEVERITY_RULE_VALUES } from '@/lib/domain/anomalies/severity-labels'
import en from '@/messages/en.json'
import ko from '@/messages/ko.json'

describe('what the page says drives severity', () => {
  it('is written from the thresholds of the rule', () => {
    expect(
      createTranslator({ locale: 'en', messages: en, namespace: 'anomalies.list' })(
        'severityRule',
        SEVERITY_RULE_VALUES,
      ),
    ).toBe(
      'Severity is the measured extra cost: Critical from $100 (or $10 at 10× the usual), High from $20 (or $1 at 5×), Medium from $2 (or 2× the usual), else Low. ' +
        'What has not cost money is Medium at most: failures or throttling of 5% of requests or more, a configuration risk whose worst case is $50 a month or more above its recent cost. ' +
        'An incident is as severe as its worst anomaly.',
    )
    const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'anomalies.list' })(
      'severityRule',
      SEVERITY_RULE_VALUES,
    )
    expect(korean).toContain('심각은 $100부터(평소의 10배이면 $10부터)')
    expect(korean).toContain('요청의 5% 이상이')
  })
})
