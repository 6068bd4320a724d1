import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { readExtendLink } from '@/lib/server/schedules/extend-link'
import { extendPageSearch } from '@/lib/search-params/schedules'
import { ExtendStopView } from './_components/extend-stop-view'

export const metadata: Metadata = { title: 'Work late' }

// The page a stop warning links to: the schedule, the date and its planned stop, and the ways to move it later.
export default page(
  { permission: 'read' },
  async function ExtendStopPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = extendPageSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Work late"
          problem={link.message}
          defaultHref="/schedules"
          defaultLabel="Open the schedules"
        />
      )
    try {
      const found = await readExtendLink(db(), link.value.token)
      return (
        <ExtendStopView
          token={link.value.token}
          name={found.schedule.name}
          date={found.date}
          timeZone={found.schedule.timeZone}
          plannedStop={found.plannedStop}
        />
      )
    } catch (error) {
      if (error instanceof AppError)
        return (
          <InvalidLink
            title="Work late"
            problem={error.message}
            defaultHref="/schedules"
            defaultLabel="Open the schedules"
          />
        )
      throw error
    }
  },
)
