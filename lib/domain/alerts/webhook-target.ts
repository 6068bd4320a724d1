// Where alert webhooks may point. A webhook URL is chosen by whoever can reach the dashboard, and the server
// posts to it from inside your network: without a policy it reaches the cloud's metadata service, databases
// and admin pages on the server's own network (SSRF). Public addresses are fine; loopback, private, carrier-
// grade NAT and unique-local ones only when the operator says so (an on-premises receiver); link-local,
// metadata, unspecified, multicast and reserved ones never.
import { type AddressRange, classifyIpAddress } from '@/lib/domain/network/ip-address-range'

export type WebhookTargetPolicy = { allowPrivateTargets: boolean }

const PRIVATE: ReadonlySet<AddressRange> = new Set(['loopback', 'private', 'shared', 'unique_local'])

const DESCRIPTION: Record<AddressRange, string> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private-network address',
  shared: 'a carrier-grade NAT address',
  unique_local: 'a unique-local IPv6 address',
  link_local: 'a link-local address',
  cloud_metadata: "the cloud's instance metadata service",
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
}

/** Why the server may not send to this IP address, or null when it may. Anything that is not an IP address is refused. */
export function addressRefusal(address: string, policy: WebhookTargetPolicy): string | null {
  const classified = classifyIpAddress(address)
  if (!classified) return `${address} is not an IP address.`
  return rangeRefusal(classified.address, classified.range, policy)
}

/**
 * The same policy on the URL's text, for a clear error when a rule is saved. A host name is judged only when it
 * is sent to, on the addresses it resolves to then (a name can resolve differently later).
 */
export function webhookUrlRefusal(url: string, policy: WebhookTargetPolicy): string | null {
  const hostname = new URL(url).hostname.replace(/\.$/, '').toLowerCase()
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return rangeRefusal(hostname, 'loopback', policy)
  const classified = classifyIpAddress(hostname)
  return classified ? rangeRefusal(classified.address, classified.range, policy) : null
}

function rangeRefusal(address: string, range: AddressRange, policy: WebhookTargetPolicy): string | null {
  if (range === 'public' || (PRIVATE.has(range) && policy.allowPrivateTargets)) return null
  const where = `${address} is ${DESCRIPTION[range]}`
  return PRIVATE.has(range)
    ? `${where}: alert webhooks reach loopback and private networks only when FINOPS_ALERT_ALLOW_PRIVATE_TARGETS=true.`
    : `${where}: alert webhooks never go there.`
}
