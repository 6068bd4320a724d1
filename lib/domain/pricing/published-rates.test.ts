import { describe, expect, it } from 'vitest'
import type { Architecture } from '../functions/function-config'
import oracle from './__fixtures__/lambda-pricing-worked-examples.official.json'
import { LAMBDA_FREE_TIER } from './free-tier'
import { initBilledFrom } from './init-billing'
import { databaseRateEntry, RATE_CARD } from './rate-card'
import type { DatabaseInstance } from './rate-card-types'
import { ratePlan, regionInstancePrices } from './rate-plan'
import type { LambdaMeter } from './types'

// Every rate, tier boundary and allowance in the rate card, pinned by hand against the price AWS publishes, with
// where it was read. The expected values are written here, not read from the card: the card is only listed, so a
// rate that changes, or one added without a pin, fails. Sources (docs/aws-facts.md tags):
const PAGE = 'https://aws.amazon.com/lambda/pricing/ (S13)'
const PRICE_LIST = 'AWS Price List API, AWSLambda offer, as copied by third parties (S22)'
const CALCULATOR = 'calculator.aws metered-unit map for Lambda, as copied by third parties (S21)'
const INIT_BLOG = 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/ (S14)'
const EC2_TABLES = 'https://aws.amazon.com/ec2/pricing/on-demand/, as copied in third-party tables (S27, aws-facts §5)'
const NO_SOURCE = 'no source: assumed, derived or believed, marked unconfirmed in the card'
const SEOUL_NOTE = 'a third-party note quoting the AWS Price List API for ap-northeast-2 (2025-03-25)'
const TIER_BOUNDARIES =
  'https://aws.amazon.com/lambda/pricing/: first 6 billion GB-s, next 9 billion (x86); 7.5 and 11.25 billion (Arm)'
const EC2_TOOL_TABLE = "a third-party AWS cost tool's EC2 table (ap-northeast-1; its us-east-1 rows match S27)"
const EC2_PROVIDER = 'guan840912/ec2-pricing-provider README (GetProducts answers for t4g.medium)'

type LambdaItem = Exclude<LambdaMeter, 'duration'> | `duration tier ${1 | 2 | 3}` | `tier ${1 | 2} ends at GB-s`
type Pin = { region: string; architecture: Architecture; item: LambdaItem; usd: string; source: string }

const pin = (
  region: string,
  architecture: Architecture,
  source: string,
  values: Partial<Record<LambdaItem, string>>,
): Pin[] =>
  Object.entries(values).map(([item, usd]) => ({ region, architecture, item: item as LambdaItem, usd: usd!, source }))

const LAMBDA: Pin[] = [
  ...pin('us-east-1', 'x86_64', PAGE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'tier 1 ends at GB-s': '6000000000',
    provisioned_concurrency: '0.0000041667',
    provisioned_duration: '0.0000097222',
    ephemeral_storage: '0.0000000309',
    snapstart_cache: '0.0000015046',
    snapstart_restore: '0.0001397998',
  }),
  ...pin('us-east-1', 'x86_64', PRICE_LIST, {
    'duration tier 2': '0.000015',
    'tier 2 ends at GB-s': '15000000000',
    'duration tier 3': '0.0000133334',
  }),
  ...pin('us-east-1', 'arm64', PAGE, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    'tier 1 ends at GB-s': '7500000000',
  }),
  ...pin('us-east-1', 'arm64', PRICE_LIST, {
    'duration tier 2': '0.0000120001',
    'tier 2 ends at GB-s': '18750000000',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000033334',
    provisioned_duration: '0.0000077778',
    ephemeral_storage: '0.0000000309',
  }),
  ...pin('us-east-1', 'arm64', NO_SOURCE, { snapstart_cache: '0.0000015046', snapstart_restore: '0.0001397998' }),
  ...pin('ap-northeast-2', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000051254',
    provisioned_duration: '0.0000119592',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-northeast-2', 'x86_64', SEOUL_NOTE, {
    'tier 1 ends at GB-s': '6000000000',
    'duration tier 2': '0.000015',
    'tier 2 ends at GB-s': '15000000000',
    'duration tier 3': '0.0000133334',
  }),
  ...pin('ap-northeast-2', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-northeast-2', 'arm64', SEOUL_NOTE, {
    'tier 1 ends at GB-s': '7500000000',
    'duration tier 2': '0.0000120001',
    'tier 2 ends at GB-s': '18750000000',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041003',
    provisioned_duration: '0.0000095674',
  }),
  ...pin('us-east-2', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000041667',
    provisioned_duration: '0.0000097222',
    ephemeral_storage: '0.0000000309',
  }),
  ...pin('us-east-2', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('us-east-2', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('us-east-2', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.0000000309',
  }),
  ...pin('us-east-2', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('us-east-2', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000033334',
    provisioned_duration: '0.0000077778',
  }),
  ...pin('us-west-2', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000041667',
    provisioned_duration: '0.0000097222',
    ephemeral_storage: '0.0000000309',
  }),
  ...pin('us-west-2', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('us-west-2', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('us-west-2', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.0000000309',
  }),
  ...pin('us-west-2', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('us-west-2', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000033334',
    provisioned_duration: '0.0000077778',
  }),
  ...pin('eu-west-1', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.000004646',
    provisioned_duration: '0.0000108407',
    ephemeral_storage: '0.000000034',
  }),
  ...pin('eu-west-1', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('eu-west-1', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('eu-west-1', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.000000034',
  }),
  ...pin('eu-west-1', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('eu-west-1', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000037168',
    provisioned_duration: '0.0000086726',
  }),
  ...pin('eu-central-1', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000050147',
    provisioned_duration: '0.0000117011',
    ephemeral_storage: '0.0000000367',
  }),
  ...pin('eu-central-1', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('eu-central-1', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('eu-central-1', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.0000000367',
  }),
  ...pin('eu-central-1', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('eu-central-1', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000040118',
    provisioned_duration: '0.0000093609',
  }),
  ...pin('ap-east-1', 'x86_64', CALCULATOR, {
    request: '0.00000028',
    'duration tier 1': '0.00002292',
    provisioned_concurrency: '0.0000057153',
    provisioned_duration: '0.0000133358',
    ephemeral_storage: '0.0000000407',
  }),
  ...pin('ap-east-1', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-east-1', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000020628', 'duration tier 3': '0.000018336' }),
  ...pin('ap-east-1', 'arm64', CALCULATOR, {
    request: '0.00000028',
    'duration tier 1': '0.0000183',
    ephemeral_storage: '0.0000000407',
  }),
  ...pin('ap-east-1', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-east-1', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.00001647',
    'duration tier 3': '0.00001464',
    provisioned_concurrency: '0.0000045722',
    provisioned_duration: '0.0000106686',
  }),
  ...pin('ap-south-1', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000044985',
    provisioned_duration: '0.0000104966',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-south-1', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-south-1', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-south-1', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-south-1', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-south-1', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000035988',
    provisioned_duration: '0.0000083973',
  }),
  ...pin('ap-northeast-1', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000053835',
    provisioned_duration: '0.0000125615',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-northeast-1', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-northeast-1', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-northeast-1', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-northeast-1', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-northeast-1', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000043068',
    provisioned_duration: '0.0000100492',
  }),
  ...pin('ap-northeast-3', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000053835',
    provisioned_duration: '0.0000125615',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-northeast-3', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-northeast-3', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-northeast-3', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-northeast-3', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-northeast-3', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000043068',
    provisioned_duration: '0.0000100492',
  }),
  ...pin('ap-southeast-1', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000051991',
    provisioned_duration: '0.0000121313',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-1', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-1', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-southeast-1', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-1', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-1', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041593',
    provisioned_duration: '0.000009705',
  }),
  ...pin('ap-southeast-2', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.000005236',
    provisioned_duration: '0.0000122173',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-2', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-2', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-southeast-2', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-2', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-2', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041888',
    provisioned_duration: '0.0000097738',
  }),
  ...pin('ap-southeast-4', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.000005236',
    provisioned_duration: '0.0000122173',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-4', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-4', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.000015', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-southeast-4', 'arm64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-4', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-4', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041888',
    provisioned_duration: '0.0000097738',
  }),
  ...pin('ap-southeast-5', 'x86_64', CALCULATOR, {
    request: '0.00000018',
    'duration tier 1': '0.000015',
    provisioned_concurrency: '0.0000046791',
    provisioned_duration: '0.0000109181',
    ephemeral_storage: '0.0000000333',
  }),
  ...pin('ap-southeast-5', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-5', 'x86_64', NO_SOURCE, { 'duration tier 2': '0.0000135', 'duration tier 3': '0.000012' }),
  ...pin('ap-southeast-5', 'arm64', CALCULATOR, {
    request: '0.00000018',
    'duration tier 1': '0.000012',
    ephemeral_storage: '0.0000000333',
  }),
  ...pin('ap-southeast-5', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-5', 'arm64', NO_SOURCE, {
    'duration tier 2': '0.0000108',
    'duration tier 3': '0.0000096',
    provisioned_concurrency: '0.0000037433',
    provisioned_duration: '0.0000087345',
  }),
  ...pin('ap-south-2', 'x86_64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'duration tier 2': '0.000015',
    'duration tier 3': '0.0000133334',
    provisioned_concurrency: '0.0000044985',
    provisioned_duration: '0.0000104966',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-south-2', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-south-2', 'arm64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000035988',
    provisioned_duration: '0.0000083973',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-south-2', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-3', 'x86_64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'duration tier 2': '0.000015',
    'duration tier 3': '0.0000133334',
    provisioned_concurrency: '0.0000051991',
    provisioned_duration: '0.0000121313',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-3', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-3', 'arm64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041593',
    provisioned_duration: '0.000009705',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-3', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-7', 'x86_64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'duration tier 2': '0.000015',
    'duration tier 3': '0.0000133334',
    provisioned_concurrency: '0.0000051991',
    provisioned_duration: '0.0000121313',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-7', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-7', 'arm64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041593',
    provisioned_duration: '0.000009705',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-7', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-east-2', 'x86_64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'duration tier 2': '0.000015',
    'duration tier 3': '0.0000133334',
    provisioned_concurrency: '0.0000051991',
    provisioned_duration: '0.0000121313',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-east-2', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-east-2', 'arm64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041593',
    provisioned_duration: '0.000009705',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-east-2', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
  ...pin('ap-southeast-6', 'x86_64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'duration tier 2': '0.000015',
    'duration tier 3': '0.0000133334',
    provisioned_concurrency: '0.000005236',
    provisioned_duration: '0.0000122173',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-6', 'x86_64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '6000000000',
    'tier 2 ends at GB-s': '15000000000',
  }),
  ...pin('ap-southeast-6', 'arm64', NO_SOURCE, {
    request: '0.0000002',
    'duration tier 1': '0.0000133334',
    'duration tier 2': '0.0000120001',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000041888',
    provisioned_duration: '0.0000097738',
    ephemeral_storage: '0.000000037',
  }),
  ...pin('ap-southeast-6', 'arm64', TIER_BOUNDARIES, {
    'tier 1 ends at GB-s': '7500000000',
    'tier 2 ends at GB-s': '18750000000',
  }),
]

/** [region, instance type, USD an hour, source]: on-demand Linux, shared tenancy. */
const EC2: [string, string, string, string][] = [
  ['us-east-1', 't4g.nano', '0.0042', EC2_TABLES],
  ['us-east-1', 't4g.micro', '0.0084', EC2_TABLES],
  ['us-east-1', 't4g.small', '0.0168', EC2_TABLES],
  ['us-east-1', 't4g.medium', '0.0336', EC2_TABLES],
  ['us-east-1', 't4g.large', '0.0672', EC2_TABLES],
  ['us-east-1', 't3.small', '0.0208', EC2_TABLES],
  ['us-east-1', 'm6g.large', '0.077', EC2_TABLES],
  ['us-east-1', 'm6g.12xlarge', '1.848', EC2_TABLES],
  ['us-east-1', 'c7g.large', '0.0725', EC2_TABLES],
  ['ap-northeast-2', 't4g.nano', '0.0052', EC2_TABLES],
  ['ap-northeast-2', 't4g.micro', '0.0104', EC2_TABLES],
  ['ap-northeast-2', 't4g.small', '0.0208', EC2_TABLES],
  ['ap-northeast-2', 't4g.medium', '0.0416', EC2_TABLES],
  ['ap-northeast-2', 't4g.large', '0.0832', EC2_TABLES],
  ['ap-northeast-2', 't3.small', '0.026', EC2_TABLES],
  ['ap-northeast-2', 'm6g.large', '0.094', NO_SOURCE],
  ['ap-northeast-2', 'm6g.12xlarge', '2.256', NO_SOURCE],
  ['ap-northeast-2', 'c7g.large', '0.0888', NO_SOURCE],
  ['us-east-2', 't4g.nano', '0.0042', NO_SOURCE],
  ['us-east-2', 't4g.micro', '0.0084', NO_SOURCE],
  ['us-east-2', 't4g.small', '0.0168', NO_SOURCE],
  ['us-east-2', 't4g.medium', '0.0336', EC2_PROVIDER],
  ['us-east-2', 't4g.large', '0.0672', NO_SOURCE],
  ['us-west-2', 't4g.nano', '0.0042', NO_SOURCE],
  ['us-west-2', 't4g.micro', '0.0084', NO_SOURCE],
  ['us-west-2', 't4g.small', '0.0168', NO_SOURCE],
  ['us-west-2', 't4g.medium', '0.0336', EC2_PROVIDER],
  ['us-west-2', 't4g.large', '0.0672', NO_SOURCE],
  ['ap-northeast-1', 't4g.nano', '0.0054', EC2_TOOL_TABLE],
  ['ap-northeast-1', 't4g.micro', '0.0108', EC2_TOOL_TABLE],
  ['ap-northeast-1', 't4g.small', '0.0216', EC2_TOOL_TABLE],
  ['ap-northeast-1', 't4g.medium', '0.0432', EC2_TOOL_TABLE],
  ['ap-northeast-1', 't4g.large', '0.0864', EC2_TOOL_TABLE],
  ['ap-northeast-1', 't3.small', '0.0272', EC2_TOOL_TABLE],
  ['ap-northeast-1', 'c7g.large', '0.0952', EC2_TOOL_TABLE],
  ['ap-south-1', 't4g.medium', '0.0224', EC2_PROVIDER],
]

const RDS_ARTICLE =
  'https://aws.amazon.com/rds/postgresql/pricing/, as a 2026 third-party RDS pricing article (infratally) and a third-party code table give it'
const AURORA_PRICE_LIST =
  'a third-party note quoting the AWS Price List: "APN2-InstanceUsage:db.t4g.medium" (Aurora PostgreSQL) 0.113'

/** [region, instance, USD an hour, source]: RDS Single-AZ and Aurora Standard DB instances. */
const DATABASES: [string, DatabaseInstance, string, string][] = [
  ['us-east-1', { engine: 'postgres', deployment: 'single-az', instanceClass: 'db.t4g.micro' }, '0.016', RDS_ARTICLE],
  ['us-east-1', { engine: 'postgres', deployment: 'single-az', instanceClass: 'db.t4g.small' }, '0.032', RDS_ARTICLE],
  ['us-east-1', { engine: 'postgres', deployment: 'single-az', instanceClass: 'db.t4g.medium' }, '0.065', RDS_ARTICLE],
  [
    'ap-northeast-2',
    { engine: 'postgres', deployment: 'single-az', instanceClass: 'db.t4g.medium' },
    '0.094',
    NO_SOURCE,
  ],
  ['ap-northeast-2', { engine: 'postgres', deployment: 'single-az', instanceClass: 'db.r6g.large' }, '0.26', NO_SOURCE],
  [
    'ap-northeast-2',
    { engine: 'aurora-postgresql', deployment: 'aurora-standard', instanceClass: 'db.t4g.medium' },
    '0.113',
    AURORA_PRICE_LIST,
  ],
]
const databaseItem = (region: string, instance: DatabaseInstance) =>
  `${region} DB ${instance.engine} ${instance.deployment} ${instance.instanceClass}`

function priced(region: string, architecture: Architecture, item: LambdaItem): string {
  const plan = ratePlan(region, architecture)
  const tier = /^duration tier (\d)$/.exec(item)
  if (tier) return plan.durationTiers()[Number(tier[1]) - 1]!.priceUsd.toFixed()
  const end = /^tier (\d) ends at GB-s$/.exec(item)
  if (end) return plan.durationTiers()[Number(end[1]) - 1]!.upToGbSeconds!.toFixed()
  return plan.rate(item as LambdaMeter).toFixed()
}

/** What the card holds, named as the pins name it (the card is listed, never used as an expected value). */
function cardItems(): string[] {
  const items: string[] = []
  for (const [region, byArchitecture] of Object.entries(RATE_CARD.lambda)) {
    for (const [architecture, { durationTiers = [], ...flat }] of Object.entries(byArchitecture)) {
      durationTiers.forEach((tier, index) => {
        items.push(`${region} ${architecture} duration tier ${index + 1}`)
        if (tier.upToGbSeconds !== null) items.push(`${region} ${architecture} tier ${index + 1} ends at GB-s`)
      })
      for (const meter of Object.keys(flat)) items.push(`${region} ${architecture} ${meter}`)
    }
  }
  for (const [region, prices] of Object.entries(RATE_CARD.ec2Hourly))
    for (const instanceType of Object.keys(prices)) items.push(`${region} EC2 ${instanceType}`)
  for (const [region, engines] of Object.entries(RATE_CARD.databaseHourly)) {
    for (const [engine, deployments] of Object.entries(engines)) {
      for (const [deployment, classes] of Object.entries(deployments))
        for (const instanceClass of Object.keys(classes))
          items.push(databaseItem(region, { engine, deployment, instanceClass } as DatabaseInstance))
    }
  }
  return items.sort()
}

describe('the rate card against the prices AWS publishes', () => {
  it.each(LAMBDA.map((row) => [`${row.region} ${row.architecture} ${row.item}`, row] as const))('%s', (_name, row) => {
    expect(priced(row.region, row.architecture, row.item), row.source).toBe(row.usd)
  })

  it.each(EC2)('EC2 %s %s is $%s an hour', (region, instanceType, usd, source) => {
    expect(regionInstancePrices(region).hourly(instanceType).toFixed(), source).toBe(usd)
  })

  it.each(
    DATABASES.map(
      ([region, instance, usd, source]) => [databaseItem(region, instance), region, instance, usd, source] as const,
    ),
  )('%s is $%s an hour', (_name, region, instance, usd, source) => {
    expect(databaseRateEntry(region, instance).usd, source).toBe(usd)
  })

  it('pins every rate and tier boundary the card holds, and nothing it does not', () => {
    const pinned = [
      ...LAMBDA.map((row) => `${row.region} ${row.architecture} ${row.item}`),
      ...EC2.map(([region, instanceType]) => `${region} EC2 ${instanceType}`),
      ...DATABASES.map(([region, instance]) => databaseItem(region, instance)),
    ].sort()
    expect(cardItems()).toEqual(pinned)
  })

  it('the free tier is 1,000,000 requests and 400,000 GB-s a month, and INIT is billed from 2025-08-01', () => {
    // PAGE: "The free tier includes one million requests and 400,000 GB-seconds per month." INIT_BLOG: "Effective
    // August 1, 2025, AWS will standardize billing for the initialization (INIT) phase".
    expect(LAMBDA_FREE_TIER.requests.toFixed()).toBe('1000000')
    expect(LAMBDA_FREE_TIER.gbSeconds.toFixed()).toBe('400000')
    expect(initBilledFrom(), INIT_BLOG).toBe('2025-08-01')
  })

  it('the us-east-1 pins are the rates AWS used in its own worked examples (the official fixture)', () => {
    const rates = oracle.rates_used_in_examples_usd
    const usEast1 = (architecture: Architecture, item: LambdaItem) =>
      Number(
        LAMBDA.find((row) => row.region === 'us-east-1' && row.architecture === architecture && row.item === item)!.usd,
      )
    expect(usEast1('x86_64', 'request')).toBe(rates.request)
    expect(usEast1('x86_64', 'duration tier 1')).toBe(rates.x86_gb_s_tier1)
    expect(usEast1('arm64', 'duration tier 1')).toBe(rates.arm_gb_s_tier1)
    expect(usEast1('x86_64', 'provisioned_concurrency')).toBe(rates.provisioned_concurrency_gb_s_x86)
    expect(usEast1('x86_64', 'provisioned_duration')).toBe(rates.provisioned_duration_gb_s_x86)
    expect(usEast1('x86_64', 'ephemeral_storage')).toBe(rates.ephemeral_storage_gb_s)
    expect(usEast1('x86_64', 'snapstart_cache')).toBe(rates.snapstart_cache_gb_s)
    expect(usEast1('x86_64', 'snapstart_restore')).toBe(rates.snapstart_restore_gb)
  })
})
