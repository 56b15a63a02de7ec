/**
 * A copy of `s` that shares no memory with it. V8 slices a field out of the decoded chunk without
 * copying, and the slice keeps the whole chunk alive: a value kept after its row (an aggregate, a
 * cache key) is detached first, or a million-row file would stay in memory chunk by chunk.
 */
export const detach = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');
