import { describe, expect, test } from 'vitest'
import { schedulability } from './schedulable'

describe('schedulability', () => {
  test('EC2 instances, standalone DB instances and Aurora clusters can be scheduled, stopped or running', () => {
    expect(schedulability({ kind: 'ec2', state: 'stopped' })).toEqual({ schedulable: true, reason: null })
    expect(schedulability({ kind: 'ec2', state: 'running' })).toEqual({ schedulable: true, reason: null })
    expect(schedulability({ kind: 'rds', state: 'available', replicaOf: null, replicas: [], clusterId: null })).toEqual(
      { schedulable: true, reason: null },
    )
    expect(schedulability({ kind: 'aurora', state: 'stopped' })).toEqual({ schedulable: true, reason: null })
  })

  test('read replicas, their sources and Aurora members are listed with the reason RDS refuses them', () => {
    expect(schedulability({ kind: 'rds', state: 'available', replicaOf: 'dev-db' })).toEqual({
      schedulable: false,
      reason: 'A read replica of dev-db: RDS cannot stop a read replica.',
    })
    expect(schedulability({ kind: 'rds', state: 'available', replicas: ['dev-db-replica'] })).toEqual({
      schedulable: false,
      reason: 'It has read replicas (dev-db-replica): RDS cannot stop a DB instance that has read replicas.',
    })
    expect(schedulability({ kind: 'rds', state: 'stopped', clusterId: 'dev-aurora' })).toEqual({
      schedulable: false,
      reason: 'An Aurora member instance starts and stops with its cluster: schedule the cluster dev-aurora instead.',
    })
  })

  test('a terminated or terminating EC2 instance cannot be scheduled', () => {
    expect(schedulability({ kind: 'ec2', state: 'terminated' }).schedulable).toBe(false)
    expect(schedulability({ kind: 'ec2', state: 'shutting-down' }).reason).toMatch(/cannot be started again/)
  })
})
