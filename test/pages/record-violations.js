// Collects CSP violations and errors for the embed tests (external, so the strict CSP allows it).
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
