// Runs the random-path panel off the main thread, so typing stays smooth.
import { balance } from './balance.js';

self.addEventListener('message', (event) => {
  const { id, config, runs } = event.data;
  try {
    self.postMessage({ id, report: balance(config, { runs }) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
