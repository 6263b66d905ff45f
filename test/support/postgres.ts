import pg from 'pg';

/** The PostgreSQL server the suites use (the development and CI machines run one on 127.0.0.1:5432). */
export const postgresAdminUrl =
  process.env.PALISADE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A fresh database for one suite, dropped afterwards. Fails loudly when PostgreSQL is not reachable:
 * the store contract is not allowed to skip itself.
 */
export async function createTempDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `palisade_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresAdminUrl} (${(error as Error).message}). Start it (see README, "Tests") or set PALISADE_TEST_POSTGRES_URL.`,
    );
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
