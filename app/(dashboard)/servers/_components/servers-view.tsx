'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { AccountName } from '@/components/ui/account-name'
import { DataTable } from '@/components/ui/data-table'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { formatMonth, formatUsd } from '@/lib/format'
import { serverQueries } from '@/lib/query/servers'
import type { ServerDto } from '@/lib/schemas/servers'
import { schedulesPageSearch } from '@/lib/search-params/schedules'

const KIND_LABELS: Record<ServerDto['kind'], string> = { ec2: 'EC2', rds: 'RDS', aurora: 'Aurora cluster' }
const STATUS_LABELS = { verified: 'verified', secondary: 'third-party source', unconfirmed: 'unconfirmed' } as const

/** Every server the inventory lists: what it is, what it costs an hour and this month, and what starts and stops it. */
export function ServersView() {
  const servers = useQuery(serverQueries.all())
  return (
    <QueryView query={servers} subject="the servers" loadingLabel="Loading the servers" height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>Servers</h1>
              <p>
                EC2 instances, RDS DB instances and Aurora clusters, with their on-demand price, their cost in{' '}
                {formatMonth(data.month)} and the schedule that starts and stops them
              </p>
            </div>
          </header>
          {data.servers.length === 0 ? (
            <EmptyState title="No servers yet">
              <p>
                Servers come from the <code>instances</code> ingestion source: start a run on the{' '}
                <Link href="/ingestion">Ingestion</Link> page, or load the demo data from{' '}
                <Link href="/settings">Settings</Link>.
              </p>
            </EmptyState>
          ) : (
            <section className="card" aria-labelledby="servers-title">
              <header>
                <h2 id="servers-title">Inventory</h2>
                <p>
                  Cost Explorer bills servers by usage type, not by instance: a month&apos;s cost is shown for a server
                  when no other server of its account and region has its type, and as shared otherwise.
                </p>
              </header>
              <DataTable
                label="Servers"
                testId="servers"
                columns={[
                  { label: 'Server' },
                  { label: 'Kind' },
                  { label: 'Account' },
                  { label: 'Region' },
                  { label: 'Type' },
                  { label: 'State' },
                  { label: 'Hourly price', numeric: true },
                  { label: formatMonth(data.month), numeric: true },
                  { label: 'Schedule' },
                ]}
              >
                {data.servers.map((server) => (
                  <ServerRow key={`${server.accountId}/${server.region}/${server.kind}/${server.id}`} server={server} />
                ))}
              </DataTable>
            </section>
          )}
        </>
      )}
    </QueryView>
  )
}

function ServerRow({ server }: { server: ServerDto }) {
  return (
    <tr data-server={server.id}>
      <th scope="row">
        {server.tags.Name ?? server.id}
        {server.tags.Name && <div className="muted">{server.id}</div>}
      </th>
      <td>{KIND_LABELS[server.kind]}</td>
      <td>
        <AccountName id={server.accountId} name={server.accountName} />
      </td>
      <td>{server.region}</td>
      <td>
        {server.type}
        {server.engine && <div className="muted">{server.engine}</div>}
      </td>
      <td>{server.state}</td>
      <td className="num">
        {server.hourlyUsd === null || server.price === null ? (
          <span className="muted" title={server.priceMissing ?? undefined}>
            no rate
          </span>
        ) : (
          <span title={`${server.price.source} (read ${server.price.asOf})`}>
            ${server.hourlyUsd}/h
            <div className="muted">
              {STATUS_LABELS[server.price.status]}, {server.price.asOf}
            </div>
          </span>
        )}
      </td>
      <td className="num" data-testid="month-cost">
        {server.monthCost.status === 'attributed' && formatUsd(server.monthCost.usd)}
        {server.monthCost.status === 'shared' && (
          <span title={server.monthCost.usageType}>
            {formatUsd(server.monthCost.usd)}
            <div className="muted">shared by {server.monthCost.servers} servers</div>
          </span>
        )}
        {server.monthCost.status === 'none' && (
          <span className="muted" title={server.monthCost.reason}>
            not attributable
          </span>
        )}
      </td>
      <td data-testid="schedule">
        {server.schedules.map((schedule) => (
          <div key={`${schedule.id}/${schedule.group}`}>
            <Link href={`/schedules${schedulesPageSearch.search({ id: schedule.id })}`}>{schedule.name}</Link>{' '}
            <span className="muted">({schedule.group})</span>
          </div>
        ))}
        {server.schedules.length === 0 &&
          (server.schedulable ? (
            <span className="muted">none</span>
          ) : (
            <span className="muted">not schedulable: {server.reason}</span>
          ))}
      </td>
    </tr>
  )
}
