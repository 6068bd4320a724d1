import { formatAccount } from '@/lib/format'

/** An AWS account as people know it: its name first, the 12-digit id beside it for matching against AWS. */
export function AccountName({ id, name }: { id: string; name: string }) {
  if (name === id) return <span>{id}</span>
  return (
    <span title={formatAccount({ id, name })}>
      {name} <span className="muted">{id}</span>
    </span>
  )
}
