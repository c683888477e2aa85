// The installation details the support process asks every defect report for
// ("Template: Obtaining the installation detail" in support-process.rst), in the team's order.

export const INSTALLATION_ITEMS = [
  'productVersion',
  'os',
  'protocols',
  'serverLog',
  'clientLog',
  'integrations',
] as const;
export type InstallationItem = (typeof INSTALLATION_ITEMS)[number];

/** Short labels for checklists and the Trac table. */
export const INSTALLATION_ITEM_LABELS: Readonly<Record<InstallationItem, string>> = {
  productVersion: 'Product version',
  os: 'Operating system',
  protocols: 'File transfer protocols',
  serverLog: 'Server log (time-stamped)',
  clientLog: 'Client log',
  integrations: 'Integrations',
};

export interface ItemFinding {
  /** True when the customer's messages already answer this item. */
  present: boolean;
  /**
   * What was found, normalised ("4.2.1", "Windows Server 2022", "SFTP, FTPS"). May be set while
   * `present` is false when the answer is partial ("Windows" without a version).
   */
  value: string;
  /** The customer's own words that gave it away (one line, shortened), for the user to check. */
  evidence: string;
}

export type InstallationDetails = Record<InstallationItem, ItemFinding> & {
  /** Items not yet given, in the team's order. */
  missingItems: InstallationItem[];
};

export const NOT_FOUND: ItemFinding = { present: false, value: '', evidence: '' };
