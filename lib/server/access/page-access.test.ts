// Every page declares who may see it with page({ permission }, …) (lib/server/access/page.ts), and a page's
// generateMetadata with pageMetadata: a page.tsx that exports its component any other way fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PERMISSIONS } from '@/lib/domain/access/permissions'

/** Pages anyone may open: signing in and setting a password from a one-time link. */
const PUBLIC_PAGES = [path.join('app', 'sign-in', 'page.tsx'), path.join('app', 'setup', 'page.tsx')]

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return pageFiles(full)
    return entry === 'page.tsx' ? [full] : []
  })
}

// Whitespace-tolerant: the formatter breaks a long declaration across lines.
const DECLARATION = /^export default page\(\s*\{\s*(?:permission: '([\w:-]+)'|public: true)\s*\},\s/m

/** What a page declares, or why it does not. */
function pageDeclaration(source: string): { permission: string } | { public: true } | { problem: string } {
  const exports = source.match(/^export default /gm) ?? []
  if (exports.length !== 1) return { problem: 'has no single default export' }
  const declared = source.match(DECLARATION)
  if (!declared) return { problem: "does not export its component as page({ permission: '…' }, …)" }
  if (/export (async )?function generateMetadata|export const generateMetadata = (?!pageMetadata\()/.test(source))
    return { problem: 'exports generateMetadata without pageMetadata({ permission }, …)' }
  return declared[1] ? { permission: declared[1] } : { public: true }
}

describe('every page declares its permission', () => {
  const pages = pageFiles('app').map((file) => ({ file, declaration: pageDeclaration(readFileSync(file, 'utf8')) }))

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(8)
  })

  it.each(pages)('$file', ({ file, declaration }) => {
    if ('problem' in declaration) throw new Error(`${file} ${declaration.problem}`)
    if ('public' in declaration) expect(PUBLIC_PAGES, `${file} is public but not a sign-in page`).toContain(file)
    else expect(PERMISSIONS).toContain(declaration.permission)
  })

  it('refuses a page without a declaration, with a misspelt one, or with unguarded metadata', () => {
    expect(pageDeclaration('export default async function Page() { return null }')).toHaveProperty('problem')
    expect(
      pageDeclaration("export default page({ permission: 'read' }, async function Page() { return null })"),
    ).toEqual({ permission: 'read' })
    expect(pageDeclaration('export default page({ public: true }, async function Page() { return null })')).toEqual({
      public: true,
    })
    expect(
      pageDeclaration(
        "export async function generateMetadata() { return {} }\nexport default page({ permission: 'read' }, Page)",
      ),
    ).toHaveProperty('problem')
    expect(
      pageDeclaration(
        "export const generateMetadata = pageMetadata({ permission: 'read' }, meta)\nexport default page({ permission: 'read' }, Page)",
      ),
    ).toEqual({ permission: 'read' })
  })
})
