'use client'

import { createContext, type ReactNode, useContext } from 'react'
import type { Permission } from '@/lib/domain/access/permissions'
import type { CallerInfo } from '@/lib/schemas/access'

const CallerContext = createContext<CallerInfo | null>(null)

/** Who is signed in, for the browser: it hides what the caller may not do (the server refuses it anyway). */
export function CallerProvider({ caller, children }: { caller: CallerInfo; children: ReactNode }) {
  return <CallerContext.Provider value={caller}>{children}</CallerContext.Provider>
}

export function useCaller(): CallerInfo | null {
  return useContext(CallerContext)
}

/** Whether the signed-in caller's role holds a permission (false outside the dashboard). */
export function useCan(permission: Permission): boolean {
  return useCaller()?.permissions.includes(permission) ?? false
}
