import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

type Namespace = 'signIn' | 'setup'

/**
 * Hands a page seen before sign-in (sign-in, account setup) the messages of its own namespace and nothing else:
 * the root layout gives client components none, so that a stranger's page carries none of the dashboard's text.
 */
export async function PublicMessages({ namespace, children }: { namespace: Namespace; children: ReactNode }) {
  const messages = await getMessages()
  return <NextIntlClientProvider messages={{ [namespace]: messages[namespace] }}>{children}</NextIntlClientProvider>
}
