// Every server of a region: EC2 instances (DescribeInstances, NextToken paging), RDS DB instances
// (DescribeDBInstances) and Aurora clusters (DescribeDBClusters), both with Marker paging. DocumentDB and Neptune,
// which the RDS API lists too, are not servers this product schedules and are left out.
import 'server-only'
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2'
import { DescribeDBClustersCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds'
import type { ObservedServer } from '@/lib/domain/servers/observed-server'
import type { CallMeter } from '../call-meter'
import type { AwsClients } from '../clients'
import { AwsSourceError, toAwsSourceError } from '../errors'
import {
  type DbCluster,
  type DbInstance,
  clusterServer,
  dbInstanceServer,
  describeDbClustersPageSchema,
  describeDbInstancesPageSchema,
  describeInstancesPageSchema,
  ec2Servers,
  validate,
} from './transform'

const OTHER_ENGINES = /^(docdb|neptune)/

export async function listServers(
  aws: AwsClients,
  meter: CallMeter,
  region: string,
  signal?: AbortSignal,
): Promise<ObservedServer[]> {
  const instances: ObservedServer[] = []
  await pages('ec2:DescribeInstances', async (token) => {
    const raw = await call(meter, 'ec2:DescribeInstances', () =>
      aws
        .ec2(region)
        .send(new DescribeInstancesCommand({ MaxResults: 1000, NextToken: token }), { abortSignal: signal }),
    )
    const page = validate(describeInstancesPageSchema, raw, 'DescribeInstances')
    instances.push(...ec2Servers(region, page))
    return page.NextToken
  })
  const dbInstances: DbInstance[] = []
  await pages('rds:DescribeDBInstances', async (marker) => {
    const raw = await call(meter, 'rds:DescribeDBInstances', () =>
      aws
        .rds(region)
        .send(new DescribeDBInstancesCommand({ MaxRecords: 100, Marker: marker }), { abortSignal: signal }),
    )
    const page = validate(describeDbInstancesPageSchema, raw, 'DescribeDBInstances')
    dbInstances.push(...page.DBInstances.filter((db) => !OTHER_ENGINES.test(db.Engine)))
    return page.Marker
  })
  const clusters: DbCluster[] = []
  await pages('rds:DescribeDBClusters', async (marker) => {
    const raw = await call(meter, 'rds:DescribeDBClusters', () =>
      aws.rds(region).send(new DescribeDBClustersCommand({ MaxRecords: 100, Marker: marker }), { abortSignal: signal }),
    )
    const page = validate(describeDbClustersPageSchema, raw, 'DescribeDBClusters')
    clusters.push(...page.DBClusters.filter((cluster) => !OTHER_ENGINES.test(cluster.Engine)))
    return page.Marker
  })
  return [
    ...instances,
    ...dbInstances.map((db) => dbInstanceServer(region, db)),
    ...clusters.map((cluster) => clusterServer(region, cluster, dbInstances)),
  ]
}

/** Follows page tokens until there is none; a token given twice would loop forever, so it stops the run. */
async function pages(
  action: string,
  fetchPage: (token: string | undefined) => Promise<string | undefined>,
): Promise<void> {
  const seen = new Set<string>()
  let token: string | undefined
  do {
    token = (await fetchPage(token)) || undefined
    if (token !== undefined) {
      if (seen.has(token))
        throw new AwsSourceError(
          'pagination',
          `${action} returned the same page token twice; stopped to avoid a loop.`,
          { action },
        )
      seen.add(token)
    }
  } while (token !== undefined)
}

async function call<T extends { $metadata: { attempts?: number } }>(
  meter: CallMeter,
  action: string,
  send: () => Promise<T>,
): Promise<T> {
  meter.serversCall()
  try {
    const result = await send()
    meter.retried('servers', result.$metadata?.attempts)
    return result
  } catch (error) {
    throw toAwsSourceError(error, action)
  }
}
