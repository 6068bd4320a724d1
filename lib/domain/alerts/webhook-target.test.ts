import { describe, expect, it } from 'vitest'
import { classifyIpAddress } from '@/lib/domain/network/ip-address-range'
import { addressRefusal, webhookUrlRefusal } from './webhook-target'

const strict = { allowPrivateTargets: false }
const onPremises = { allowPrivateTargets: true }

// address, range, allowed by default, allowed with FINOPS_ALERT_ALLOW_PRIVATE_TARGETS
const TABLE: [string, string, boolean, boolean][] = [
  ['93.184.215.14', 'public', true, true],
  ['8.8.8.8', 'public', true, true],
  ['2606:4700::6810:84e5', 'public', true, true],
  ['127.0.0.1', 'loopback', false, true],
  ['127.255.255.254', 'loopback', false, true],
  ['::1', 'loopback', false, true],
  ['10.0.0.1', 'private', false, true],
  ['172.16.0.1', 'private', false, true],
  ['172.31.255.255', 'private', false, true],
  ['172.32.0.1', 'public', true, true],
  ['192.168.1.1', 'private', false, true],
  ['100.64.0.1', 'shared', false, true],
  ['100.127.255.255', 'shared', false, true],
  ['100.128.0.1', 'public', true, true],
  ['fc00::1', 'unique_local', false, true],
  ['fd12:3456::1', 'unique_local', false, true],
  ['169.254.169.254', 'cloud_metadata', false, false],
  ['169.254.170.2', 'cloud_metadata', false, false],
  ['100.100.100.200', 'cloud_metadata', false, false],
  ['fd00:ec2::254', 'cloud_metadata', false, false],
  ['169.254.1.1', 'link_local', false, false],
  ['fe80::1', 'link_local', false, false],
  ['0.0.0.0', 'unspecified', false, false],
  ['0.1.2.3', 'unspecified', false, false],
  ['::', 'unspecified', false, false],
  ['224.0.0.1', 'multicast', false, false],
  ['ff02::1', 'multicast', false, false],
  ['255.255.255.255', 'reserved', false, false],
  ['240.0.0.1', 'reserved', false, false],
  ['192.0.2.1', 'reserved', false, false],
  ['198.18.0.1', 'reserved', false, false],
  ['2001:db8::1', 'reserved', false, false],
  ['2001::1', 'reserved', false, false], // Teredo
  ['100::1', 'reserved', false, false],
  // IPv6 spellings of IPv4 addresses are judged by the IPv4 address they carry.
  ['::ffff:127.0.0.1', 'loopback', false, true],
  ['::ffff:7f00:1', 'loopback', false, true],
  ['::ffff:169.254.169.254', 'cloud_metadata', false, false],
  ['::ffff:0:10.0.0.1', 'private', false, true],
  ['::127.0.0.1', 'loopback', false, true],
  ['::ffff:8.8.8.8', 'public', true, true],
  ['64:ff9b::169.254.169.254', 'cloud_metadata', false, false],
  ['64:ff9b::8.8.8.8', 'public', true, true],
  ['2002:7f00:1::', 'loopback', false, true], // 6to4 of 127.0.0.1
  ['2002:a9fe:a9fe::1', 'cloud_metadata', false, false], // 6to4 of 169.254.169.254
  // Numeric, hex and octal spellings of IPv4.
  ['2130706433', 'loopback', false, true],
  ['0x7f000001', 'loopback', false, true],
  ['0177.0.0.1', 'loopback', false, true],
  ['127.1', 'loopback', false, true],
  ['0xa9.0xfe.0xa9.0xfe', 'cloud_metadata', false, false],
  ['0', 'unspecified', false, false],
]

describe('webhook target policy', () => {
  it.each(TABLE)(
    '%s is %s (default: %s, with private targets allowed: %s)',
    (address, range, byDefault, withSetting) => {
      expect(classifyIpAddress(address)?.range).toBe(range)
      expect(addressRefusal(address, strict) === null).toBe(byDefault)
      expect(addressRefusal(address, onPremises) === null).toBe(withSetting)
    },
  )

  it('refuses what is not an address at all', () => {
    for (const text of ['example.com', '1.2.3.4.5', 'fe80::1%eth0', '']) {
      expect(classifyIpAddress(text)).toBeNull()
      expect(addressRefusal(text, onPremises)).toMatch(/not an IP address/)
    }
  })

  it('says why, naming the setting when it would help', () => {
    expect(addressRefusal('10.1.2.3', strict)).toBe(
      '10.1.2.3 is a private-network address: alert webhooks reach loopback and private networks only when FINOPS_ALERT_ALLOW_PRIVATE_TARGETS=true.',
    )
    expect(addressRefusal('169.254.169.254', onPremises)).toBe(
      "169.254.169.254 is the cloud's instance metadata service: alert webhooks never go there.",
    )
  })

  it('judges URLs by their host as written: IP literals in any spelling and localhost; names are judged when sent to', () => {
    const refused = [
      'http://127.0.0.1:9/hook',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost:8080/',
      'http://LOCALHOST./',
      'http://api.localhost/',
      'http://[::1]/',
      'https://10.0.0.8/hook',
    ]
    for (const url of refused) expect(webhookUrlRefusal(url, strict), url).not.toBeNull()
    for (const url of refused) expect(webhookUrlRefusal(url, onPremises), url).toBeNull()
    expect(webhookUrlRefusal('http://169.254.169.254/latest/meta-data/', onPremises)).toMatch(/never/)
    expect(webhookUrlRefusal('http://[fd00:ec2::254]/', onPremises)).toMatch(/never/)
    for (const url of ['https://hooks.slack.com/services/T0/B0/x', 'https://8.8.8.8/hook', 'http://internal.corp/hook'])
      expect(webhookUrlRefusal(url, strict), url).toBeNull()
  })
})
