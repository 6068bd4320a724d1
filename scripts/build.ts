// `npm run build`: a production build that `npm start` recognises as current (it records the fingerprint).
import { buildIfNeeded } from './lib/build-if-needed'

try {
  buildIfNeeded((line) => console.log(line), { force: true })
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
