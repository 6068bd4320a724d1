import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { page, pageMetadata } from '@/lib/server/access/page'
import { PublicMessages } from '../_components/public-messages'
import { SetupForm } from './_components/setup-form'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ public: true }, async (): Promise<Metadata> => ({
  title: (await getTranslations('setup'))('pageTitle'),
}))
export const dynamic = 'force-dynamic'

// The one-time link's secret is in the fragment (#token=…), which only the browser sees: the form reads it.
export default page({ public: true }, async function SetupPage() {
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="setup-title">
        <h1 id="setup-title">{(await getTranslations('setup'))('pageTitle')}</h1>
        <PublicMessages namespace="setup">
          <SetupForm />
        </PublicMessages>
      </section>
    </main>
  )
})
