// A page is not told its own URL; proxy.ts passes the request's path and query on in this header, so a page can send
// someone who is not signed in back to it after signing in. Only ever used as a path on this site
// (lib/domain/access/return-path.ts checks it), never trusted for anything else.
import 'server-only'

export const REQUEST_PATH_HEADER = 'x-finops-path'
