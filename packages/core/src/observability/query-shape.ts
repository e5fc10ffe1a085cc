// One pass over the SQL: quoted identifiers are kept; string literals, dollar-quoted bodies,
// bind placeholders ($1) and numeric literals become "?". Prisma already binds values as $n, so
// this mainly keeps raw queries and list lengths from multiplying shapes.
const token = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$|\$\d+|(?<![\w$.])\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/g;

const maxShapeLength = 2_000;

/**
 * The shape of a SQL statement: the same query with different values gives the same text, and no
 * value (an email, a token) survives into it.
 */
export function queryShape(sql: string): string {
  const shape = sql
    .replace(token, (match) => (match.startsWith('"') ? match : "?"))
    // `IN (?, ?, ?)` and multi-row VALUES differ only by list length.
    .replace(/\(\s*\?(?:\s*,\s*\?)+\s*\)/g, "(?, ...)")
    .replace(/(\(\?, \.\.\.\)|\(\?\))(?:\s*,\s*\1)+/g, "$1, ...")
    .replace(/\s+/g, " ")
    .trim();
  return shape.length > maxShapeLength ? `${shape.slice(0, maxShapeLength)}…` : shape;
}
