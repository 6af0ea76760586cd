// Kilas page glue for the installable, offline app, kept outside the Yew app: registers the
// service worker, offers a waiting update ("Update available — reload"), offers Install when
// the browser allows it, and shows whether the device is online. Everything lives in
// #pwa-bar. The draft is safe across the update reload: the app saves it to localStorage on
// every change.
(() => {
  const bar = document.getElementById('pwa-bar');
  if (!bar) return;

  const button = (text, testid) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.hidden = true;
    b.textContent = text;
    b.dataset.testid = testid;
    return b;
  };
  const status = document.createElement('span');
  status.className = 'pwa-status';
  status.dataset.testid = 'network';
  status.setAttribute('role', 'status');
  const install = button('Install Kilas', 'install');
  const update = button('Update available — reload', 'update');
  update.className = 'pwa-update';
  bar.append(status, update, install);

  // Online / offline. "Works offline" once the service worker holds a copy of the app.
  let cached = false;
  const showNetwork = () => {
    const online = navigator.onLine;
    status.dataset.state = online ? 'online' : 'offline';
    status.textContent = online
      ? (cached ? 'Online · works offline' : 'Online')
      : 'Offline — Kilas keeps working';
  };
  addEventListener('online', showNetwork);
  addEventListener('offline', showNetwork);
  showNetwork();

  // Install: the browser decides when the app is installable; we only show its prompt.
  let installPrompt = null;
  addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    installPrompt = e;
    install.hidden = false;
  });
  install.addEventListener('click', async () => {
    if (!installPrompt) return;
    install.hidden = true;
    installPrompt.prompt();
    await installPrompt.userChoice.catch(() => null);
    installPrompt = null;
  });
  addEventListener('appinstalled', () => {
    install.hidden = true;
    installPrompt = null;
  });

  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;

  // Reload only when the user asked for the update, not when the first worker takes control.
  let reloadOnChange = false;
  sw.addEventListener('controllerchange', () => {
    if (sw.controller) {
      cached = true;
      showNetwork();
    }
    if (reloadOnChange) location.reload();
  });

  const offerUpdate = (worker) => {
    // A first install (no controller yet) is not an update.
    if (!worker || !sw.controller) return;
    update.hidden = false;
    update.onclick = () => {
      reloadOnChange = true;
      update.disabled = true;
      update.textContent = 'Updating…';
      worker.postMessage({ type: 'skip-waiting' });
    };
  };

  // After load, so registering never competes with the app's own start-up downloads.
  const register = async () => {
    try {
      const reg = await sw.register('./sw.js', { scope: './', updateViaCache: 'none' });
      if (sw.controller) {
        cached = true;
        showNetwork();
      }
      if (reg.waiting) offerUpdate(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offerUpdate(worker);
        });
      });
      // Look for a new version when the user comes back to the tab or back online.
      const check = () => reg.update().catch(() => {});
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
      addEventListener('online', check);
    } catch {
      // No service worker (e.g. file://, private mode): the app still works online.
    }
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
