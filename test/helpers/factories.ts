/**
 * Test data with sensible defaults: a connection nobody ever talked to, on 2025-06-01. The same factories
 * plugin authors get from the package (src/testing/factories.ts), so that netprune's tests use what it ships.
 */
export { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from '../../src/testing/factories.js';
