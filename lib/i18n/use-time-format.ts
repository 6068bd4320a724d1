// The reader's zone and language for lib/format.ts's time functions, in any component (client or server): both
// come from next-intl's provider, which the request's configuration filled (lib/server/i18n/request-config.ts).
import { useLocale, useTimeZone } from 'next-intl'
import type { TimeFormat } from '@/lib/format'
import { UTC } from './time-zones'

export function useTimeFormat(): TimeFormat {
  return { zone: useTimeZone() ?? UTC, locale: useLocale() }
}
