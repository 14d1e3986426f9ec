import { createContext } from '@lit/context';
import type { CareChoiceStore } from '../engine/index.js';

/**
 * The shared store. The value is the store object itself, which never changes identity: elements
 * subscribe to it for state, because a context only notifies when its value is replaced.
 * `Symbol.for` lets two copies of the bundle on one page still find each other's provider.
 */
export const storeContext = createContext<CareChoiceStore>(Symbol.for('care-choice/store@1'));
