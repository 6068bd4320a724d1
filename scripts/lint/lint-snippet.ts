// Lints a snippet as if it were the file at `filePath` (relative to the clone) with the project's own
// eslint.config.mjs: how the tests of the project's lint rules prove a rule is wired for the files it guards.
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: `${import.meta.dirname}/../..` })

export type LintMessage = { ruleId: string | null; message: string }

export async function lintSnippet(filePath: string, code: string): Promise<LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }))
}

/** The messages of the given rules only. */
export async function ruleMessages(filePath: string, code: string, ruleIds: readonly string[]): Promise<string[]> {
  return (await lintSnippet(filePath, code))
    .filter((message) => message.ruleId !== null && ruleIds.includes(message.ruleId))
    .map((message) => message.message)
}
