// Every page (app/**/page.tsx) is declared with the permission its viewer must hold, in one call a page cannot
// leave out (page-access.test.ts fails for a page without it):
//
//   export default page({ permission: 'read' }, async function CostsPage({ searchParams }: Props) { … })
//
// The check runs here, on the server, each time the page renders: not in a layout (layouts do not render again
// on navigation) and not only in proxy.ts (which may redirect early, but is never the check).
import 'server-only'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import type { RouteAccess } from '@/lib/server/http/route'

export type PageAccess = RouteAccess

/** A page component as Next renders it, carrying what it declared. */
export type DeclaredPage<P> = ((props: P) => Promise<ReactNode>) & { readonly access: PageAccess }

export function page<P>(access: PageAccess, render: (props: P) => ReactNode | Promise<ReactNode>): DeclaredPage<P> {
  const Page = async (props: P) => render(props)
  return Object.assign(Page, { access })
}

/** A page's generateMetadata, under the same permission as the page (a title may name what it shows). */
export function pageMetadata<P>(access: PageAccess, generate: (props: P) => Promise<Metadata>): (props: P) => Promise<Metadata> {
  return Object.assign(async (props: P) => generate(props), { access })
}
