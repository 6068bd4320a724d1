import { useTranslations } from 'next-intl'
import Link from 'next/link'

export default function NotFound() {
  const t = useTranslations('shell.pages.notFound')
  return (
    <main className="state">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <Link href="/">{t('back')}</Link>
    </main>
  )
}
