/* global window, document -- a classic browser script, outside the app's module graph */
// Applies the remembered color scheme before the first paint, so a dark-theme user never sees a white flash.
// An external file because the console's CSP forbids inline scripts. Keep the key in step with src/app/theme.ts.
(function () {
  var scheme = 'auto';
  try {
    var stored = window.localStorage.getItem('fgc-color-scheme');
    if (stored === 'light' || stored === 'dark' || stored === 'auto') scheme = stored;
  } catch {
    // Storage blocked: follow the system.
  }
  if (scheme === 'auto')
    scheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
