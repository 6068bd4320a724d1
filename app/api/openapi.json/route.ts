import { openApiDocument } from '@/lib/openapi/document'

// GET /api/openapi.json – the OpenAPI 3.1 description of every route.
export function GET() {
  return Response.json(openApiDocument())
}
