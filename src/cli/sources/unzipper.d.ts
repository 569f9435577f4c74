// The part of unzipper 0.10 (exceljs' own zip reader) the XLSX source uses: the central
// directory of a file and a stream of each entry's inflated bytes.
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  export interface ZipEntry {
    path: string;
    type: 'File' | 'Directory';
    compressedSize: number;
    uncompressedSize: number;
    stream(password?: string): Readable;
  }
  export interface CentralDirectory {
    files: ZipEntry[];
  }
  export const Open: { file(path: string): Promise<CentralDirectory> };
}
