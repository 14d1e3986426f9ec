// Types for the TypeScript tests that share scripts/local-chromium.mjs (the WordPress test).
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';

/** Chromium's flags for every headless run here. */
export declare const CHROMIUM_ARGS: string[];
/** Where a Chromium may be: CHROME_PATH first, then the usual places. */
export declare const CHROMIUM_CANDIDATES: (string | undefined)[];
/** The first Chromium found, or the end of the run with how to get one. */
export declare function findChromium(): string;
/** Headless Chromium kept off the network. */
export declare function launchChromium(): Promise<Browser>;
/** Serves the repository's files on a free local port. */
export declare function serveRepo(pageFor?: (url: URL) => string | undefined): Promise<{ server: Server; base: string }>;
