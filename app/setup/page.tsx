import type { Metadata } from 'next'
import { page } from '@/lib/server/access/page'
import { SetupForm } from './_components/setup-form'

export const metadata: Metadata = { title: 'Set up your account' }
export const dynamic = 'force-dynamic'

// The one-time link's secret is in the fragment (#token=…), which only the browser sees: the form reads it.
export default page({ public: true }, async function SetupPage() {
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="setup-title">
        <h1 id="setup-title">Set up your account</h1>
        <SetupForm />
      </section>
    </main>
  )
})
