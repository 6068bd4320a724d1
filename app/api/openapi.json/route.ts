import { openApiDocument } from '@/lib/openapi/document'
import { route } from '@/lib/server/http/route'

// GET /api/openapi.json – the OpenAPI 3.1 description of every route.
export const GET = route({ permission: 'read' }, () => Response.json(openApiDocument()))
