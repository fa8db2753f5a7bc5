'use strict';

/**
 * Static HTML page behind an API gateway (APIG) trigger. An APIG-triggered function must return
 * {statusCode, headers, body, isBase64Encoded}; the gateway turns it into the HTTP response.
 * Set the environment variable PAGE_TITLE to change the heading.
 */
const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

exports.handler = async (event, context) => {
  const title = context.getUserData('PAGE_TITLE') || 'Hello from FunctionGraph';
  const path = (event && event.path) || '/';
  const method = (event && event.httpMethod) || 'GET';
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:40rem;color:#222}code{background:#f3f3f3;padding:0 .3em}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>This page was rendered by the function <code>${escapeHtml(context.getFunctionName())}</code>
(version <code>${escapeHtml(context.getVersion())}</code>).</p>
<p>You requested <code>${escapeHtml(method)} ${escapeHtml(path)}</code>; request id <code>${escapeHtml(context.getRequestID())}</code>.</p>
</body>
</html>
`;
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: html,
    isBase64Encoded: false,
  };
};
