export const DEMO_SETTING_KEY = 'demo_data'

export type DemoSetting = { status: 'loaded'; today: string; firstDay: string; lastDay: string } | { status: 'removed'; at: string }
