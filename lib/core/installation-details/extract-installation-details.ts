import { ownWords } from './customer-text';
import { findClientLog, findServerLog } from './find-logs';
import { findIntegrations } from './find-integrations';
import { findOperatingSystem } from './find-operating-system';
import { findProductVersion } from './find-product-version';
import { findProtocols } from './find-protocols';
import { INSTALLATION_ITEMS, type InstallationDetails } from './installation-item';

/**
 * Customers state their setup near the top of a message; beyond this, a body is mostly pasted log,
 * and reading it all would only cost time (about 0.5 s per megabyte).
 */
const MAX_CHARS_READ = 200_000;

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
  const items = {
    productVersion: findProductVersion(own),
    os: findOperatingSystem(own),
    protocols: findProtocols(own),
    serverLog: findServerLog(own),
    clientLog: findClientLog(own),
    integrations: findIntegrations(own),
  };
  return { ...items, missingItems: INSTALLATION_ITEMS.filter((item) => !items[item].present) };
}
