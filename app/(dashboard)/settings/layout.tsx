import type { ReactNode } from 'react'
import { SettingsTabs } from './_components/settings-tabs'

// Settings and, for admins, its sections (users, API tokens, the audit log) under one navigation entry.
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SettingsTabs />
      {children}
    </>
  )
}
