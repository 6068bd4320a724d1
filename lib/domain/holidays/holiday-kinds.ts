// What a Korean public holiday is, as a code that pages translate (ko/en) instead of showing the gazette's
// Korean name to an English reader. The dataset names days in Korean; the codes below are derived from those
// names, so a new year's data needs no code change unless the government invents a new kind of holiday.

export type HolidayKind =
  | 'new_year'
  | 'seollal_eve'
  | 'seollal'
  | 'seollal_after'
  | 'independence_movement'
  | 'labour_day'
  | 'childrens_day'
  | 'buddhas_birthday'
  | 'memorial_day'
  | 'constitution_day'
  | 'liberation_day'
  | 'chuseok_eve'
  | 'chuseok'
  | 'chuseok_after'
  | 'foundation_day'
  | 'hangul_day'
  | 'christmas'
  | 'election'
  | 'temporary'
  | 'other'

const BY_NAME: Record<string, HolidayKind> = {
  '1월 1일': 'new_year',
  '설날 전날': 'seollal_eve',
  설날: 'seollal',
  '설날 다음 날': 'seollal_after',
  '3ㆍ1절': 'independence_movement',
  노동절: 'labour_day',
  어린이날: 'childrens_day',
  '부처님 오신 날': 'buddhas_birthday',
  현충일: 'memorial_day',
  제헌절: 'constitution_day',
  광복절: 'liberation_day',
  '추석 전날': 'chuseok_eve',
  추석: 'chuseok',
  '추석 다음 날': 'chuseok_after',
  개천절: 'foundation_day',
  한글날: 'hangul_day',
  기독탄신일: 'christmas',
}

const SUBSTITUTE = /^대체공휴일\((.+)\)$/

/** A gazette name's kind; a substitute day (대체공휴일) has the kind of the holiday it stands in for. */
export function classifyHolidayName(name: string): { kind: HolidayKind; substitute: boolean } {
  const substitute = SUBSTITUTE.exec(name)
  if (substitute) return { kind: classifyHolidayName(substitute[1]!).kind, substitute: true }
  const known = BY_NAME[name]
  if (known) return { kind: known, substitute: false }
  // Elections are named by their number and body ("제22대국회의원선거"); a temporary holiday may say why
  // ("임시공휴일(대통령선거)" is an election day declared as a temporary holiday).
  if (name.includes('선거')) return { kind: 'election', substitute: false }
  if (name.startsWith('임시공휴일')) return { kind: 'temporary', substitute: false }
  return { kind: 'other', substitute: false }
}
