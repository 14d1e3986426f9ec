// The drop-in script's entry: registers every element and takes language packs (care-choice.<lang>.js)
// queued on the page before or after it. The guard runs first, before Lit.
import './guard-globals.js';
import './define.js';
import { listenForLanguagePacks } from './shared/language-packs.js';

listenForLanguagePacks();
