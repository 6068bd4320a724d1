// The Content-Security-Policy of every response, with a fresh nonce per request. Next.js reads the nonce from
// the request's CSP header and puts it on its own scripts (framework, page bundles, the inline RSC payload),
// which is why every page renders dynamically (app/layout.tsx). See Next's guide "Content Security Policy".

import 'server-only'
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced ones load (Next's chunks) run too; hosts and 'self' are then ignored by
    // browsers that know it. React needs eval only in development (its error-stack reconstruction).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    // <style> elements need the nonce. Style *attributes* cannot carry one, and React's style={…} and recharts
    // (positions, colours, tooltips) write many: allowing inline attributes is needed, and a style attribute
    // cannot run script. In development Next injects unnonced <style> for hot reload.
    `style-src 'self' ${options.development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Single sign-on leaves for the issuer by script (the start answers with its URL: sign-in-form.tsx), not by a
    // form whose answer redirects there, so no issuer origin is needed here (Chromium applies form-action to the
    // redirect of a form submission).
    "form-action 'self'",
    "frame-ancestors 'none'",
    // No upgrade-insecure-requests: a plain-HTTP install on a LAN address would upgrade its own requests to
    // HTTPS and break. TLS and HSTS belong to the proxy that terminates TLS.
  ]
  return directives.join('; ')
}
