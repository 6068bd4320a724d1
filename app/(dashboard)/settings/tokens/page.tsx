import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { page, pageMetadata } from '@/lib/server/access/page'
import { listApiTokens } from '@/lib/server/auth/api-tokens'
import { db } from '@/lib/server/db/prisma'
import { ApiTokensPanel } from './_components/api-tokens-panel'

export const generateMetadata = pageMetadata({ permission: 'tokens:manage' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('apiTokens'))('title'),
}))
export const dynamic = 'force-dynamic'

// Settings → API tokens: tokens for scripts, made (shown once), listed and revoked; admins only.
export default page({ permission: 'tokens:manage' }, async function ApiTokensPage() {
  const [tokens, t] = await Promise.all([listApiTokens(db()), getTranslations('apiTokens')])
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
      </header>
      <ApiTokensPanel tokens={tokens} />
    </>
  )
})
