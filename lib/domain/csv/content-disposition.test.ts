import { describe, expect, it } from 'vitest'
import { attachmentHeader } from './content-disposition'

describe('attachmentHeader', () => {
  it('keeps an ASCII name as is in both forms', () => {
    expect(attachmentHeader('costs_2026-10-01_2026-10-31.csv')).toBe(
      `attachment; filename="costs_2026-10-01_2026-10-31.csv"; filename*=UTF-8''costs_2026-10-01_2026-10-31.csv`,
    )
  })

  it('gives a Korean name an ASCII fallback and the exact UTF-8 name', () => {
    const header = attachmentHeader('비용_2026-10.csv')
    expect(header).toBe(`attachment; filename="_2026-10.csv"; filename*=UTF-8''%EB%B9%84%EC%9A%A9_2026-10.csv`)
    expect(decodeURIComponent(header.split("''")[1]!)).toBe('비용_2026-10.csv')
  })

  it('never lets quotes, semicolons or line breaks into the header', () => {
    const header = attachmentHeader('a"b;c\r\nd.csv')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header.match(/"/g)).toHaveLength(2)
    expect(header).toContain('filename="a_b_c_d.csv"')
  })
})
