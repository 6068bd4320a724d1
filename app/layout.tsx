import '@fontsource-variable/inter'
import './globals.css'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { themeAttribute } from '@/lib/theme'
import { themePreference } from '@/lib/server/http/theme-preference'
import { Providers } from './providers'

// Every page renders per request: its scripts carry the nonce of that request's Content-Security-Policy (proxy.ts).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Lambda FinOps', template: '%s · Lambda FinOps' },
  description: 'Where your AWS Lambda money goes, what it was expected to cost, and what to change.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The saved theme is rendered into the page, so it paints right the first time (globals.css, lib/theme.ts); the
  // reader's language (lib/server/i18n/request-config.ts) too. No messages here: the dashboard layout hands them to
  // client components once someone is signed in, so a page answered to a stranger carries none of the dashboard's text.
  return (
    <html lang={await getLocale()} data-theme={themeAttribute(await themePreference())}>
      <body>
        <NextIntlClientProvider messages={null}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
