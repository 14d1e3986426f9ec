import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The Subresource Integrity value of `bytes`: `sha384-<base64>`, as a script tag's `integrity` takes it. */
export function integrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * After the build has written its files, writes `<file>.sri` beside each script (one line, the
 * `integrity` value of the file as written), so a site that loads the script from a CDN URL can pin
 * its content: `<script src=".../care-choice.js" integrity="sha384-..." crossorigin="anonymous">`.
 */
export function subresourceIntegrity(): Plugin {
  return {
    name: 'care-choice-sri',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const path = join(dir, file.fileName);
        writeFileSync(`${path}.sri`, `${integrity(readFileSync(path))}\n`);
      }
    },
  };
}
