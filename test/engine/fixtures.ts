import type { Answers } from '../../src/engine/index.js';

/** Realistic answer sets, one per recommendation. */
export const hospitalRecovery: Answers = {
  'for-whom': ['myself'],
  situation: ['in-hospital'],
  'after-discharge': ['recovery-only'],
  'works-for': ['facility'],
  needs: ['recovery-plan', 'emotional'],
  duration: ['until-recovered'],
  'matters-most': ['help-in-hospital'],
};

export const parentAtHome: Answers = {
  'for-whom': ['older-relative'],
  situation: ['at-home'],
  'works-for': ['family'],
  needs: ['home-visits', 'medications', 'rights'],
  duration: ['long-term'],
  'matters-most': ['comes-home'],
};

export const dischargeThenHome: Answers = {
  'for-whom': ['partner'],
  situation: ['leaving-hospital'],
  'after-discharge': ['ongoing-at-home'],
  'works-for': ['no-preference'],
  needs: ['recovery-plan', 'home-visits', 'costs'],
  duration: ['not-sure'],
  'matters-most': ['help-in-hospital'],
};

export const mixedSignals: Answers = {
  'for-whom': ['myself'],
  situation: ['at-home'],
  'works-for': ['facility'],
  needs: ['costs'],
  duration: ['not-sure'],
};
