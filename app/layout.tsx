import '@fontsource-variable/inter'
import './globals.css'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { Providers } from './providers'

// Every page renders per request: its scripts carry the nonce of that request's Content-Security-Policy (proxy.ts).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Lambda FinOps', template: '%s · Lambda FinOps' },
  description: 'Where your AWS Lambda money goes, what it was expected to cost, and what to change.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  )
}
