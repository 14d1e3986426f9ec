// The drop-in script's entry: registers every element. The guard runs first, before Lit.
import './guard-globals.js';
import './define.js';
