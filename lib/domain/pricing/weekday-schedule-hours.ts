import { TZDate } from '@date-fns/tz'
import { Decimal } from '../money'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const MS_PER_HOUR = 3_600_000

function clock(field: string, value: string): [number, number] {
  const match = CLOCK.exec(value)
  if (!match || (match[1] === '24' && match[2] !== '00'))
    throw new RangeError(`${field} must be HH:MM between 00:00 and 24:00, got "${value}"`)
  return [Number(match[1]), Number(match[2])]
}

/**
 * Hours a machine runs when it is on from `from` to `to` local time, Monday to Friday, in `month`, skipping
 * `holidays`. Each day is measured in real elapsed time, so a daylight-saving switch inside the window counts.
 */
export function weekdayScheduleHours(input: {
  timeZone: string
  from: string
  to: string
  holidays: string[]
  month: string
}): {
  hours: Decimal
  days: number
} {
  const month = MONTH.exec(input.month)
  if (!month) throw new RangeError(`month must be YYYY-MM, got "${input.month}"`)
  const [year, monthIndex] = [Number(month[1]), Number(month[2]) - 1]
  const [fromHour, fromMinute] = clock('from', input.from)
  const [toHour, toMinute] = clock('to', input.to)
  if (toHour * 60 + toMinute <= fromHour * 60 + fromMinute)
    throw new RangeError(`to (${input.to}) must be after from (${input.from})`)
  for (const holiday of input.holidays) {
    if (!ISO_DATE.test(holiday)) throw new RangeError(`holidays must be YYYY-MM-DD, got "${holiday}"`)
  }
  const holidays = new Set(input.holidays)
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
  let milliseconds = 0
  let days = 0
  for (let day = 1; day <= daysInMonth; day++) {
    const weekday = new Date(Date.UTC(year, monthIndex, day)).getUTCDay()
    const date = `${input.month}-${String(day).padStart(2, '0')}`
    if (weekday === 0 || weekday === 6 || holidays.has(date)) continue
    const start = new TZDate(year, monthIndex, day, fromHour, fromMinute, input.timeZone).getTime()
    const end = new TZDate(year, monthIndex, day, toHour, toMinute, input.timeZone).getTime()
    if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError(`Unknown time zone "${input.timeZone}"`)
    milliseconds += end - start
    days += 1
  }
  return { hours: new Decimal(milliseconds).div(MS_PER_HOUR), days }
}
