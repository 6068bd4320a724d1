import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { page, pageMetadata } from '@/lib/server/access/page'
import { listUsers } from '@/lib/server/auth/user-admin'
import { db } from '@/lib/server/db/prisma'
import { UsersPanel } from './_components/users-panel'

export const generateMetadata = pageMetadata({ permission: 'users:manage' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('users'))('title'),
}))
export const dynamic = 'force-dynamic'

// Settings → Users: who may sign in, with which role; admins only.
export default page({ permission: 'users:manage' }, async function UsersPage() {
  const [users, t] = await Promise.all([listUsers(db()), getTranslations('users')])
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
      </header>
      <UsersPanel users={users} />
    </>
  )
})
