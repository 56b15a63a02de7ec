import { safeText } from '../../util/terminal-text.js';
import { profileUrlOrNull } from './links.js';

/** Text for Markdown: one line, with every character that could start markup escaped, so a name stays a name. */
export function markdownText(value: string): string {
  return safeText(value).replace(/([\\`*_{}[\]()#+\-.!|<>~&])/g, '\\$1');
}

/** `[text](url)` for a well-formed profile URL; anything else is plain text. */
export function markdownProfileLink(text: string, url: string | null): string {
  const safeUrl = profileUrlOrNull(url);
  return safeUrl === null ? markdownText(text) : `[${markdownText(text)}](${safeUrl})`;
}

/** A link to a URL netprune built itself (a search): only its own characters, all URL-safe. */
export const markdownLink = (text: string, url: string): string => `[${markdownText(text)}](${url})`;
