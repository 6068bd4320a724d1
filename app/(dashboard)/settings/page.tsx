import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { env } from '@/lib/env'
import { page, pageMetadata } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { KOREAN_HOLIDAY_YEARS } from '@/lib/domain/holidays/korean-public-holidays'
import { clock } from '@/lib/server/clock'
import { getDemoDataStatus } from '@/lib/server/queries/get-demo-data-status'
import { listCompanyDaysOff } from '@/lib/server/stored/company-days-off'
import { CompanyDaysOffPanel } from './_components/company-days-off-panel'
import { DemoDataPanel } from './_components/demo-data-panel'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ permission: 'read' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('settings'))('title'),
}))
export const dynamic = 'force-dynamic'

/** What the connection needs: IAM action names, the same in every language. */
const READ_ONLY_ACTIONS = [
  'ce:GetCostAndUsage',
  'cloudwatch:GetMetricData',
  'lambda:ListFunctions',
  'lambda:GetFunctionEventInvokeConfig',
  'lambda:ListProvisionedConcurrencyConfigs',
  'lambda:GetFunctionConcurrency',
]

export default page({ permission: 'read' }, async function SettingsPage() {
  const [status, t, daysOff] = await Promise.all([
    getDemoDataStatus(db()),
    getTranslations('settings'),
    listCompanyDaysOff(db()),
  ])
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
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
      </header>
      <div className="grid grid-2">
        <DemoDataPanel initialStatus={status} />
        <section className="card" aria-labelledby="aws-title">
          <header>
            <h2 id="aws-title">{t('aws.title')}</h2>
          </header>
          <p className="muted">{t('aws.credentials', { actions: READ_ONLY_ACTIONS.join(', ') })}</p>
          <table className="table">
            <tbody>
              <tr>
                <th scope="row">AWS_REGION</th>
                <td>{config.AWS_REGION ?? t('aws.regionUnset')}</td>
              </tr>
              <tr>
                <th scope="row">AWS_PROFILE</th>
                <td>{config.AWS_PROFILE ?? t('aws.profileUnset')}</td>
              </tr>
              <tr>
                <th scope="row">{t('aws.memberAccounts')}</th>
                <td>
                  {config.FINOPS_AWS_MEMBER_ROLE_NAME
                    ? t('aws.memberRole', { role: config.FINOPS_AWS_MEMBER_ROLE_NAME })
                    : t('aws.memberNone')}
                </td>
              </tr>
              {endpoints.map(([label, url]) => (
                <tr key={label}>
                  <th scope="row">{t('aws.endpoint', { service: label })}</th>
                  <td>{url ?? t('aws.endpointDefault')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <CompanyDaysOffPanel
          daysOff={daysOff}
          year={Number(clock.today().slice(0, 4))}
          knownThrough={KOREAN_HOLIDAY_YEARS.at(-1)!}
        />
      </div>
    </>
  )
})
