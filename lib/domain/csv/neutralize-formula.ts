// The CSV formula-injection policy (OWASP CSV Injection, WSTG-INPV-21, ASVS 1.2.10): a text cell that a
// spreadsheet could read as a formula gets a leading apostrophe, and the writer always quotes it. Numbers
// are never passed through here, so negative amounts stay numbers.

/** Characters that start a formula or a cell break-out in Excel, LibreOffice or Google Sheets. */
export const FORMULA_TRIGGERS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\0',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]

const TRIGGERS = new Set(FORMULA_TRIGGERS)
// Some spreadsheets trim leading spaces before deciding what a cell is, so " =1+1" counts as a formula too.
const LEADING_SPACES = /^[ \u00A0\u3000]+/

export function isFormulaLike(text: string): boolean {
  if (text.length === 0) return false
  if (TRIGGERS.has(text[0]!)) return true
  const spaces = LEADING_SPACES.exec(text)
  return spaces !== null && TRIGGERS.has(text[spaces[0].length] ?? '')
}

export function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text
}
