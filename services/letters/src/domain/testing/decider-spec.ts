/** The shared given/when/then helper for deciders (see `@jejak/domain-kit/testing`). */
export { deciderSpec, expectRefusal, type ExpectedRefusal } from '@jejak/domain-kit/testing';
