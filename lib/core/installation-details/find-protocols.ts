import { findTerms, type Term } from './find-terms';
import { NOT_FOUND, type ItemFinding } from './installation-item';

/** "https://…" in a signature is a link, not a protocol in use. */
const isUrl = (text: string, match: RegExpExecArray): boolean =>
  text.slice(match.index + match[0].length, match.index + match[0].length + 3) === '://';

/** "our FTP server" names the kind of product, not the protocol. */
const isKindOfProduct = (text: string, match: RegExpExecArray): boolean => {
  const end = match.index + match[0].length;
  const nounAfter = /^\s+(?:server|service|software|product|solution|gateway|site)\b/i.test(text.slice(end, end + 14));
  const protocolCue = /\b(?:plain|unencrypted|via|over|using|with)\s+$/i.test(text.slice(Math.max(0, match.index - 14), match.index));
  return nounAfter && !protocolCue;
};

/** Passive/active mode only says "FTP family": it stands for FTP when nothing more exact is named. */
const DATA_MODE = 'FTP data mode';

export const PROTOCOL_TERMS: readonly Term[] = [
  { name: 'SFTP', pattern: /\bSFTP\b|\bSSH File Transfer\b/gi },
  { name: 'FTPS', pattern: /\bFTPE?S\b|\bFTP\s+over\s+(?:TLS|SSL)\b|\b(?:explicit|implicit)\s+(?:TLS|SSL|FTPS)\b|\bAUTH TLS\b/gi },
  { name: 'FTP', pattern: /\bFTP\b(?![-\s]over\b)/gi, ignore: isKindOfProduct },
  { name: DATA_MODE, pattern: /\bPASV\b|\bEPSV\b|\b(?:passive|active)[- ]mode\b/gi },
  { name: 'HTTPS', pattern: /\bHTTPS\b|\bweb\s?(?:client|interface|upload|portal)\b/gi, ignore: isUrl },
  { name: 'HTTP', pattern: /\bHTTP\b(?!\/\d)/gi, ignore: isUrl },
  { name: 'SCP', pattern: /\bSCP\b/gi },
  { name: 'AS2', pattern: /\bAS2\b/gi },
  { name: 'WebDAV', pattern: /\bWebDAV\b/gi },
];

/** The file transfer protocols the customer uses ("SFTP, FTPS"). */
export function findProtocols(texts: readonly string[]): ItemFinding {
  const used = findTerms(texts, PROTOCOL_TERMS).filter((mention) => mention.status === 'used');
  const names = used.map((mention) => mention.name);
  const exactFtp = names.includes('FTP') || names.includes('FTPS');
  const protocols = used
    .filter((mention) => !(mention.name === DATA_MODE && exactFtp))
    .map((mention) => ({ ...mention, name: mention.name === DATA_MODE ? 'FTP' : mention.name }));
  const first = protocols[0];
  if (!first) return NOT_FOUND;
  return { present: true, value: protocols.map((mention) => mention.name).join(', '), evidence: first.evidence };
}
