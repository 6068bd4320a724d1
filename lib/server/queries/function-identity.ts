// Who a function is, as every page names it: its name, its account's name with the id beside, its region.
import 'server-only'

/** The Prisma `select` of a function's identity (its account's name included). */
export const functionIdentitySelect = {
  id: true,
  name: true,
  accountId: true,
  region: true,
  account: { select: { name: true } },
} as const

/** A selected function with `account.name` flattened to `accountName`, the DTOs' spelling. */
export function withAccountName<T extends { account: { name: string } }>({
  account,
  ...rest
}: T): Omit<T, 'account'> & { accountName: string } {
  return { ...rest, accountName: account.name }
}
