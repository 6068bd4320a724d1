import { handleSsoRequest } from '@/lib/server/auth/sso-endpoints'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/auth/sign-in/social – start single sign-on; GET /api/auth/callback/oidc – the issuer's answer.
// Better Auth's protocol endpoints, not part of the documented API (lib/server/auth/sso-endpoints.ts).
export const GET = route({ public: true }, ({ request }) => handleSsoRequest(request))
export const POST = route({ public: true }, ({ request }) => handleSsoRequest(request))
