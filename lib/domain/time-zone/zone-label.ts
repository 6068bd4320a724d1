// What a time is labelled with: "09:00 KST", not an unlabelled hour a Korean user reads nine hours off. Intl names
// few zones by their familiar abbreviation outside their own locale (Asia/Seoul is "GMT+9" in en-US and ko-KR
// alike), so the zones this product's users live in are named here; the rest take Intl's short name.
import { zonedIso } from './zoned-time'

const FAMILIAR: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  'Asia/Seoul': 'KST',
  'Asia/Tokyo': 'JST',
  'Asia/Singapore': 'SGT',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Kolkata': 'IST',
}

/** The zone's abbreviation at an instant (summer time included: "PDT" in July, "PST" in January). */
export function zoneAbbreviation(timeZone: string, instant: number): string {
  const familiar = FAMILIAR[timeZone]
  if (familiar) return familiar
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(instant))
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}

/**
 * The local start of a UTC hour ("2026-11-30T15" → "2026-12-01 00:00" in Asia/Seoul). CloudWatch's hours are UTC
 * hours; in a zone a whole number of hours away each is exactly one local hour, elsewhere (India, +5:30) the
 * label says where it starts.
 */
export function localHourStart(utcHour: string, timeZone: string): string {
  const iso = zonedIso(Date.parse(`${utcHour}:00:00Z`), timeZone)
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}
