/**
 * Mail providers anyone can sign up to: an address there says nothing of where someone works.
 * The French ones matter most here (many users are French-speaking); the list is what people
 * keep in a phone's address book, not every provider there is. A domain not listed is taken
 * as an employer's, which only ever adds a suggestion, never a removal.
 */
const PERSONAL_DOMAINS = new Set([
  // International
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'tutanota.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'zoho.com',
  'fastmail.com',
  'hey.com',
  'qq.com',
  '163.com',
  // France
  'yahoo.fr',
  'hotmail.fr',
  'live.fr',
  'outlook.fr',
  'msn.fr',
  'gmx.fr',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'club-internet.fr',
  'laposte.net',
  'bbox.fr',
  'numericable.fr',
  'aliceadsl.fr',
  'cegetel.net',
  'noos.fr',
  'voila.fr',
  'aol.fr',
  'icloud.fr',
  // Belgium, Switzerland, Canada, Germany, the UK, Spain, Italy
  'skynet.be',
  'telenet.be',
  'hotmail.be',
  'yahoo.be',
  'bluewin.ch',
  'hispeed.ch',
  'sunrise.ch',
  'gmx.ch',
  'videotron.ca',
  'sympatico.ca',
  'hotmail.ca',
  'yahoo.ca',
  'web.de',
  'gmx.de',
  't-online.de',
  'hotmail.de',
  'yahoo.de',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'btinternet.com',
  'hotmail.es',
  'yahoo.es',
  'hotmail.it',
  'libero.it',
  'yahoo.it',
]);

/** True for an address at an employer's domain: not a personal mail provider, and looking like an address at all. */
export function isWorkEmail(address: string): boolean {
  const at = address.trim().toLowerCase().lastIndexOf('@');
  if (at <= 0) return false;
  const domain = address
    .trim()
    .toLowerCase()
    .slice(at + 1)
    .replace(/\.$/, '');
  return domain.includes('.') && !PERSONAL_DOMAINS.has(domain);
}
