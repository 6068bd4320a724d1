import type { Metadata } from 'next'
import { env } from '@/lib/env'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getDemoDataStatus } from '@/lib/server/queries/get-demo-data-status'
import { DemoDataPanel } from './_components/demo-data-panel'

export const metadata: Metadata = { title: 'Settings' }
export const dynamic = 'force-dynamic'

export default page({ permission: 'read' }, async function SettingsPage() {
  const status = await getDemoDataStatus(db())
  const config = env()
  const endpoints = [
    ['Cost Explorer', config.AWS_ENDPOINT_URL_COST_EXPLORER],
    ['CloudWatch', config.AWS_ENDPOINT_URL_CLOUDWATCH],
    ['Lambda', config.AWS_ENDPOINT_URL_LAMBDA],
    ['STS', config.AWS_ENDPOINT_URL_STS],
  ] as const
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p>Demo data and the AWS connection.</p>
        </div>
      </header>
      <div className="grid grid-2">
        <DemoDataPanel initialStatus={status} />
        <section className="card" aria-labelledby="aws-title">
          <header>
            <h2 id="aws-title">AWS connection</h2>
          </header>
          <p className="muted">
            Credentials come only from the standard AWS SDK chain (environment, AWS_PROFILE, SSO, instance or task role). Nothing
            secret is stored in the database or shown here. Grant read-only access: ce:GetCostAndUsage, cloudwatch:GetMetricData,
            lambda:ListFunctions, lambda:GetFunctionEventInvokeConfig, lambda:ListProvisionedConcurrencyConfigs, lambda:GetFunctionConcurrency.
          </p>
          <table className="table">
            <tbody>
              <tr>
                <th scope="row">AWS_REGION</th>
                <td>{config.AWS_REGION ?? 'not set (the SDK default chain decides)'}</td>
              </tr>
              <tr>
                <th scope="row">AWS_PROFILE</th>
                <td>{config.AWS_PROFILE ?? 'not set'}</td>
              </tr>
              <tr>
                <th scope="row">Member accounts</th>
                <td>
                  {config.FINOPS_AWS_MEMBER_ROLE_NAME
                    ? `read through the role ${config.FINOPS_AWS_MEMBER_ROLE_NAME} in each linked account (sts:AssumeRole)`
                    : "not read: only the credentials' own account (set FINOPS_AWS_MEMBER_ROLE_NAME)"}
                </td>
              </tr>
              {endpoints.map(([label, url]) => (
                <tr key={label}>
                  <th scope="row">{label} endpoint</th>
                  <td>{url ?? 'AWS default'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  )
})
