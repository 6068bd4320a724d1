import { useTranslations } from 'next-intl'
import { rolesHolding, type Permission } from '@/lib/domain/access/permissions'

/** What a signed-in person sees on a page their role may not open (the API answers 403). */
export function AccessDenied({ permission }: { permission: Permission }) {
  const t = useTranslations('shell.access')
  const roleName = useTranslations('shell.user.roles')
  const roles = rolesHolding(permission)
  return (
    <div className="state state-error" role="alert">
      <h1>{t('notAllowed')}</h1>
      <p>
        {t.rich('needs', {
          code: (text) => <code>{text}</code>,
          permission,
          roles: roles.map((role) => roleName(role)).join(t('and')),
          count: roles.length,
        })}
      </p>
    </div>
  )
}
