import {
  EXAMPLE_DOMAINS,
  EXTRA_TWO_LABEL_SUFFIXES,
  GENERIC_SECOND_LEVELS,
  PUBLIC_MAIL_DOMAINS,
  PUBLIC_MAIL_LABELS,
} from './mail-domains';

/**
 * The organisation an address belongs to, guessed from its registrable domain:
 * `dana@mail.harborline-logistics.co.uk` → "Harborline Logistics". Returns "" for free mail
 * providers (gmail.com, outlook.com, yahoo.co.uk…), IP literals, punycode and anything unreadable,
 * because a wrong organisation is worse than none.
 */
export function organisationFromEmail(email: string): string {
  const labels = domainLabels(email);
  if (labels.length < 2) return '';
  const suffixLength = publicSuffixLength(labels);
  const label = labels[labels.length - suffixLength - 1];
  if (label === undefined) return '';
  const registrable = labels.slice(labels.length - suffixLength - 1).join('.');
  if (PUBLIC_MAIL_LABELS.has(label) || PUBLIC_MAIL_DOMAINS.has(registrable)) return '';
  if (label.startsWith('xn--') || /^\d+$/.test(label)) return '';
  return titleCase(label);
}

function domainLabels(email: string): string[] {
  const at = email.lastIndexOf('@');
  const domain = email
    .slice(at + 1)
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/[>\s].*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (at < 0 || domain === '' || /^[\d.:]+$/.test(domain)) return [];
  return domain.split('.').filter((label) => label !== '');
}

/** How many trailing labels are a public suffix: 1 for .com, 2 for .co.uk and example.com. */
function publicSuffixLength(labels: string[]): number {
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const lastTwo = `${second}.${tld}`;
  if (EXTRA_TWO_LABEL_SUFFIXES.has(lastTwo)) return 2;
  if (tld.length === 2 && GENERIC_SECOND_LEVELS.has(second)) return 2;
  // example.org alone is the "Example" organisation; lakeside.example.org is "Lakeside".
  if (EXAMPLE_DOMAINS.has(lastTwo) && labels.length >= 3) return 2;
  return 1;
}

function titleCase(label: string): string {
  return label
    .split(/[-_]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
