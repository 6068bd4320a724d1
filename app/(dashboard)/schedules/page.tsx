import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { InvalidLink } from '@/components/ui/invalid-link'
import { monthOf } from '@/lib/domain/calendar'
import { nextWeek } from '@/lib/domain/schedules/next-week'
import { localDay } from '@/lib/domain/time-zone/zoned-time'
import { getQueryClient } from '@/lib/query/query-client'
import { scheduleQueries } from '@/lib/query/schedules'
import { page } from '@/lib/server/access/page'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { schedulePlan } from '@/lib/server/schedules/schedule-plan'
import { scheduleSavings } from '@/lib/server/schedules/schedule-savings'
import { listSchedules, scheduleDto } from '@/lib/server/schedules/schedule-store'
import { schedulesPageSearch } from '@/lib/search-params/schedules'
import { SchedulesView } from './_components/schedules-view'

export const metadata: Metadata = { title: 'Schedules' }

export default page(
  { permission: 'read' },
  async function SchedulesPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = schedulesPageSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Schedules"
          problem={link.message}
          defaultHref="/schedules"
          defaultLabel="Open the schedules"
        />
      )
    const schedules = (await listSchedules(db())).map(scheduleDto)
    const selected =
      link.value.id === undefined ? schedules[0] : schedules.find((schedule) => schedule.id === link.value.id)
    if (link.value.id !== undefined && !selected) notFound()
    const queryClient = getQueryClient()
    queryClient.setQueryData(scheduleQueries.all().queryKey, { schedules })
    // The selected schedule's next week and month, in its own time zone; the same query keys as the client view.
    const now = clock.now().getTime()
    const view = selected
      ? { id: selected.id, week: nextWeek(now, selected.timeZone), month: monthOf(localDay(now, selected.timeZone)) }
      : null
    if (view) {
      await Promise.all([
        queryClient.prefetchQuery({
          ...scheduleQueries.plan(view.id, view.week),
          queryFn: () => schedulePlan(db(), view.id, view.week),
        }),
        queryClient.prefetchQuery({
          ...scheduleQueries.savings(view.id, view.month),
          queryFn: () => scheduleSavings(db(), view.id, view.month),
        }),
      ])
    }
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SchedulesView selected={view} />
      </HydrationBoundary>
    )
  },
)
