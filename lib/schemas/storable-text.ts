// PostgreSQL `text` cannot hold NUL (U+0000), and a lone UTF-16 surrogate cannot be written as UTF-8 (the driver
// would silently store U+FFFD instead). Input carrying either is refused, naming where it was found, before it
// reaches SQL: a query string value, a JSON string or a JSON key.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value)
}

/** The path (`a.b.0`) of the first string in `value` that PostgreSQL cannot store, or null. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index])
      if (found) return found
    }
    return null
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key.replace(UNSTORABLE, '?')]
      const found = findUnstorableText(item, [...path, key])
      if (found) return found
    }
  }
  return null
}

export const UNSTORABLE_TEXT_MESSAGE = 'contains a character that cannot be stored (NUL or a lone UTF-16 surrogate)'
