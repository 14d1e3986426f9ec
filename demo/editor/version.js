// The npm version the playground's CDN addresses pin. test/unit/playground-script-address.test.ts
// fails when it falls behind package.json, so a release cannot ship embed code for an older script.
export const PACKAGE_VERSION = '0.2.0';
