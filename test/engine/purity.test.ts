import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The engine must stay pure TypeScript: no Lit, no DOM-side modules. Its tsconfig (no DOM lib)
// already rejects DOM globals; this catches imports, which the compiler would happily resolve.
describe('src/engine', () => {
  const files = readdirSync('src/engine', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it('imports only its own modules', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(`src/engine/${file}`, 'utf8');
      const imports = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"];/gm)].map((m) => m[1]!);
      for (const target of imports) {
        expect(target, `${file} imports ${target}`).toMatch(/^\.\.?\//);
        expect(target, `${file} imports ${target}`).not.toMatch(/\/(shared|elements|context)\//);
      }
    }
  });
});
