import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgcrypto } from "@electric-sql/pglite/contrib/pgcrypto";
import { uuid_ossp } from "@electric-sql/pglite/contrib/uuid_ossp";

/**
 * Contrib extensions a migration may `CREATE EXTENSION` (the table exclusion constraint needs
 * btree_gist). PGlite can only create extensions it was opened with, and a data directory that
 * uses one must be reopened with it, so every PGlite that sees the migrations (the CLI, the app,
 * the embedded template, backups) is opened with this set. They cost nothing until created.
 * Its own subpath export, so the app can load it without the schema engine.
 */
export const pgliteExtensions = { btree_gin, btree_gist, citext, pg_trgm, pgcrypto, uuid_ossp };
