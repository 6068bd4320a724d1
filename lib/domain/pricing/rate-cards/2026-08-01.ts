import type { Rate, RateCard, RateStatus } from '../rate-card-types'

// Sources as tagged in docs/aws-facts.md (S13 pricing page, S14 INIT blog, S21 calculator map, S22 Price List dumps, S27 EC2 tables).
const LAMBDA_PRICING_PAGE = 'https://aws.amazon.com/lambda/pricing/'
const CALCULATOR_MAP = 'https://calculator.aws/pricing/2.0/meteredUnitMaps/lambda/USD/current/lambda.json'
const PRICE_LIST = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/index.json'
const INIT_BLOG = 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/'
const EC2_PRICING_PAGE = 'https://aws.amazon.com/ec2/pricing/on-demand/'

const ASSUMED_US_EAST_1 = 'assumed equal to us-east-1 (unconfirmed)'
const THIRD_PARTY = 'third-party copy of AWS data'

function rate(usd: string, source: string, status: RateStatus, note?: string): Rate {
  return note ? { usd, source, status, note } : { usd, source, status }
}

const verified = (usd: string) => rate(usd, LAMBDA_PRICING_PAGE, 'verified')
const priceList = (usd: string) => rate(usd, PRICE_LIST, 'secondary', THIRD_PARTY)
const calculator = (usd: string) => rate(usd, CALCULATOR_MAP, 'secondary', THIRD_PARTY)
const assumedFromUsEast1 = (usd: string) => rate(usd, PRICE_LIST, 'unconfirmed', ASSUMED_US_EAST_1)
const ec2 = (usd: string, note = 'third-party EC2 price tables (aws-facts S27)') => rate(usd, EC2_PRICING_PAGE, 'secondary', note)
const ec2Believed = (usd: string) => rate(usd, EC2_PRICING_PAGE, 'unconfirmed', 'believed value; no source found (aws-facts §5)')

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
        snapstart_cache: rate('0.0000015046', LAMBDA_PRICING_PAGE, 'unconfirmed', 'page gives one SnapStart rate; assumed the same for arm64'),
        snapstart_restore: rate('0.0001397998', LAMBDA_PRICING_PAGE, 'unconfirmed', 'page gives one SnapStart rate; assumed the same for arm64'),
      },
    },
    // Seoul: Arm provisioned concurrency and SnapStart are left out (no source, and Seoul's x86 PC is 23% above
    // us-east-1, so borrowing us-east-1 would understate); asking for them throws MissingRateError.
    'ap-northeast-2': {
      x86_64: {
        request: calculator('0.0000002'),
        durationTiers: [
          { upToGbSeconds: '6000000000', rate: calculator('0.0000166667') },
          { upToGbSeconds: '15000000000', rate: assumedFromUsEast1('0.000015') },
          { upToGbSeconds: null, rate: assumedFromUsEast1('0.0000133334') },
        ],
        provisioned_concurrency: calculator('0.0000051254'),
        provisioned_duration: calculator('0.0000119592'),
        ephemeral_storage: calculator('0.0000000352'),
      },
      arm64: {
        request: calculator('0.0000002'),
        durationTiers: [
          { upToGbSeconds: '7500000000', rate: calculator('0.0000133334') },
          { upToGbSeconds: '18750000000', rate: assumedFromUsEast1('0.0000120001') },
          { upToGbSeconds: null, rate: assumedFromUsEast1('0.0000106667') },
        ],
        ephemeral_storage: rate('0.0000000352', CALCULATOR_MAP, 'secondary', 'one storage rate per region for both architectures'),
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
  },
  databaseHourly: {},
}
