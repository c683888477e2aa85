/**
 * The automatic backup saved before an import replaces cases: one JSON export in the extension's
 * private file storage (the origin-private file system of the extension's pages), so a wrong
 * restore can be undone from the options. One slot: restoring it first saves what is there in
 * its place, so a second restore undoes the first. Not in IndexedDB: a backup of 50,000 cases is
 * over 100 MB, and the database it saves is the one being replaced.
 */
const FILE_NAME = 'casebook-automatic-backup.json';

export interface AutoBackup {
  text: string;
  /** Epoch ms. */
  savedAt: number;
}

async function directory(): Promise<FileSystemDirectoryHandle> {
  return navigator.storage.getDirectory();
}

export async function saveAutoBackup(text: string): Promise<void> {
  const handle = await (await directory()).getFileHandle(FILE_NAME, { create: true });
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}

/** The saved backup, or null when none was ever saved. */
export async function readAutoBackup(): Promise<AutoBackup | null> {
  try {
    const file = await (await (await directory()).getFileHandle(FILE_NAME)).getFile();
    return { text: await file.text(), savedAt: file.lastModified };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    throw error;
  }
}

/** When the backup was saved, without reading it; null when there is none. */
export async function autoBackupSavedAt(): Promise<number | null> {
  try {
    return (await (await (await directory()).getFileHandle(FILE_NAME)).getFile()).lastModified;
  } catch {
    return null;
  }
}
