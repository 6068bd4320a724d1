import type { Phrase } from '@/lib/domain/phrase'

/** next-intl's translator from the messages' root, loosened to the dotted keys phrases carry. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/** A phrase in the translator's language, its nested phrases rendered first. */
export function renderPhrase(translate: Translate, text: Phrase): string {
  const values = Object.fromEntries(
    Object.entries(text.values ?? {}).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? value.map((entry) => renderPhrase(translate, entry)).join(', ')
        : typeof value === 'object'
          ? renderPhrase(translate, value)
          : value,
    ]),
  )
  const rendered = translate(text.key, values)
  return text.lower ? rendered.charAt(0).toLowerCase() + rendered.slice(1) : rendered
}

/** A phrase that starts a sentence: its first letter in upper case (languages without case are unaffected). */
export function renderSentence(translate: Translate, text: Phrase): string {
  const rendered = renderPhrase(translate, text)
  return rendered.charAt(0).toUpperCase() + rendered.slice(1)
}
