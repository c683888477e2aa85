import type { Settings } from '../../model/settings';

/** What an unconfigured sidebar says instead of only "not tracked", and the options section that fixes it. */
export interface SetupGap {
  /** In words, for a sentence: "your email address". */
  what: string;
  /** The options page's section (its element id) where it is set. */
  section: 'identity' | 'support-mail';
}

/**
 * What is missing for Casebook to find cases on its own in this conversation's mailbox or group:
 * who the user is (their messages are staff messages) and the support address or label (which
 * conversations are cases). Business hours have working defaults and Trac is asked for when
 * escalating, so neither is a gap here.
 */
export function setupGaps(settings: Pick<Settings, 'identity' | 'supportAddresses' | 'supportLabels'>): SetupGap[] {
  const gaps: SetupGap[] = [];
  if (settings.identity.emails.length === 0) gaps.push({ what: 'your email address', section: 'identity' });
  if (settings.supportAddresses.length === 0 && settings.supportLabels.length === 0) {
    gaps.push({ what: 'the support address or Gmail label that marks support mail', section: 'support-mail' });
  }
  return gaps;
}

/** "Casebook is not set up yet: your email address and … are missing." — or null when nothing is. */
export function setupNotice(gaps: readonly SetupGap[]): { text: string; section: SetupGap['section'] } | null {
  const first = gaps[0];
  if (!first) return null;
  const list = gaps.map((gap) => gap.what).join(' and ');
  return {
    text: `Casebook is not set up yet: ${list} ${gaps.length > 1 ? 'are' : 'is'} missing, so it cannot tell which conversations are support cases on its own.`,
    section: first.section,
  };
}
