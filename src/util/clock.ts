/**
 * The run's "now". SOURCE_DATE_EPOCH (seconds) pins it so that two runs on the same export
 * give byte-identical reports (https://reproducible-builds.org/specs/source-date-epoch/).
 */
export function todayFrom(env: Record<string, string | undefined>): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
