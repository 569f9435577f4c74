import { writeFile } from 'node:fs/promises';
import { usageError } from '../errors';
import type { CliMessages } from '../messages';

/**
 * Writes what `--out` names. A path that cannot be written (a folder, a folder that does not
 * exist, no permission) is said in a sentence with exit code 2, never as a Node stack trace.
 */
export async function writeOutputFile(path: string, text: string, m: CliMessages): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    const why = code === 'EISDIR' ? m.outIsFolder : code === 'ENOENT' ? m.outNoFolder : code === 'EACCES' || code === 'EPERM' ? m.outDenied : m.outOther(code ?? String(error));
    throw usageError(m.cannotWrite(path, why));
  }
}
