import { ownWords } from './customer-text';
import { findClientLog, findServerLog, logLinesOf } from './find-logs';
import { findIntegrations } from './find-integrations';
import { findOperatingSystem } from './find-operating-system';
import { findProductVersion } from './find-product-version';
import { findProtocols } from './find-protocols';
import { INSTALLATION_ITEMS, type InstallationDetails } from './installation-item';

/**
 * Customers state their setup near the top of a message; beyond this, a body is mostly pasted log
 * (two time-stamped lines are enough to know a log was pasted), and reading a hostile 200 KB
 * body in full cost ~0.15 s of the background's time on every thread open.
 */
const MAX_CHARS_READ = 50_000;

/**
 * Which installation details the customer's messages already give, with the words that gave
 * them away, so that the installation-details request asks only for the rest.
 *
 * Pass the bodies of the CUSTOMER's messages only (oldest first): staff replies mention versions
 * and logs too, and would make items look answered. Quoted history inside a body ("> …",
 * "On … wrote:") is dropped here as a second line of defence.
 */
export function extractInstallationDetails(texts: readonly string[]): InstallationDetails {
  const own = texts.map((text) => ownWords(text.slice(0, MAX_CHARS_READ))).filter((text) => text.trim() !== '');
  const logLines = logLinesOf(own);
  const items = {
    productVersion: findProductVersion(own),
    os: findOperatingSystem(own),
    protocols: findProtocols(own),
    serverLog: findServerLog(own, logLines),
    clientLog: findClientLog(own, logLines),
    integrations: findIntegrations(own),
  };
  return { ...items, missingItems: INSTALLATION_ITEMS.filter((item) => !items[item].present) };
}
