#!/usr/bin/env node
// The `liveblog` command. It lives outside `dist/` because npm links a
// package's bins at install time, before a fresh clone has built `dist/`;
// a bin pointing into `dist/` would never be linked and `npx liveblog` fails.
try {
  await import('../dist/bin.js')
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.url ?? '').endsWith('/dist/bin.js')) {
    console.error('liveblog: not built yet; run `npm run build` first')
    process.exitCode = 2
  } else {
    throw error
  }
}
