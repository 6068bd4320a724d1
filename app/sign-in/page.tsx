import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { signInSearch } from '@/lib/search-params/sign-in'
import { page, pageMetadata } from '@/lib/server/access/page'
import { authSettings } from '@/lib/server/auth/auth-settings'
import { callerOfRender } from '@/lib/server/auth/caller'
import { PublicMessages } from '../_components/public-messages'
import { SignInForm } from './_components/sign-in-form'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ public: true }, async (): Promise<Metadata> => ({
  title: (await getTranslations('signIn'))('pageTitle'),
}))
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default page({ public: true }, async function SignInPage({ searchParams }: Props) {
  const read = signInSearch.read(await searchParams)
  const next = read.ok ? read.value.next : '/'
  if (await callerOfRender()) redirect(next)
  const sso = authSettings().sso
  const t = await getTranslations('signIn')
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('title')}</h1>
        <PublicMessages namespace="signIn">
          <SignInForm
            next={next}
            sso={sso ? { name: sso.name } : null}
            error={read.ok ? (read.value.error ?? null) : null}
          />
        </PublicMessages>
      </section>
    </main>
  )
})
