// Preloaded into the Next.js server by `npm start`: if the launcher dies without a chance to clean up
// (kill -9), the server notices it was re-parented and exits instead of holding the port forever.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) process.exit(0)
}, 1000).unref()
