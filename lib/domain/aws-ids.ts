// What AWS identifiers look like, checked wherever one comes in (API, URLs, environment, AWS answers, files).

/** A 12-digit AWS account id. */
export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value)
}

/** A region code such as `us-east-1` or `ap-northeast-2` (any region, not only those with known prices). */
export const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d$/

export function isRegionCode(value: string): boolean {
  return REGION_CODE.test(value)
}
