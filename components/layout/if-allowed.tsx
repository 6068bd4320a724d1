'use client'

import type { ReactNode } from 'react'
import type { Write } from '@/lib/query/define-write'
import { useCan } from './caller-context'

/** Renders its children only when the signed-in caller may make the write (the API refuses it anyway: 403). */
export function IfAllowed({
  write,
  children,
  otherwise = null,
}: {
  write: Pick<Write<never, unknown>, 'permission'>
  children: ReactNode
  otherwise?: ReactNode
}) {
  return useCan(write.permission) ? children : otherwise
}
