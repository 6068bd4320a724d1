// The one place that reads process.env. Every variable the app understands is declared and validated here
// (and listed in .env.example); everything else asks `env()`. The AWS SDK reads its own standard variables
// (credentials chain, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_*), which are validated here for early,
// readable errors but passed to the SDK untouched.
import { z } from 'zod'
import { isRole } from '@/lib/domain/access/permissions'
import { parseRoleMap, RoleMapError } from '@/lib/domain/access/role-assignment'
import { REGION_CODE } from '@/lib/domain/aws-ids'

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes')

const optionalUrl = z.url({ protocol: /^https?$/ }).optional()

// Tests and demos only: the instant the server's clock starts at (lib/server/clock.ts).
const finopsNow = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 instant such as 2026-12-07T03:00:00Z' })
  .transform((value) => new Date(value))
  .optional()

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  FINOPS_DATA_DIR: z.string().min(1).default('.data'),
  // 32 random bytes (base64, e.g. `openssl rand -base64 32`, or 64 hex digits) that encrypt webhook URLs at rest.
  // Unset: generated once into FINOPS_DATA_DIR/secret-key.
  FINOPS_SECRET_KEY: z
    .string()
    .trim()
    .regex(
      /^([A-Za-z0-9+/]{43}=?|[A-Za-z0-9_-]{43}=?|[0-9a-fA-F]{64})$/,
      'must be 32 bytes in base64 (openssl rand -base64 32) or 64 hex digits',
    )
    .optional(),
  FINOPS_DEMO_DATA: booleanString.default(true),
  AWS_REGION: z.string().regex(REGION_CODE, 'must look like us-east-1').optional(),
  AWS_PROFILE: z.string().min(1).optional(),
  AWS_ENDPOINT_URL_COST_EXPLORER: optionalUrl,
  AWS_ENDPOINT_URL_CLOUDWATCH: optionalUrl,
  AWS_ENDPOINT_URL_LAMBDA: optionalUrl,
  AWS_ENDPOINT_URL_STS: optionalUrl,
  FINOPS_PUBLIC_URL: optionalUrl,
  // Host names (not IP addresses: those are always accepted) the dashboard may be reached by besides localhost,
  // HOST and FINOPS_PUBLIC_URL's host; `*.example.com` allows its subdomains. Anything else gets 421 (DNS rebinding).
  FINOPS_ALLOWED_HOSTS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
            'each entry must be a host name such as finops.example.com or *.example.com (no port, no scheme)',
          ),
      ),
    )
    .optional(),
  // Only behind a reverse proxy that every request passes through and that sets X-Forwarded-Host: then that
  // header, not Host, names the host a request was sent to. Unset, a client could claim any host with it.
  FINOPS_TRUST_PROXY: booleanString.default(false),
  // Lets alert webhooks reach loopback, private and carrier-grade NAT addresses (an on-premises receiver).
  FINOPS_ALERT_ALLOW_PRIVATE_TARGETS: booleanString.default(false),
  FINOPS_ALERT_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  FINOPS_AWS_REGIONS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((region) => region.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(REGION_CODE, 'each region must look like us-east-1')).min(1))
    .optional(),
  FINOPS_AWS_MEMBER_ROLE_NAME: z
    .string()
    .regex(/^[\w+=,.@-]{1,64}$/, 'must be an IAM role name (letters, digits and +=,.@_-, up to 64), not an ARN')
    .optional(),
  // How long a schedule's group may take to be running and healthy (or stopped) before its chain fails, and how
  // often AWS is asked meanwhile (the SDK's waiters count whole seconds).
  FINOPS_SCHEDULE_WAIT_SECONDS: z.coerce.number().int().min(1).max(3_600).default(900),
  FINOPS_SCHEDULE_POLL_SECONDS: z.coerce.number().int().min(1).max(120).default(15),
  // A start AWS refuses (capacity, a state in between) is tried this many times in all, this long apart, before
  // its chain fails and the schedule alerts.
  FINOPS_SCHEDULE_START_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  FINOPS_SCHEDULE_RETRY_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
  FINOPS_CE_MAX_CALLS_PER_RUN: z.coerce.number().int().min(1).max(10_000).default(100),
  FINOPS_CE_MAX_USD_PER_DAY: z
    .string()
    .trim()
    .regex(/^\d{1,6}(\.\d{1,2})?$/, 'must be dollars, e.g. 2.00')
    .refine((value) => Number(value) >= 0.01, 'must be at least 0.01 (one Cost Explorer request)')
    .default('2.00'),
  FINOPS_INGEST_SCHEDULE: z
    .string()
    .trim()
    .refine((value) => value === 'off' || /^\S+( \S+){4}$/.test(value), 'must be a 5-field cron expression or "off"')
    .default('0 */6 * * *'),
  // Sign-in. Addresses that are always admins, whatever their role says or their SSO claims map to.
  FINOPS_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email('each entry must be an e-mail address'))),
  // Wrong passwords in a row before an account is locked, and for how long.
  FINOPS_SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  FINOPS_SIGN_IN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  // OIDC single sign-on with any standards-compliant issuer (discovery, PKCE); unset: e-mail and password only.
  FINOPS_OIDC_ISSUER: optionalUrl,
  FINOPS_OIDC_CLIENT_ID: z.string().min(1).optional(),
  FINOPS_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  FINOPS_OIDC_SCOPES: z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .default(['openid', 'email', 'profile']),
  // The sign-in button's label: "Sign in with <name>".
  FINOPS_OIDC_NAME: z.string().trim().min(1).max(60).default('single sign-on'),
  // The ID token claim naming the user's groups (a dotted path such as realm_access.roles works) and which of its
  // values give which role, first match wins: finops-admins:admin,finops-eng:engineer.
  FINOPS_OIDC_ROLE_CLAIM: z.string().trim().min(1).optional(),
  FINOPS_OIDC_ROLE_MAP: z
    .string()
    .default('')
    .transform((value, context) => {
      try {
        return parseRoleMap(value)
      } catch (error) {
        if (!(error instanceof RoleMapError)) throw error
        context.addIssue({ code: 'custom', message: error.message })
        return z.NEVER
      }
    }),
  // The role of an SSO user the map does not place (or of a new one without a role claim); none: refused.
  FINOPS_OIDC_DEFAULT_ROLE: z
    .string()
    .refine((value) => value === 'none' || isRole(value), 'must be viewer, finance, engineer, admin or none')
    .transform((value) => (isRole(value) ? value : null))
    .default('viewer'),
  // Per uploaded file, after decompression: the CPU an upload may cost (a 7.5 MB gzip can inflate to 2 GiB).
  FINOPS_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024 ** 2),
  FINOPS_NOW: finopsNow,
})

export type Env = z.infer<typeof schema>

/** Every variable the app reads, for the check that .env.example documents each one. */
export const ENV_VARIABLES = Object.keys(schema.shape)

export class InvalidEnvironmentError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`)
    this.name = 'InvalidEnvironmentError'
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in a copied .env.example.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) throw new InvalidEnvironmentError(result.error.issues)
  const oidc = ['FINOPS_OIDC_ISSUER', 'FINOPS_OIDC_CLIENT_ID'] as const
  const missing = oidc.filter((name) => !result.data[name])
  if (missing.length === 1) {
    throw new InvalidEnvironmentError([
      {
        code: 'custom',
        path: [missing[0]!],
        message: `is needed with ${oidc.find((name) => name !== missing[0])} for single sign-on`,
        input: undefined,
      },
    ])
  }
  return result.data
}

let cached: Env | undefined

/**
 * FINOPS_NOW alone, read each time the clock asks rather than with the rest on first use: the clock is asked
 * early and everywhere, which must not freeze the rest of the environment before a test has set it.
 */
export function pinnedNow(): Date | undefined {
  return finopsNow.parse(process.env.FINOPS_NOW || undefined)
}

export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
