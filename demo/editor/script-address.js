// Where the embed code loads the drop-in script from: a CDN copy of the published npm package,
// pinned to this version (nothing to upload, works on Wix and Squarespace), or the agency's own
// upload. Never a placeholder: an address that is not usable gives no code, with a reason.
import { PACKAGE_VERSION } from './version.js';

/** The CDN choices, each a function from a file in the package's dist/ to its pinned address. */
export const CDN_HOSTS = {
  jsdelivr: (file) => `https://cdn.jsdelivr.net/npm/care-choice@${PACKAGE_VERSION}/dist/${file}`,
  unpkg: (file) => `https://unpkg.com/care-choice@${PACKAGE_VERSION}/dist/${file}`,
};

/**
 * The script addresses for a choice: `{ main, es }`, or `{ problem }` saying in plain words why
 * there is no code yet. `host` is `jsdelivr`, `unpkg` or `own`; `own` is the address the agency typed.
 */
export function scriptAddresses(host, own = '') {
  const cdn = CDN_HOSTS[host];
  if (cdn) return { main: cdn('care-choice.js'), es: cdn('care-choice.es.js') };
  const typed = own.trim();
  if (!typed) return { problem: 'Type the address of the care-choice.js you uploaded to see your embed code.' };
  let url;
  try {
    url = new URL(typed);
  } catch {
    return { problem: 'The script address must be a whole web address starting with https://.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: 'The script address must be a whole web address starting with https://.' };
  if (/example\.(com|org|net)$|\.example$/i.test(url.hostname) || /your-site/i.test(url.hostname))
    return { problem: 'That looks like an example address. Type the address where you uploaded care-choice.js.' };
  if (!/\.js$/i.test(url.pathname)) return { problem: 'The script address must end in .js (the file care-choice.js you uploaded).' };
  const main = url.href;
  // The Spanish pack is care-choice.es.js, uploaded beside the main file.
  const es = new URL(url.pathname.replace(/[^/]*$/, 'care-choice.es.js') + url.search, url).href;
  return { main, es };
}
