// Where to go after signing in: only a path on this dashboard (`/costs?month=2026-10`), never another site
// (`//evil.example`, `https://…`, `/\evil.example` which browsers read as `//`), and never back to the sign-in or
// setup pages. Anything else is the overview.

const HOME = '/'
const MAX_LENGTH = 2000

export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > MAX_LENGTH) return HOME
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return HOME
  // Control characters (a tab or newline is dropped by URL parsers, so `/\t/evil.example` would become `//evil…`).
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) return HOME
  if (/^\/(sign-in|setup)(?=[/?#]|$)/.test(value)) return HOME
  return value
}

/** `/sign-in?next=…` for a page that needs a signed-in caller. */
export function signInPath(returnTo: string | null | undefined): string {
  const next = safeReturnPath(returnTo)
  return next === HOME ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`
}
