/**
 * One DuckDB database in memory for a run of the SQL path, loaded only when a large file comes
 * (the native module is tens of MB). Rows come back as plain JavaScript values (BIGINT counts as
 * bigint, lists as arrays).
 */
export interface Duck {
  /** The query's rows; a DuckDB error (a file it reads otherwise than our reader) rejects with DuckRefused. */
  rows(sql: string): Promise<unknown[][]>;
  close(): void;
}

export async function openDuck(): Promise<Duck> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    rows: async (sql) => {
      try {
        return (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
      } catch (error) {
        throw new DuckRefused(error);
      }
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** DuckDB could not run a query on the file: the ordinary reader reads it instead (and names what is wrong). */
export class DuckRefused extends Error {
  constructor(readonly reason: unknown) {
    super(String((reason as Error)?.message ?? reason).split('\n')[0]);
  }
}
