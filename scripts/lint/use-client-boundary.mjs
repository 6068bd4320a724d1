// ESLint rule: a module that starts with 'use client' is bundled for the browser, so it may not import what must stay
// on the server (or would drag server text into the bundle). Globs cannot tell such a file in app/ from a server
// component beside it; the directive can. Import sources are matched by prefix ('@/lib/server/') or exactly ('pg').
export const useClientBoundary = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid imports of server modules from 'use client' modules." },
    schema: [
      {
        type: 'object',
        properties: { forbidden: { type: 'array', items: { type: 'string' } }, message: { type: 'string' } },
        required: ['forbidden', 'message'],
        additionalProperties: false,
      },
    ],
    messages: { forbidden: "'{{source}}' imported from a 'use client' module: {{message}}" },
  },
  create(context) {
    const { forbidden, message } = context.options[0]
    if (!isClientModule(context.sourceCode.ast)) return {}
    const check = (node) => {
      const source = node.source?.value
      if (
        typeof source === 'string' &&
        forbidden.some((entry) =>
          entry.endsWith('/') ? source.startsWith(entry) : source === entry || source.startsWith(`${entry}/`),
        )
      ) {
        context.report({ node: node.source, messageId: 'forbidden', data: { source, message } })
      }
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

/** The directive prologue (the leading string statements) holds 'use client'. */
function isClientModule(program) {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return false
    if (statement.directive === 'use client') return true
  }
  return false
}
