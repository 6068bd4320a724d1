// next-intl's types follow the English messages: a key that does not exist there does not compile.
import type { Locale } from './locales'
import type en from '@/messages/en.json'

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: typeof en
  }
}
