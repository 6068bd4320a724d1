/**
 * A sentence (or part of one) the domain says in words, as a message key (messages/<locale>.json, dotted from the
 * root) and the values that fill it, so each reader gets it in their own language and the words and numbers cannot
 * drift apart. Amounts and quantities come formatted (formatUsd, formatQuantity read the same in both languages);
 * a number a plural depends on comes as a number. A value may be a phrase itself, or a list of phrases (joined
 * with commas). `lower` asks for the phrase's first letter in lower case, for a name used inside an English
 * sentence; languages without case are unaffected. lib/i18n/render-phrase.ts renders it.
 */
export type Phrase = { key: string; values?: PhraseValues; lower?: true }
export type PhraseValues = { [name: string]: string | number | Phrase | Phrase[] }

export const phrase = (key: string, values?: PhraseValues): Phrase => (values ? { key, values } : { key })

/** The same phrase with its first letter in lower case when rendered (see Phrase). */
export const lowerFirst = (text: Phrase): Phrase => ({ ...text, lower: true })
