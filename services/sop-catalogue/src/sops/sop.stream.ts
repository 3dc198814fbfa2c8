/** One stream per SOP, holding all its versions. */
export const SOP_STREAM_PREFIX = 'sop-';
export const sopStream = (sopId: string): string => `${SOP_STREAM_PREFIX}${sopId}`;
export const sopIdOfStream = (stream: string): string => stream.slice(SOP_STREAM_PREFIX.length);
