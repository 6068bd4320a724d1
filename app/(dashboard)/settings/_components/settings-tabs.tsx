'use client'

import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useCaller } from '@/components/layout/caller-context'
import type { Permission } from '@/lib/domain/access/permissions'

// Settings' sections; the admin's are shown only to a role that may open them (each page checks anyway).
const TABS: { href: string; key: 'general' | 'users' | 'apiTokens'; permission: Permission }[] = [
  { href: '/settings', key: 'general', permission: 'read' },
  { href: '/settings/users', key: 'users', permission: 'users:manage' },
  { href: '/settings/tokens', key: 'apiTokens', permission: 'tokens:manage' },
]

export function SettingsTabs() {
  const t = useTranslations('settingsTabs')
  const pathname = usePathname()
  const permissions = useCaller()?.permissions ?? []
  const shown = TABS.filter((tab) => permissions.includes(tab.permission))
  if (shown.length < 2) return null
  return (
    <nav className="tabs" aria-label={t('label')}>
      {shown.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className="button"
          aria-current={pathname === tab.href ? 'page' : undefined}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  )
}
