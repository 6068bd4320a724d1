import type { Architecture } from '../../functions/function-config'
import type { DurationTier, Rate, RateCard, RateStatus } from '../rate-card-types'

// Sources as tagged in docs/aws-facts.md (S13 pricing page, S14 INIT blog, S21 calculator map, S22 Price List dumps, S27 EC2 tables).
const LAMBDA_PRICING_PAGE = 'https://aws.amazon.com/lambda/pricing/'
const CALCULATOR_MAP = 'https://calculator.aws/pricing/2.0/meteredUnitMaps/lambda/USD/current/lambda.json'
const PRICE_LIST = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/index.json'
const INIT_BLOG = 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/'
const EC2_PRICING_PAGE = 'https://aws.amazon.com/ec2/pricing/on-demand/'
const RDS_POSTGRES_PRICING_PAGE = 'https://aws.amazon.com/rds/postgresql/pricing/'
const AURORA_PRICING_PAGE = 'https://aws.amazon.com/rds/aurora/pricing/'

const THIRD_PARTY = 'third-party copy of AWS data'
const CALCULATOR_COPY =
  'third-party copy of the calculator map (remotion-dev/remotion, packages/lambda pricing/price-per-1-s.ts)'
// A public research note (2025-03-25) quoting the AWS Price List API for ap-northeast-2, found by code search.
const SEOUL_PRICE_LIST = 'third-party note quoting the AWS Price List API for ap-northeast-2 (2025-03-25)'
const EC2_TABLE = "third-party EC2 price table (an AWS cost tool's ec2HourlyByRegion, found by code search)"
const EC2_PROVIDER = 'third-party table of GetProducts answers (guan840912/ec2-pricing-provider README)'

// When the sources were read: the first card's research, and the offered regions added later.
const READ_2026_08 = '2026-08-01'
const READ_2026_12 = '2026-12-07'

function rate(usd: string, source: string, status: RateStatus, note?: string, asOf = READ_2026_08): Rate {
  return note ? { usd, source, status, note, asOf } : { usd, source, status, asOf }
}

// The offered regions' rates: the calculator map's per-region prices (secondary); what it lacks is derived or
// assumed, and says so (unconfirmed).
const calc = (usd: string) => rate(usd, CALCULATOR_MAP, 'secondary', CALCULATOR_COPY, READ_2026_12)
const armDerived = (usd: string) =>
  rate(
    usd,
    CALCULATOR_MAP,
    'unconfirmed',
    "derived: 80% of the region's x86 rate, the Arm/x86 ratio in every region with a source (us-east-1, Seoul)",
    READ_2026_12,
  )
const tierLikeUsEast1 = (usd: string) =>
  rate(
    usd,
    PRICE_LIST,
    'unconfirmed',
    "assumed equal to us-east-1's tier (the region's tier 1 is us-east-1's)",
    READ_2026_12,
  )
const tierScaled = (usd: string) =>
  rate(usd, PRICE_LIST, 'unconfirmed', "derived: the region's tier 1 × us-east-1's tier ratio (0.9, 0.8)", READ_2026_12)
const assumedLike = (region: string) => (usd: string) =>
  rate(usd, CALCULATOR_MAP, 'unconfirmed', `no source found for this region; assumed equal to ${region}`, READ_2026_12)
const likeMumbai = assumedLike('Asia Pacific (Mumbai)')
const likeSingapore = assumedLike('Asia Pacific (Singapore)')
const likeSydney = assumedLike('Asia Pacific (Sydney)')

/** Monthly duration tiers: AWS's boundaries are 6 and 15 billion GB-s for x86, 7.5 and 18.75 billion for Arm. */
function tiers(architecture: Architecture, first: Rate, second: Rate, third: Rate): DurationTier[] {
  const [firstEnd, secondEnd] =
    architecture === 'x86_64' ? ['6000000000', '15000000000'] : ['7500000000', '18750000000']
  return [
    { upToGbSeconds: firstEnd, rate: first },
    { upToGbSeconds: secondEnd, rate: second },
    { upToGbSeconds: null, rate: third },
  ]
}

const verified = (usd: string) => rate(usd, LAMBDA_PRICING_PAGE, 'verified')
const priceList = (usd: string) => rate(usd, PRICE_LIST, 'secondary', THIRD_PARTY)
const calculator = (usd: string) => rate(usd, CALCULATOR_MAP, 'secondary', THIRD_PARTY)
const seoulPriceList = (usd: string) => rate(usd, PRICE_LIST, 'secondary', SEOUL_PRICE_LIST, READ_2026_12)
const ec2 = (usd: string, note = 'third-party EC2 price tables (aws-facts S27)') =>
  rate(usd, EC2_PRICING_PAGE, 'secondary', note)
const ec2Believed = (usd: string) =>
  rate(usd, EC2_PRICING_PAGE, 'unconfirmed', 'believed value; no source found (aws-facts §5)')
const ec2Table = (usd: string) => rate(usd, EC2_PRICING_PAGE, 'secondary', EC2_TABLE, READ_2026_12)
// RDS and Aurora instances (Single-AZ; Aurora Standard), for the schedules of servers. AWS's RDS pages are
// JS-rendered like EC2's: every value here is from third-party copies or believed, and says which.
const rdsArticle = (usd: string) =>
  rate(
    usd,
    RDS_POSTGRES_PRICING_PAGE,
    'secondary',
    'a 2026 third-party RDS pricing article (infratally) and a third-party code table agree',
    READ_2026_12,
  )
const rdsBelieved = (usd: string) =>
  rate(
    usd,
    RDS_POSTGRES_PRICING_PAGE,
    'unconfirmed',
    'believed value; no source found for Seoul (the demo data bills it at this rate)',
    READ_2026_12,
  )
const auroraPriceList = (usd: string) =>
  rate(
    usd,
    AURORA_PRICING_PAGE,
    'secondary',
    'third-party note quoting the AWS Price List: APN2-InstanceUsage:db.t4g.medium (Aurora PostgreSQL)',
    READ_2026_12,
  )
const ec2LikeUsEast1 = (usd: string) =>
  rate(usd, EC2_PRICING_PAGE, 'unconfirmed', "assumed equal to us-east-1 (the region's t4g.medium is)", READ_2026_12)

export const RATE_CARD_2026_08_01: RateCard = {
  version: '2026-08-01',
  effectiveDate: '2026-08-01',
  currency: 'USD',
  freeTier: { requests: '1000000', gbSeconds: '400000', source: LAMBDA_PRICING_PAGE },
  initBilling: { billedFrom: '2025-08-01', source: INIT_BLOG },
  lambda: {
    'us-east-1': {
      x86_64: {
        request: verified('0.0000002'),
        durationTiers: [
          { upToGbSeconds: '6000000000', rate: verified('0.0000166667') },
          { upToGbSeconds: '15000000000', rate: priceList('0.000015') },
          { upToGbSeconds: null, rate: priceList('0.0000133334') },
        ],
        provisioned_concurrency: verified('0.0000041667'),
        provisioned_duration: verified('0.0000097222'),
        ephemeral_storage: verified('0.0000000309'),
        snapstart_cache: verified('0.0000015046'),
        snapstart_restore: verified('0.0001397998'),
      },
      arm64: {
        request: verified('0.0000002'),
        durationTiers: [
          { upToGbSeconds: '7500000000', rate: verified('0.0000133334') },
          { upToGbSeconds: '18750000000', rate: priceList('0.0000120001') },
          { upToGbSeconds: null, rate: priceList('0.0000106667') },
        ],
        provisioned_concurrency: priceList('0.0000033334'),
        provisioned_duration: priceList('0.0000077778'),
        ephemeral_storage: priceList('0.0000000309'),
        snapstart_cache: rate(
          '0.0000015046',
          LAMBDA_PRICING_PAGE,
          'unconfirmed',
          'page gives one SnapStart rate; assumed the same for arm64',
        ),
        snapstart_restore: rate(
          '0.0001397998',
          LAMBDA_PRICING_PAGE,
          'unconfirmed',
          'page gives one SnapStart rate; assumed the same for arm64',
        ),
      },
    },
    // Seoul: SnapStart is left out (no source); asking for it throws MissingRateError.
    'ap-northeast-2': {
      x86_64: {
        request: calculator('0.0000002'),
        durationTiers: [
          { upToGbSeconds: '6000000000', rate: calculator('0.0000166667') },
          { upToGbSeconds: '15000000000', rate: seoulPriceList('0.000015') },
          { upToGbSeconds: null, rate: seoulPriceList('0.0000133334') },
        ],
        provisioned_concurrency: calculator('0.0000051254'),
        provisioned_duration: calculator('0.0000119592'),
        ephemeral_storage: calculator('0.0000000352'),
      },
      arm64: {
        request: calculator('0.0000002'),
        durationTiers: [
          { upToGbSeconds: '7500000000', rate: calculator('0.0000133334') },
          { upToGbSeconds: '18750000000', rate: seoulPriceList('0.0000120001') },
          { upToGbSeconds: null, rate: seoulPriceList('0.0000106667') },
        ],
        provisioned_concurrency: seoulPriceList('0.0000041003'),
        provisioned_duration: seoulPriceList('0.0000095674'),
        ephemeral_storage: rate(
          '0.0000000352',
          CALCULATOR_MAP,
          'secondary',
          'one storage rate per region for both architectures',
        ),
      },
    },
    'us-east-2': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000041667'),
        provisioned_duration: calc('0.0000097222'),
        ephemeral_storage: calc('0.0000000309'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000033334'),
        provisioned_duration: armDerived('0.0000077778'),
        ephemeral_storage: calc('0.0000000309'),
      },
    },
    'us-west-2': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000041667'),
        provisioned_duration: calc('0.0000097222'),
        ephemeral_storage: calc('0.0000000309'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000033334'),
        provisioned_duration: armDerived('0.0000077778'),
        ephemeral_storage: calc('0.0000000309'),
      },
    },
    'eu-west-1': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.000004646'),
        provisioned_duration: calc('0.0000108407'),
        ephemeral_storage: calc('0.000000034'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000037168'),
        provisioned_duration: armDerived('0.0000086726'),
        ephemeral_storage: calc('0.000000034'),
      },
    },
    'eu-central-1': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000050147'),
        provisioned_duration: calc('0.0000117011'),
        ephemeral_storage: calc('0.0000000367'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000040118'),
        provisioned_duration: armDerived('0.0000093609'),
        ephemeral_storage: calc('0.0000000367'),
      },
    },
    'ap-east-1': {
      x86_64: {
        request: calc('0.00000028'),
        durationTiers: tiers('x86_64', calc('0.00002292'), tierScaled('0.000020628'), tierScaled('0.000018336')),
        provisioned_concurrency: calc('0.0000057153'),
        provisioned_duration: calc('0.0000133358'),
        ephemeral_storage: calc('0.0000000407'),
      },
      arm64: {
        request: calc('0.00000028'),
        durationTiers: tiers('arm64', calc('0.0000183'), tierScaled('0.00001647'), tierScaled('0.00001464')),
        provisioned_concurrency: armDerived('0.0000045722'),
        provisioned_duration: armDerived('0.0000106686'),
        ephemeral_storage: calc('0.0000000407'),
      },
    },
    'ap-south-1': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000044985'),
        provisioned_duration: calc('0.0000104966'),
        ephemeral_storage: calc('0.0000000352'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000035988'),
        provisioned_duration: armDerived('0.0000083973'),
        ephemeral_storage: calc('0.0000000352'),
      },
    },
    'ap-northeast-1': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000053835'),
        provisioned_duration: calc('0.0000125615'),
        ephemeral_storage: calc('0.000000037'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000043068'),
        provisioned_duration: armDerived('0.0000100492'),
        ephemeral_storage: calc('0.000000037'),
      },
    },
    'ap-northeast-3': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000053835'),
        provisioned_duration: calc('0.0000125615'),
        ephemeral_storage: calc('0.000000037'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000043068'),
        provisioned_duration: armDerived('0.0000100492'),
        ephemeral_storage: calc('0.000000037'),
      },
    },
    'ap-southeast-1': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.0000051991'),
        provisioned_duration: calc('0.0000121313'),
        ephemeral_storage: calc('0.000000037'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000041593'),
        provisioned_duration: armDerived('0.000009705'),
        ephemeral_storage: calc('0.000000037'),
      },
    },
    'ap-southeast-2': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.000005236'),
        provisioned_duration: calc('0.0000122173'),
        ephemeral_storage: calc('0.000000037'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000041888'),
        provisioned_duration: armDerived('0.0000097738'),
        ephemeral_storage: calc('0.000000037'),
      },
    },
    'ap-southeast-4': {
      x86_64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          calc('0.0000166667'),
          tierLikeUsEast1('0.000015'),
          tierLikeUsEast1('0.0000133334'),
        ),
        provisioned_concurrency: calc('0.000005236'),
        provisioned_duration: calc('0.0000122173'),
        ephemeral_storage: calc('0.000000037'),
      },
      arm64: {
        request: calc('0.0000002'),
        durationTiers: tiers(
          'arm64',
          calc('0.0000133334'),
          tierLikeUsEast1('0.0000120001'),
          tierLikeUsEast1('0.0000106667'),
        ),
        provisioned_concurrency: armDerived('0.0000041888'),
        provisioned_duration: armDerived('0.0000097738'),
        ephemeral_storage: calc('0.000000037'),
      },
    },
    'ap-southeast-5': {
      x86_64: {
        request: calc('0.00000018'),
        durationTiers: tiers('x86_64', calc('0.000015'), tierScaled('0.0000135'), tierScaled('0.000012')),
        provisioned_concurrency: calc('0.0000046791'),
        provisioned_duration: calc('0.0000109181'),
        ephemeral_storage: calc('0.0000000333'),
      },
      arm64: {
        request: calc('0.00000018'),
        durationTiers: tiers('arm64', calc('0.000012'), tierScaled('0.0000108'), tierScaled('0.0000096')),
        provisioned_concurrency: armDerived('0.0000037433'),
        provisioned_duration: armDerived('0.0000087345'),
        ephemeral_storage: calc('0.0000000333'),
      },
    },
    'ap-south-2': {
      x86_64: {
        request: likeMumbai('0.0000002'),
        durationTiers: tiers('x86_64', likeMumbai('0.0000166667'), likeMumbai('0.000015'), likeMumbai('0.0000133334')),
        provisioned_concurrency: likeMumbai('0.0000044985'),
        provisioned_duration: likeMumbai('0.0000104966'),
        ephemeral_storage: likeMumbai('0.0000000352'),
      },
      arm64: {
        request: likeMumbai('0.0000002'),
        durationTiers: tiers(
          'arm64',
          likeMumbai('0.0000133334'),
          likeMumbai('0.0000120001'),
          likeMumbai('0.0000106667'),
        ),
        provisioned_concurrency: likeMumbai('0.0000035988'),
        provisioned_duration: likeMumbai('0.0000083973'),
        ephemeral_storage: likeMumbai('0.0000000352'),
      },
    },
    'ap-southeast-3': {
      x86_64: {
        request: likeSingapore('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          likeSingapore('0.0000166667'),
          likeSingapore('0.000015'),
          likeSingapore('0.0000133334'),
        ),
        provisioned_concurrency: likeSingapore('0.0000051991'),
        provisioned_duration: likeSingapore('0.0000121313'),
        ephemeral_storage: likeSingapore('0.000000037'),
      },
      arm64: {
        request: likeSingapore('0.0000002'),
        durationTiers: tiers(
          'arm64',
          likeSingapore('0.0000133334'),
          likeSingapore('0.0000120001'),
          likeSingapore('0.0000106667'),
        ),
        provisioned_concurrency: likeSingapore('0.0000041593'),
        provisioned_duration: likeSingapore('0.000009705'),
        ephemeral_storage: likeSingapore('0.000000037'),
      },
    },
    'ap-southeast-7': {
      x86_64: {
        request: likeSingapore('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          likeSingapore('0.0000166667'),
          likeSingapore('0.000015'),
          likeSingapore('0.0000133334'),
        ),
        provisioned_concurrency: likeSingapore('0.0000051991'),
        provisioned_duration: likeSingapore('0.0000121313'),
        ephemeral_storage: likeSingapore('0.000000037'),
      },
      arm64: {
        request: likeSingapore('0.0000002'),
        durationTiers: tiers(
          'arm64',
          likeSingapore('0.0000133334'),
          likeSingapore('0.0000120001'),
          likeSingapore('0.0000106667'),
        ),
        provisioned_concurrency: likeSingapore('0.0000041593'),
        provisioned_duration: likeSingapore('0.000009705'),
        ephemeral_storage: likeSingapore('0.000000037'),
      },
    },
    'ap-east-2': {
      x86_64: {
        request: likeSingapore('0.0000002'),
        durationTiers: tiers(
          'x86_64',
          likeSingapore('0.0000166667'),
          likeSingapore('0.000015'),
          likeSingapore('0.0000133334'),
        ),
        provisioned_concurrency: likeSingapore('0.0000051991'),
        provisioned_duration: likeSingapore('0.0000121313'),
        ephemeral_storage: likeSingapore('0.000000037'),
      },
      arm64: {
        request: likeSingapore('0.0000002'),
        durationTiers: tiers(
          'arm64',
          likeSingapore('0.0000133334'),
          likeSingapore('0.0000120001'),
          likeSingapore('0.0000106667'),
        ),
        provisioned_concurrency: likeSingapore('0.0000041593'),
        provisioned_duration: likeSingapore('0.000009705'),
        ephemeral_storage: likeSingapore('0.000000037'),
      },
    },
    'ap-southeast-6': {
      x86_64: {
        request: likeSydney('0.0000002'),
        durationTiers: tiers('x86_64', likeSydney('0.0000166667'), likeSydney('0.000015'), likeSydney('0.0000133334')),
        provisioned_concurrency: likeSydney('0.000005236'),
        provisioned_duration: likeSydney('0.0000122173'),
        ephemeral_storage: likeSydney('0.000000037'),
      },
      arm64: {
        request: likeSydney('0.0000002'),
        durationTiers: tiers(
          'arm64',
          likeSydney('0.0000133334'),
          likeSydney('0.0000120001'),
          likeSydney('0.0000106667'),
        ),
        provisioned_concurrency: likeSydney('0.0000041888'),
        provisioned_duration: likeSydney('0.0000097738'),
        ephemeral_storage: likeSydney('0.000000037'),
      },
    },
  },
  ec2Instances: {
    't4g.nano': { vcpus: 2, memoryGib: 0.5 },
    't4g.micro': { vcpus: 2, memoryGib: 1 },
    't4g.small': { vcpus: 2, memoryGib: 2 },
    't4g.medium': { vcpus: 2, memoryGib: 4 },
    't4g.large': { vcpus: 2, memoryGib: 8 },
    't3.small': { vcpus: 2, memoryGib: 2 },
    'm6g.large': { vcpus: 2, memoryGib: 8 },
    'm6g.12xlarge': { vcpus: 48, memoryGib: 192 },
    'c7g.large': { vcpus: 2, memoryGib: 4 },
  },
  ec2Hourly: {
    'us-east-1': {
      't4g.nano': ec2('0.0042'),
      't4g.micro': ec2('0.0084'),
      't4g.small': ec2('0.0168'),
      't4g.medium': ec2('0.0336'),
      't4g.large': ec2('0.0672', 'not in aws-facts §5; team brief value, = 2 × t4g.medium'),
      't3.small': ec2('0.0208'),
      'm6g.large': ec2('0.077'),
      'm6g.12xlarge': ec2('1.848'),
      'c7g.large': ec2('0.0725'),
    },
    'ap-northeast-2': {
      't4g.nano': ec2('0.0052', 'one third-party "approximate ap-northeast-2" table (aws-facts §5)'),
      't4g.micro': ec2('0.0104', 'one third-party "approximate ap-northeast-2" table (aws-facts §5)'),
      't4g.small': ec2('0.0208', 'one third-party table; consistent with a Korean cost report (aws-facts §5)'),
      't4g.medium': ec2('0.0416', 'one third-party "approximate ap-northeast-2" table (aws-facts §5)'),
      't4g.large': ec2('0.0832', 'not in aws-facts §5; team brief value, = 2 × t4g.medium'),
      't3.small': ec2('0.026', 'one third-party "approximate ap-northeast-2" table (aws-facts §5)'),
      'm6g.large': ec2Believed('0.094'),
      'm6g.12xlarge': ec2Believed('2.256'),
      'c7g.large': ec2Believed('0.0888'),
    },
    // Ohio and Oregon: t4g.medium is us-east-1's price, so the rest of the t4g family is assumed to be too.
    'us-east-2': {
      't4g.nano': ec2LikeUsEast1('0.0042'),
      't4g.micro': ec2LikeUsEast1('0.0084'),
      't4g.small': ec2LikeUsEast1('0.0168'),
      't4g.medium': rate('0.0336', EC2_PRICING_PAGE, 'secondary', EC2_PROVIDER, READ_2026_12),
      't4g.large': ec2LikeUsEast1('0.0672'),
    },
    'us-west-2': {
      't4g.nano': ec2LikeUsEast1('0.0042'),
      't4g.micro': ec2LikeUsEast1('0.0084'),
      't4g.small': ec2LikeUsEast1('0.0168'),
      't4g.medium': rate('0.0336', EC2_PRICING_PAGE, 'secondary', EC2_PROVIDER, READ_2026_12),
      't4g.large': ec2LikeUsEast1('0.0672'),
    },
    'ap-northeast-1': {
      't4g.nano': ec2Table('0.0054'),
      't4g.micro': ec2Table('0.0108'),
      't4g.small': ec2Table('0.0216'),
      't4g.medium': ec2Table('0.0432'),
      't4g.large': ec2Table('0.0864'),
      't3.small': ec2Table('0.0272'),
      'c7g.large': ec2Table('0.0952'),
    },
    'ap-south-1': {
      't4g.medium': rate('0.0224', EC2_PRICING_PAGE, 'secondary', EC2_PROVIDER, READ_2026_12),
    },
  },
  databaseHourly: {
    'us-east-1': {
      postgres: {
        'single-az': {
          'db.t4g.micro': rdsArticle('0.016'),
          'db.t4g.small': rdsArticle('0.032'),
          'db.t4g.medium': rdsArticle('0.065'),
        },
      },
    },
    'ap-northeast-2': {
      postgres: { 'single-az': { 'db.t4g.medium': rdsBelieved('0.094'), 'db.r6g.large': rdsBelieved('0.26') } },
      'aurora-postgresql': { 'aurora-standard': { 'db.t4g.medium': auroraPriceList('0.113') } },
    },
  },
}
