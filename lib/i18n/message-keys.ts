// What a message file holds, for the test that keeps the languages in step (messages.test.ts).

/** Nested messages as dotted keys → text; anything but text or a nested object is an error. */
export function messageKeys(messages: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>()
  for (const [name, value] of Object.entries(messages as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${name}` : name
    if (typeof value === 'string') keys.set(key, value)
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const entry of messageKeys(value, key)) keys.set(...entry)
    else throw new TypeError(`${key}: a message must be text or a group of messages`)
  }
  return keys
}

/** The names of a text's ICU arguments (`{name}`, `{count, plural, …}`), sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1]!))].sort()
}
