import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorDescription } from './plugin-host.js';

/** A frame of a stack in a file of the user's (`file:///…/my-plugin.mjs:12:5`), not in Node or netprune. */
const USER_FRAME = /(file:\/\/\/[^\s()]+?):(\d+):(\d+)/;

/**
 * Where a plugin's error happened, as `file:line:column`: the plugin as the user named it, or another of
 * their files relative to the working folder. A syntax error has no stack frame: the thread finds its
 * place with `node --check` (plugin-worker-source.ts). Undefined when the error comes from nowhere of theirs.
 */
function placeOf(error: ErrorDescription, url: string, specifier: string, cwd = '.'): string | undefined {
  const found = error.location ?? frameOf(error.stack);
  if (found === undefined) return undefined;
  const file = found.url === url ? specifier : relative(cwd, fileURLToPath(found.url));
  return `${file}:${found.line}:${found.column}`;
}

function frameOf(stack: string | undefined): ErrorDescription['location'] {
  const match = stack === undefined ? null : USER_FRAME.exec(stack);
  return match === null ? undefined : { url: match[1]!, line: Number(match[2]), column: Number(match[3]) };
}

/** A load failure: `./plugin.mjs:3:21: Unexpected identifier 'here'`, or `./plugin.mjs: …` with no place. */
export function describeLoadFailure(error: ErrorDescription, url: string, specifier: string, cwd?: string): string {
  return `${placeOf(error, url, specifier, cwd) ?? specifier}: ${error.message}`;
}

/** A failure in classify: the message, and where, `(at ./plugin.mjs:6:11)`. */
export function describeCallFailure(error: ErrorDescription, url: string, specifier: string, cwd?: string): string {
  const place = placeOf(error, url, specifier, cwd);
  return place === undefined ? error.message : `${error.message} (at ${place})`;
}

/** `--debug`: the plugin's stack, without the frames of Node's loader or of netprune's thread. */
export function pluginStack(error: ErrorDescription): string | undefined {
  if (error.stack === undefined) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => !/^\s+at .*(node:internal|\[worker eval\])/.test(line))
    .join('\n');
}
