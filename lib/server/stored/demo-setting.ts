// The app_setting row that records the demo dataset: written when it is loaded or removed, read by the status.
import 'server-only'

export const DEMO_SETTING_KEY = 'demo_data'

export type DemoSetting =
  { status: 'loaded'; today: string; firstDay: string; lastDay: string } | { status: 'removed'; at: string }
