import { useTranslations } from 'next-intl'
import { LoadingBlock } from '@/components/ui/states'

export default function Loading() {
  const t = useTranslations('shell.pages.loading')
  return (
    <div className="grid">
      <LoadingBlock height={48} label={t('page')} />
      <LoadingBlock height={320} label={t('content')} />
    </div>
  )
}
