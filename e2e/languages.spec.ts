import { expect, test } from '@playwright/test'
import { watchHydration } from './hydration'
import { latinOnlyLabels } from './korean-scan'

// A Korean browser gets the dashboard in Korean (Accept-Language), the switcher's choice wins over the browser and
// is kept, and <html lang> follows; an English browser gets English. The server's text is the browser's in both.
test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('sees the shell and the Settings page in Korean, switches to English and back', async ({ page }) => {
    const expectSameText = watchHydration(page)
    await page.goto('/settings')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'AWS 연결' })).toBeVisible()
    await expect(page.getByRole('heading', { name: '데모 데이터' })).toBeVisible()
    await expect(page.getByRole('button', { name: '데모 데이터 삭제' })).toBeVisible()
    const navigation = page.getByRole('navigation', { name: '주 메뉴' })
    await expect(navigation.getByRole('link', { name: '비용' })).toBeVisible()
    await expect(navigation.getByRole('link', { name: '설정' })).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveTitle('설정 · Lambda FinOps')

    await page.getByTestId('language-switcher').selectOption('en')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Costs' })).toBeVisible()

    // The choice is kept: a new page of the same browser is in English although the browser asks for Korean.
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()

    await page.getByTestId('language-switcher').selectOption('ko')
    await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    expectSameText()
  })

  // The pages converted so far: no label left in English.
  // `open` names a button that shows more labels (a form) before the scan. An incident's details are not scanned yet:
  // its chart's series names come from the server in English.
  for (const { path, open } of [
    { path: '/settings' },
    { path: '/alerts', open: '새 규칙' },
    { path: '/ingestion' },
    { path: '/anomalies' },
    { path: '/simulator' },
  ]) {
    test(`${path} has no English label`, async ({ page }) => {
      const expectSameText = watchHydration(page)
      await page.goto(path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (open) await page.getByRole('button', { name: open }).first().click()
      expect(await latinOnlyLabels(page)).toEqual([])
      expectSameText()
    })
  }
})

// Before sign-in: the sign-in and setup pages carry their own messages (and only theirs), in the reader's language.
test.describe('a Korean stranger', () => {
  test.use({ locale: 'ko-KR', storageState: { cookies: [], origins: [] } })

  test('sees the sign-in and account setup pages in Korean', async ({ page }) => {
    const expectSameText = watchHydration(page)
    await page.goto('/sign-in')
    await expect(page.getByRole('heading', { level: 1, name: 'Lambda FinOps 로그인' })).toBeVisible()
    await expect(page.getByLabel('비밀번호')).toBeVisible()
    await expect(page).toHaveTitle('로그인 · Lambda FinOps')
    expect(await latinOnlyLabels(page)).toEqual([])
    await page.goto('/setup')
    await expect(page.getByRole('heading', { level: 1, name: '계정 설정' })).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: '#token' })).toHaveText(
      '이 페이지는 #token=… 부분까지 포함한 일회용 링크 전체가 필요합니다.',
    )
    expect(await latinOnlyLabels(page)).toEqual([])
    expectSameText()
  })
})

test('an English browser sees English', async ({ page }) => {
  const expectSameText = watchHydration(page)
  await page.goto('/settings')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByTestId('language-switcher')).toHaveValue('en')
  expectSameText()
})
