import { describe, expect, it } from 'vitest'
import { configHash } from './config-hash'

describe('configHash', () => {
  it('ignores key order and changes with any value', () => {
    const a = configHash({ memoryMb: 512, architecture: 'arm64', timeoutSeconds: 30 })
    expect(configHash({ timeoutSeconds: 30, architecture: 'arm64', memoryMb: 512 })).toBe(a)
    expect(configHash({ memoryMb: 1024, architecture: 'arm64', timeoutSeconds: 30 })).not.toBe(a)
    expect(configHash({ memoryMb: 512, architecture: 'arm64', timeoutSeconds: 30, runtime: null })).not.toBe(a)
    expect(a).toMatch(/^[0-9a-f]{16}$/)
  })
})
