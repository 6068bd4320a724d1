// ESLint rule: a component of a folder that speaks both languages renders no words of its own. Text between
// tags, a string in braces among them, and the user-visible attributes (aria-label, title, placeholder, alt,
// label) must come from the messages (next-intl's t(), messages/<locale>.json), so a Korean reader never meets an
// English word the translators never saw. Text without letters (punctuation, digits, "·", "—") is fine, and so is
// text made only of the allow-list's terms: product names and AWS terms that read the same in every language
// (eslint.config.mjs, UI_TERMS).
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
])
// A letter of any script (Latin, Hangul, …).
const LETTER = /\p{L}/u

export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid literal user-visible text in components of converted folders; use the messages.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      literal:
        'Literal text "{{text}}" is shown to the reader: put it in messages/en.json and messages/ko.json and render it with t(…).',
    },
  },
  create(context) {
    // Longest first, so that "AWS Lambda" is taken out whole before "AWS" would be.
    const allowed = [...(context.options[0]?.allow ?? [])].sort((a, b) => b.length - a.length)
    const check = (node, raw) => {
      const text = raw.replace(/\s+/g, ' ').trim()
      const rest = allowed.reduce((remaining, term) => remaining.split(term).join(' '), text)
      if (!LETTER.test(rest)) return
      context.report({ node, messageId: 'literal', data: { text: text.length > 40 ? `${text.slice(0, 40)}…` : text } })
    }
    const inChildren = (node) => node.parent?.type === 'JSXElement' || node.parent?.type === 'JSXFragment'
    return {
      JSXText: (node) => check(node, node.value),
      JSXExpressionContainer(node) {
        if (!inChildren(node)) return
        const expression = node.expression
        if (expression.type === 'Literal' && typeof expression.value === 'string') check(expression, expression.value)
        if (expression.type === 'TemplateLiteral')
          for (const quasi of expression.quasis) check(quasi, quasi.value.cooked ?? '')
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null
        if (!name || !VISIBLE_ATTRIBUTES.has(name) || !node.value) return
        if (node.value.type === 'Literal' && typeof node.value.value === 'string') check(node.value, node.value.value)
        if (node.value.type === 'JSXExpressionContainer') {
          const expression = node.value.expression
          if (expression.type === 'Literal' && typeof expression.value === 'string') check(expression, expression.value)
          if (expression.type === 'TemplateLiteral')
            for (const quasi of expression.quasis) check(quasi, quasi.value.cooked ?? '')
        }
      },
    }
  },
}
