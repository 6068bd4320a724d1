// Every page (app/**/page.tsx) is declared with the permission its viewer must hold, in one call a page cannot
// leave out (page-access.test.ts fails for a page without it):
//
//   export default page({ permission: 'read' }, async function CostsPage({ searchParams }: Props) { … })
//
// The check runs here, on the server, each time the page renders: not in a layout (layouts do not render again
// on navigation) and not only in proxy.ts (which is never the check). Nobody signed in: a redirect to /sign-in
// with the page to come back to; a role without the permission: a page that says so (403 for the API).
import 'server-only'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createElement, type ReactNode } from 'react'
import { AccessDenied } from '@/components/layout/access-denied'
import { can } from '@/lib/domain/access/permissions'
import { signInPath } from '@/lib/domain/access/return-path'
import { type Caller, callerOfRender } from '@/lib/server/auth/caller'
import { REQUEST_PATH_HEADER } from '@/lib/server/http/request-path'
import type { RouteAccess } from '@/lib/server/http/route'

export type PageAccess = RouteAccess

/** A page component as Next renders it, carrying what it declared. */
export type DeclaredPage<P> = ((props: P) => Promise<ReactNode>) & { readonly access: PageAccess }

/** The signed-in caller of this render, or a redirect to /sign-in that comes back to this page. */
export async function signedInCaller(): Promise<Caller> {
  const caller = await callerOfRender()
  if (!caller) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)))
  return caller
}

/** The caller allowed to see a page ('denied' for a role without its permission); null for a public page. */
async function pageCaller(access: PageAccess): Promise<Caller | 'denied' | null> {
  if (access.public) return null
  const caller = await signedInCaller()
  return can(caller.role, access.permission) ? caller : 'denied'
}

export function page<P>(access: PageAccess, render: (props: P) => ReactNode | Promise<ReactNode>): DeclaredPage<P> {
  const Page = async (props: P) => {
    const caller = await pageCaller(access)
    if (caller === 'denied') return createElement(AccessDenied, { permission: access.permission! })
    return render(props)
  }
  return Object.assign(Page, { access })
}

/** A page's generateMetadata, under the same permission as the page (a title may name what it shows). */
export function pageMetadata<P>(
  access: PageAccess,
  generate: (props: P) => Promise<Metadata>,
): (props: P) => Promise<Metadata> {
  return Object.assign(
    async (props: P) => {
      const caller = await pageCaller(access)
      return caller === 'denied' ? { title: 'Not allowed' } : generate(props)
    },
    { access },
  )
}
