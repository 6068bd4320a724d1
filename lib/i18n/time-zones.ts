// The time zone the reader's times are shown in: their own choice (the zone switcher's cookie), else Asia/Seoul
// for a Korean reader and UTC for anyone else. Client-safe: the switcher writes the cookie, the server reads it
// (lib/server/i18n/request-config.ts) and hands the zone to every component with the messages. The zone arithmetic
// and labels are lib/domain/time-zone's.
//
// Only instants move to the reader's zone (an ingestion's start, an hour of metrics, an alert's delivery). Days of
// cost stay the UTC days AWS bills by, and say so.
import { isTimeZone } from '@/lib/domain/time-zone/zoned-time'
import type { Locale } from './locales'

export const TIME_ZONE_COOKIE = 'finops-time-zone'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

export const UTC = 'UTC'
export const SEOUL = 'Asia/Seoul'

/** Where nobody has chosen: Korean readers are in Seoul; for anyone else the server cannot know, so UTC. */
export function defaultTimeZone(locale: Locale): string {
  return locale === 'ko' ? SEOUL : UTC
}

/** An IANA zone the platform knows ("Asia/Seoul", "UTC"), or null for anything else (no cookie, an edited one). */
export function parseTimeZone(value: string | undefined | null): string | null {
  return value && value.length <= 64 && isTimeZone(value) ? value : null
}

/** The cookie text (document.cookie) that keeps a choice for a year; the zone is encoded, the server decodes it. */
export function timeZoneCookie(zone: string): string {
  return `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`
}
