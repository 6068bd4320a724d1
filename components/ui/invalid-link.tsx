import { useTranslations } from 'next-intl'
import Link from 'next/link'

/**
 * A page whose URL does not validate: what is wrong, by parameter, and the way to the page's default view.
 * (Next.js answers pages with 200 whatever they render; ids that cannot exist are a 404 through notFound().)
 */
export function InvalidLink({
  title,
  problem,
  defaultHref,
  defaultLabel,
}: {
  title: string
  problem: string
  defaultHref: string
  defaultLabel: string
}) {
  const t = useTranslations('ui')
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
        </div>
      </header>
      <div className="state state-error" role="alert" data-testid="invalid-link">
        <h2>{t('invalidLink')}</h2>
        <p>{problem}</p>
        <p>
          <Link href={defaultHref}>{defaultLabel}</Link>
        </p>
      </div>
    </>
  )
}
