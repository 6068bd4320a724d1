import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { ruleMessages } from './lint-snippet'
import { noLiteralUiText } from './no-literal-ui-text.mjs'

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const options = [{ allow: ['Lambda FinOps', 'AWS_REGION'] }]
const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    ecmaVersion: 2022,
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
})

tester.run('no-literal-ui-text', noLiteralUiText, {
  valid: [
    { code: "const A = () => <h1>{t('title')}</h1>", options },
    { code: 'const A = () => <p>{count} · {total} — 12%</p>', options },
    { code: 'const A = () => <span className="muted" data-testid="total-card" href="/costs">{value}</span>', options },
    { code: 'const A = () => <th scope="row">AWS_REGION</th>', options },
    { code: 'const A = () => <div>\n  Lambda FinOps\n</div>', options },
    { code: 'const A = () => <div>Lambda FinOps · AWS_REGION</div>', options },
    { code: 'const A = () => <section aria-labelledby="aws-title" aria-label={t(\'aws\')} />', options },
    // Strings outside the rendered tree (a class name built in braces, an argument) are not text.
    { code: "const A = () => <div className={`card ${open ? 'open' : ''}`} />", options },
  ],
  invalid: [
    { code: 'const A = () => <h1>Settings</h1>', options, errors: [{ messageId: 'literal' }] },
    { code: 'const A = () => <p>설정</p>', options, errors: [{ messageId: 'literal' }] },
    // An allowed term inside a sentence does not make the sentence allowed.
    { code: 'const A = () => <p>Lambda FinOps dashboard</p>', options, errors: [{ messageId: 'literal' }] },
    { code: "const A = () => <p>{'not set'}</p>", options, errors: [{ messageId: 'literal' }] },
    { code: 'const A = () => <p>{`${n} functions`}</p>', options, errors: [{ messageId: 'literal' }] },
    {
      code: 'const A = () => <button aria-label="Close" title={`Close ${name}`} />',
      options,
      errors: [{ messageId: 'literal' }, { messageId: 'literal' }],
    },
    { code: "const A = () => <input placeholder={'Search'} />", options, errors: [{ messageId: 'literal' }] },
  ],
})

describe('where the rule is on', () => {
  it('refuses literal text in a converted folder and says how to fix it', async () => {
    expect(
      await ruleMessages('app/(dashboard)/settings/page.tsx', 'export const A = () => <h1>Settings</h1>\n', [
        'finops/no-literal-ui-text',
      ]),
    ).toEqual([
      'Literal text "Settings" is shown to the reader: put it in messages/en.json and messages/ko.json and render it with t(…).',
    ])
  })

  it('allows the product’s name and AWS terms anywhere it is on', async () => {
    expect(
      await ruleMessages(
        'components/layout/language-switcher.tsx',
        'export const A = () => <p>Lambda FinOps · AWS_PROFILE</p>\n',
        ['finops/no-literal-ui-text'],
      ),
    ).toEqual([])
  })
})
