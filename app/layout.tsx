import '@fontsource-variable/inter'
import './globals.css'
import type { Metadata } from 'next'
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
  // The saved theme is rendered into the page, so it paints right the first time (globals.css, lib/theme.ts).
  return (
    <html lang="en" data-theme={themeAttribute(await themePreference())}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  )
}
