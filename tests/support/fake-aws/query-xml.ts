// What the AWS query protocols (EC2's and RDS's) share: a form-encoded request body, flattened lists
// (`InstanceId.1`, `Filter.1.Value.2`, `Filters.Filter.1.Values.Value.1`), and XML answers built from nested
// elements, text escaped.
export type Xml = string

export function element(name: string, content: Xml | string | number | boolean | null | undefined): Xml {
  if (content === null || content === undefined) return ''
  return `<${name}>${typeof content === 'string' ? content : String(content)}</${name}>`
}

export function text(name: string, value: string | number | boolean | null | undefined): Xml {
  if (value === null || value === undefined) return ''
  return element(name, escapeXml(String(value)))
}

export function list(name: string, member: string, items: readonly Xml[]): Xml {
  return `<${name}>${items.map((item) => `<${member}>${item}</${member}>`).join('')}</${name}>`
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The values of a flattened list: `prefix.1`, `prefix.2`, … in order. */
export function flatList(form: URLSearchParams, prefix: string): string[] {
  const values: string[] = []
  for (let index = 1; form.has(`${prefix}.${index}`); index++) values.push(form.get(`${prefix}.${index}`)!)
  return values
}

export type QueryFilter = { name: string; values: string[] }

/** EC2's `Filter.N.Name` / `Filter.N.Value.M`. */
export function ec2Filters(form: URLSearchParams): QueryFilter[] {
  const filters: QueryFilter[] = []
  for (let index = 1; form.has(`Filter.${index}.Name`); index++)
    filters.push({ name: form.get(`Filter.${index}.Name`)!, values: flatList(form, `Filter.${index}.Value`) })
  return filters
}

/** RDS's `Filters.Filter.N.Name` / `Filters.Filter.N.Values.Value.M`. */
export function rdsFilters(form: URLSearchParams): QueryFilter[] {
  const filters: QueryFilter[] = []
  for (let index = 1; form.has(`Filters.Filter.${index}.Name`); index++) {
    filters.push({
      name: form.get(`Filters.Filter.${index}.Name`)!,
      values: flatList(form, `Filters.Filter.${index}.Values.Value`),
    })
  }
  return filters
}

/** An opaque page token for an offset into a list. */
export function pageToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url')
}

export function offsetOf(token: string | null): number | null {
  if (!token) return 0
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'))
  return match ? Number(match[1]) : null
}
