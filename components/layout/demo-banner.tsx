import { useTranslations } from 'next-intl'
import Link from 'next/link'

export function DemoBanner() {
  const t = useTranslations('shell.banners')
  return (
    <div className="banner banner-demo" role="status">
      <span>{t.rich('demo', { strong: (text) => <strong>{text}</strong> })}</span>
      <Link href="/settings">{t('removeDemo')}</Link>
    </div>
  )
}
