import createNextIntlPlugin from 'next-intl/plugin'

// next-intl reads each request's language and messages here (no locale in the URL; docs/architecture.md, Languages).
const withNextIntl = createNextIntlPlugin('./lib/server/i18n/request-config.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No remote images and no optimizer endpoint: it is unused here and has been an attack vector (see docs).
  images: { unoptimized: true },
  // The Content-Security-Policy is set per request, with a nonce, by proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          // The dashboard uses none of these browser features; nothing it embeds or loads may either.
          {
            key: 'Permissions-Policy',
            value:
              'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), display-capture=(), browsing-topics=()',
          },
        ],
      },
    ]
  },
}

export default withNextIntl(nextConfig)
