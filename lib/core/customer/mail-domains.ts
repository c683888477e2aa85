// Domain facts needed to turn an e-mail address into an organisation name. Small hand-made lists
// instead of the 200 kB Public Suffix List: a wrong guess only shows a wrong organisation, which
// the user can correct by hand, and the common cases are covered.

/** Second-level labels that, under a two-letter country TLD, form a public suffix (co.uk, com.au). */
export const GENERIC_SECOND_LEVELS: ReadonlySet<string> = new Set([
  'ac', 'co', 'com', 'edu', 'gob', 'go', 'gov', 'govt', 'gv', 'ltd', 'me', 'mil', 'ne', 'net',
  'nhs', 'nic', 'or', 'org', 'plc', 'sch',
]);

/** Public suffixes with two labels that the rule above does not catch. */
export const EXTRA_TWO_LABEL_SUFFIXES: ReadonlySet<string> = new Set([
  'co.com', 'eu.com', 'uk.com', 'us.com', 'gr.com', 'de.com', 'blogspot.com', 'herokuapp.com',
  'azurewebsites.net', 'cloudapp.net',
]);

/**
 * Reserved example domains (RFC 2606 / 6761). Demo data writes `<org>.example.com` for what would
 * be `<org>.com`, so a label in front of them is read as the organisation.
 */
export const EXAMPLE_DOMAINS: ReadonlySet<string> = new Set(['example.com', 'example.org', 'example.net']);

/** Registrable labels of free mail providers whatever their TLD (yahoo.co.uk, hotmail.fr…). */
export const PUBLIC_MAIL_LABELS: ReadonlySet<string> = new Set([
  'aol', 'fastmail', 'gmail', 'gmx', 'googlemail', 'hotmail', 'icloud', 'live', 'outlook',
  'protonmail', 'rediffmail', 'tutanota', 'yahoo', 'yandex', 'ymail', 'zohomail', 'hanmail',
]);

/**
 * Free mail and ISP domains whose label alone is also a company name elsewhere (orange.com is a
 * company, orange.fr a mailbox provider), so they are listed whole.
 */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  '126.com', '163.com', 'aim.com', 'att.net', 'bigpond.com', 'bk.ru', 'btinternet.com',
  'charter.net', 'comcast.net', 'cox.net', 'daum.net', 'free.fr', 'hey.com', 'inbox.ru',
  'interia.pl', 'laposte.net', 'libero.it', 'list.ru', 'mac.com', 'mail.com', 'mail.ru',
  'mailbox.org', 'me.com', 'msn.com', 'naver.com', 'ntlworld.com', 'o2.pl', 'onet.pl',
  'optusnet.com.au', 'orange.fr', 'pm.me', 'posteo.de', 'proton.me', 'qq.com', 'rambler.ru',
  'rogers.com', 'sbcglobal.net', 'seznam.cz', 'sfr.fr', 'shaw.ca', 'sina.com', 'sky.com',
  't-online.de', 'talktalk.net', 'telus.net', 'tiscali.it', 'tuta.io', 'ukr.net', 'verizon.net',
  'virginmedia.com', 'virgilio.it', 'wanadoo.fr', 'web.de', 'wp.pl', 'xtra.co.nz', 'yeah.net',
  'zoho.com',
]);
