// Identity of a function configuration, to store a snapshot only when something changed. Canonical JSON
// (sorted keys) hashed with two FNV-1a variants: 64 bits, no crypto needed for change detection. Every source
// hashes a whole FunctionConfig, so hashes compare across ingestion and the demo.
import type { FunctionConfig } from './function-config'

export function configHash(config: Partial<FunctionConfig>): string {
  const canonical = JSON.stringify(
    Object.keys(config)
      .sort()
      .map((key) => [key, config[key as keyof FunctionConfig] ?? null]),
  )
  return `${fnv1a(canonical, 0x811c9dc5).toString(16).padStart(8, '0')}${fnv1a(canonical, 0x01000193).toString(16).padStart(8, '0')}`
}

function fnv1a(text: string, offset: number): number {
  let hash = offset
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
