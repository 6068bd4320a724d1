import { useTranslations } from 'next-intl'
import type { Phrase } from '@/lib/domain/phrase'
import { renderSentence, type Translate } from './render-phrase'

/** Renders the domain's phrases as sentences in the reader's language (client and server components alike). */
export function useSentence(): (text: Phrase) => string {
  const translate = useTranslations() as unknown as Translate
  return (text) => renderSentence(translate, text)
}
