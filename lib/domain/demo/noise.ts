// Deterministic noise addressed by key: the same (seed, key) always gives the same value, and any hour of any
// function can be generated on its own (the simulated AWS account answers arbitrary windows this way).

function hashString(text: string, seed: number): number {
  let h = seed ^ 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix(h)
}

/** MurmurHash3's finalizer: spreads every input bit over the output. */
function fmix(value: number): number {
  let h = value
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A uniform number in [0, 1) for the key. Numeric keys take a fast path (the generator's hot loop). */
export function uniform(seed: number, ...key: (string | number)[]): number {
  let h = seed >>> 0
  for (const part of key) {
    h =
      typeof part === 'number'
        ? fmix((h ^ Math.imul(part | 0, 0x9e3779b1) ^ ((part / 4294967296) | 0)) + 0x6a09e667)
        : hashString(part, h)
  }
  return fmix(h ^ key.length) / 4294967296
}

/** A stable 32-bit number for a name, to use as a numeric noise key. */
export function keyOf(name: string): number {
  return hashString(name, 0x2545f491)
}

/** A standard normal number for the key (Box-Muller). */
export function gaussian(seed: number, ...key: (string | number)[]): number {
  const u1 = Math.max(uniform(seed, ...key, 'g1'), 1e-12)
  const u2 = uniform(seed, ...key, 'g2')
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
}

/** `value` varied by a relative standard deviation, never below zero. */
export function jitter(value: number, relative: number, seed: number, ...key: (string | number)[]): number {
  return Math.max(0, value * (1 + relative * gaussian(seed, ...key)))
}

/** A count drawn around `mean`: Poisson-like spread for small means, normal for large ones. */
export function count(mean: number, seed: number, ...key: (string | number)[]): number {
  if (mean <= 0) return 0
  if (mean < 30) {
    // Inverse-transform sampling of a Poisson distribution.
    const u = uniform(seed, ...key, 'p')
    let k = 0
    let p = Math.exp(-mean)
    let cumulative = p
    while (u > cumulative && k < 200) {
      k += 1
      p *= mean / k
      cumulative += p
    }
    return k
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(seed, ...key, 'n')))
}
