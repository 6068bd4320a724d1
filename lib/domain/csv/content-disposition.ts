// `Content-Disposition: attachment` with a file name every browser keeps: an ASCII `filename` fallback and
// the exact UTF-8 name in `filename*` (RFC 6266, RFC 8187 encoding).

const UNSAFE_ASCII = /[^A-Za-z0-9._-]+/g

export function attachmentHeader(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(UNSAFE_ASCII, '_')
      .replace(/_+/g, '_') || 'export.csv'
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
