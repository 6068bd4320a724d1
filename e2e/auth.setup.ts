// Runs before every spec, as the first person to open a fresh install would: the one-time link `npm start`
// printed creates the first admin, who then signs in with e-mail and password. The signed-in browser state is
// what the other specs start from (playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs'
import { expect, test as setup } from '@playwright/test'
import { ADMIN, ADMIN_STATE_FILE, FIRST_ADMIN_LINK_FILE } from './support/admin'

setup('the first-admin link creates the admin, who signs in with a password', async ({ page }) => {
  // `npm start` prints the link just after the server answers.
  await expect.poll(() => existsSync(FIRST_ADMIN_LINK_FILE), { timeout: 30_000 }).toBe(true)
  const link = readFileSync(FIRST_ADMIN_LINK_FILE, 'utf8').trim()

  // Nothing works without signing in: a page sends the visitor to sign in, with the page to come back to.
  await page.goto('/costs')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcosts$/)

  await page.goto(link)
  await expect(page.getByText('Create the first admin.')).toBeVisible()
  // The secret leaves the address bar once read.
  expect(page.url()).not.toContain('token=')
  await page.getByLabel('E-mail').fill(ADMIN.email)
  await page.getByLabel('Name').fill(ADMIN.name)
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Password again').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Create the admin' }).click()
  await expect(page.getByText(`Sign in as ${ADMIN.email}`)).toBeVisible()

  // The link worked once (from another page: a link that differs only in its fragment would not load the page again).
  await page.goto('/sign-in')
  await page.goto(link)
  await expect(page.getByText(/This link was used already/)).toBeVisible()

  await page.goto('/sign-in?next=%2Fcosts')
  await page.getByLabel('E-mail').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/costs$/)
  await expect(page.getByTestId('caller-role')).toContainText(`${ADMIN.email} · admin`)
  await page.context().storageState({ path: ADMIN_STATE_FILE })
})
