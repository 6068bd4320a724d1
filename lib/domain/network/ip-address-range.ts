// Which kind of network an IP address belongs to, for deciding where the server may send requests (alert
// webhooks). Every spelling an attacker might use is reduced to one form first: the WHATWG URL parser turns
// 2130706433, 0x7f000001, 0177.0.0.1 and 127.1 into 127.0.0.1 and writes IPv6 as eight hex groups, and IPv6
// forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64, 6to4) are judged by it.

export type AddressRange =
  | 'public'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'unique_local'
  | 'link_local'
  | 'cloud_metadata'
  | 'unspecified'
  | 'multicast'
  | 'reserved'

/** The address in canonical form (IPv4 dotted, IPv6 without brackets) and its range; null when `text` is not an IP address. */
export function classifyIpAddress(text: string): { address: string; range: AddressRange } | null {
  const hostname = canonicalHostname(text)
  if (hostname === null) return null
  if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) return { address: hostname, range: ipv4Range(ipv4Number(hostname)) }
  if (hostname.startsWith('[')) {
    const address = hostname.slice(1, -1)
    return { address, range: ipv6Range(ipv6Groups(address)) }
  }
  return null
}

function canonicalHostname(text: string): string | null {
  const candidate = text.includes(':') && !text.startsWith('[') ? `[${text}]` : text
  try {
    return new URL(`http://${candidate}`).hostname
  } catch {
    return null
  }
}

function ipv4Number(dotted: string): number {
  return dotted.split('.').reduce((value, part) => value * 256 + Number(part), 0)
}

type Block = [base: string, prefix: number, range: AddressRange]

// Most specific first: the first block that contains the address names its range.
const IPV4_BLOCKS: Block[] = [
  ['169.254.169.254', 32, 'cloud_metadata'], // AWS, GCP, Azure, OpenStack instance metadata
  ['169.254.170.2', 32, 'cloud_metadata'], // ECS task metadata and credentials
  ['100.100.100.200', 32, 'cloud_metadata'], // Alibaba Cloud metadata
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'], // carrier-grade NAT
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link_local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes 255.255.255.255
]

const IPV4_RANGES = IPV4_BLOCKS.map(([base, prefix, range]) => {
  const size = 2 ** (32 - prefix)
  const start = ipv4Number(base) - (ipv4Number(base) % size)
  return { start, end: start + size - 1, range }
})

function ipv4Range(value: number): AddressRange {
  return IPV4_RANGES.find((block) => value >= block.start && value <= block.end)?.range ?? 'public'
}

/** Eight 16-bit groups of a canonical IPv6 address (hex groups, at most one `::`). */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::')
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const front = parse(head)
  const back = tail === undefined ? [] : parse(tail)
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back]
}

function ipv6Range(g: number[]): AddressRange {
  const embedded = (high: number, low: number) => ipv4Range(high * 65536 + low)
  const zeros = (from: number, to: number) => g.slice(from, to).every((group) => group === 0)
  if (zeros(0, 8)) return 'unspecified'
  if (zeros(0, 7) && g[7] === 1) return 'loopback'
  if (zeros(0, 5) && g[5] === 0xffff) return embedded(g[6]!, g[7]!) // IPv4-mapped
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return embedded(g[6]!, g[7]!) // IPv4-translated (SIIT)
  if (zeros(0, 6)) return embedded(g[6]!, g[7]!) // IPv4-compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return embedded(g[6]!, g[7]!) // NAT64
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'private' // local-use NAT64
  if (g[0] === 0x2002) return embedded(g[1]!, g[2]!) // 6to4
  if (g[0] === 0xfd00 && g[1] === 0xec2 && zeros(2, 7) && g[7] === 0x254) return 'cloud_metadata' // AWS over IPv6
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique_local'
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link_local'
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast'
  if (g[0] === 0x2001 && g[1]! < 0x200) return 'reserved' // IETF protocol assignments: Teredo, ORCHID, benchmarking
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved' // documentation
  if ((g[0]! & 0xe000) === 0x2000) return 'public'
  return 'reserved'
}
