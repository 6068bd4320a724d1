import { rolesHolding, type Permission } from '@/lib/domain/access/permissions'

/** What a signed-in person sees on a page their role may not open (the API answers 403). */
export function AccessDenied({ permission }: { permission: Permission }) {
  return (
    <div className="state state-error" role="alert">
      <h1>Not allowed</h1>
      <p>
        This page needs the <code>{permission}</code> permission, which the {rolesHolding(permission).join(' and ')} role
        {rolesHolding(permission).length === 1 ? '' : 's'} hold. Ask an admin to change your role.
      </p>
    </div>
  )
}
