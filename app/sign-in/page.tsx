import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { signInSearch } from '@/lib/search-params/sign-in'
import { page } from '@/lib/server/access/page'
import { authSettings } from '@/lib/server/auth/auth-settings'
import { callerOfRender } from '@/lib/server/auth/caller'
import { SignInForm } from './_components/sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default page({ public: true }, async function SignInPage({ searchParams }: Props) {
  const read = signInSearch.read(await searchParams)
  const next = read.ok ? read.value.next : '/'
  if (await callerOfRender()) redirect(next)
  const sso = authSettings().sso
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Lambda FinOps</h1>
        <SignInForm
          next={next}
          sso={sso ? { name: sso.name } : null}
          error={read.ok ? (read.value.error ?? null) : null}
        />
      </section>
    </main>
  )
})
