import { openEmbeddedStore } from './embedded-store.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations.ts';
import { openPostgresStore } from './postgres-store.ts';
import type { Store } from './sql-client.ts';

/** Where the store lives: DATABASE_URL picks PostgreSQL, otherwise PGlite in the data directory. */
export type StoreLocation = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export function storeLocationOf(config: { dataDir: string; databaseUrl: string | null }): StoreLocation {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'embedded', dataDir: config.dataDir };
}

/** Opens the store and brings it to the latest schema: the same migrations on both engines. */
export async function openStore(location: StoreLocation, applicationName = 'casebook'): Promise<Store> {
  const store = location.kind === 'postgres' ? await openPostgresStore(location.url, applicationName) : await openEmbeddedStore(location.dataDir);
  try {
    await migrate(store, migrations);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Where to say the data is, without the password of a DATABASE_URL. */
export function describeStoreLocation(location: StoreLocation): string {
  if (location.kind === 'embedded') return location.dataDir;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
