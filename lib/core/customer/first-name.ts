// The name to greet a customer with ("Hi Dana,"). When in doubt it returns "": the templates
// then fall back to a neutral greeting, which is better than "Hi Jsmith," or "Hi Support,".

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'herr',
  'frau', 'mme', 'mlle', 'm', 'sr', 'sra', 'dott', 'ing', 'eng', 'dipl',
]);

/** Mailbox names that are roles, not people. */
const ROLE_WORDS = new Set([
  'admin', 'administrator', 'accounts', 'billing', 'contact', 'helpdesk', 'hello', 'info', 'it',
  'mail', 'mailer', 'noreply', 'no-reply', 'office', 'operations', 'ops', 'postmaster',
  'sales', 'service', 'servicedesk', 'support', 'sysadmin', 'team', 'tech', 'webmaster',
]);

/**
 * First name from a display name ("Dana Whitfield", "Whitfield, Dana", "Dr. Dana Whitfield",
 * "DANA WHITFIELD"), else from the address when its local part is clearly first.last
 * ("dana.whitfield@…"). Returns "" when there is nothing trustworthy.
 */
export function firstNameOf(name: string, email: string): string {
  return fromDisplayName(name) || fromEmail(email);
}

function fromDisplayName(raw: string): string {
  const name = raw
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/["“”'‘’]/g, ' ')
    .trim();
  if (name === '' || name.includes('@')) return '';
  // "Whitfield, Dana" puts the given name after the comma.
  const commaParts = name.split(',').map((part) => part.trim());
  const isSurnameFirst = commaParts.length === 2 && commaParts[1] !== '';
  const givenPart = (isSurnameFirst ? commaParts[1] : commaParts[0]) ?? '';
  const words = givenPart.split(/\s+/).filter((word) => word !== '' && !isTitle(word));
  if (words.some((word) => ROLE_WORDS.has(word.toLowerCase()))) return '';
  // Without a comma the last word is the surname: "J. Smith" has no usable first name.
  const candidates = isSurnameFirst || words.length === 1 ? words : words.slice(0, -1);
  const first = candidates.find((word) => !isInitial(word));
  if (first === undefined || !/\p{L}/u.test(first)) return '';
  return normaliseCase(first);
}

function fromEmail(email: string): string {
  const local = (email.split('@')[0] ?? '').trim().toLowerCase();
  const pieces = local.split(/[._-]+/);
  const first = pieces[0] ?? '';
  if (pieces.length < 2 || first.length < 2 || !/^\p{L}+$/u.test(first)) return '';
  if (ROLE_WORDS.has(first)) return '';
  return normaliseCase(first);
}

function isTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, '').toLowerCase());
}

function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

/** "DANA" and "dana" become "Dana"; "McKenzie" and "Jean-Luc" stay as written. */
function normaliseCase(word: string): string {
  const isOneCase = word === word.toUpperCase() || word === word.toLowerCase();
  if (!isOneCase) return word;
  return word
    .toLowerCase()
    .replace(/(^|-)(\p{L})/gu, (_match, dash: string, letter: string) => dash + letter.toUpperCase());
}
