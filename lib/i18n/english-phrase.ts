import { createTranslator } from 'next-intl'
import type { Phrase } from '@/lib/domain/phrase'
import en from '@/messages/en.json'
import { renderPhrase, renderSentence, type Translate } from './render-phrase'

const english = createTranslator({ locale: 'en', messages: en }) as unknown as Translate

/** A phrase as an English sentence: for the HTTP API, whose text is documented in English, and for tests. */
export function inEnglish(text: Phrase): string {
  return renderSentence(english, text)
}

/** A phrase as English inside a sentence: as it is written, not capitalised. */
export function fragmentInEnglish(text: Phrase): string {
  return renderPhrase(english, text)
}

/** Several phrases as English sentences, e.g. a strategy's reasons or a workload's notes. */
export const allInEnglish = (texts: Phrase[]): string[] => texts.map(inEnglish)

/** The simulator's verdict as the API says it in English: its sentences in one paragraph. */
export const verdictInEnglish = (verdict: Phrase[] | null): string | null => verdict && allInEnglish(verdict).join(' ')
