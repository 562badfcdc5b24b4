// What every browser check here holds a page to: nothing leaves the
// machine (each request or WebSocket to a host that is not loopback is
// recorded, and requests are aborted), no Content-Security-Policy
// violation, no page error. explorer.mjs and playground.mjs both guard
// their page with it; what it records goes into their problems list.

// isLoopback reports whether u stays on this machine.
export function isLoopback(u) {
  const { protocol, hostname } = new URL(u);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

// guardPage installs the checks on page, pushing what they find onto
// problems.
export async function guardPage(page, problems) {
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (isLoopback(u)) return route.continue();
    problems.push(`request to non-loopback URL ${u}`);
    return route.abort();
  });
  page.on('websocket', (ws) => {
    if (!isLoopback(ws.url())) problems.push(`WebSocket to non-loopback URL ${ws.url()}`);
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
  });
  // Chromium also fires securitypolicyviolation for blocked inline styles
  // and eval; report those through the console listener above.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
}
