import 'server-only'
import type { Locale } from '@/lib/i18n/locales'
import en from '@/messages/en.json'
import ko from '@/messages/ko.json'

/** Every language's messages, for the server: the pages' request configuration and the routes' sentences. */
export const MESSAGES: Record<Locale, typeof en> = { en, ko }
