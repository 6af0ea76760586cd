// Kilas service worker: the whole app works offline after the first visit.
//
// scripts/post_build.py writes dist/sw.js from this file, replacing the two placeholders below
// with a version (a digest of every file of dist/) and the list of those files, so the list is
// never kept by hand and any change to any file is a new version. URLs are relative to this
// script, so the app works from any folder of any static host.
const VERSION = '__KILAS_VERSION__';
const FILES = __KILAS_FILES__;

// One cache per deployment (scope) and version: two copies of Kilas on one origin, e.g.
// /kilas/ and /kilas-test/, never delete each other's files.
const PREFIX = `kilas:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const SHELL = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Bypass the HTTP cache so the precache holds exactly this build. No skipWaiting here: an
  // update waits until the page asks for it (the user clicked "Update available — reload").
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    // Control the page that installed us at once: it can go offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// Cache first for every file of the app; a navigation to the app (any query string) gets the
// cached index.html. Anything else in scope goes to the network; a navigation there that
// fails (offline, e.g. an old deep link) is sent to the app, since the shell's relative URLs
// only work from the scope's own folder.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req);
    if (hit) return hit;
    const navigate = req.mode === 'navigate';
    if (navigate && new URL(req.url).pathname === new URL(self.registration.scope).pathname) {
      const shell = await cache.match(SHELL);
      if (shell) return shell;
    }
    try {
      return await fetch(req);
    } catch (err) {
      if (navigate) return Response.redirect(self.registration.scope, 303);
      throw err;
    }
  })());
});
