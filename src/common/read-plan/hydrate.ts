import { toConnection, type ConnectionResult } from '../pagination';
import type { RelationShape, RowShape } from './shape';

/** A planned JSON row as an entity instance, with its planned relations under their keys. */
export function hydrate(shape: RowShape, value: unknown): object {
  const values = shape.chunked ? (value as unknown[][]).flat() : (value as unknown[]);
  const row = Object.create(shape.proto) as Record<string, unknown>;
  let i = 0;
  for (const column of shape.columns) {
    let v = values[i++];
    if (v !== null && column.date) v = new Date(v as string);
    row[column.property] = column.from ? column.from(v) : v;
  }
  for (const relation of shape.relations) row[relation.key] = relationValue(relation, values[i++]);
  return row;
}

/** A planned relation's JSON value as what its field resolver returns: a row, a list or a connection. */
export function relationValue(relation: RelationShape, value: unknown): unknown {
  switch (relation.kind) {
    case 'value':
      return value;
    case 'one':
      return value === null || value === undefined ? null : hydrate(relation.row, value);
    case 'many':
      return ((value ?? []) as unknown[]).map((v) => hydrate(relation.row, v));
    case 'page': {
      const [rows, count] = (value ?? [[], 0]) as [unknown[], number | null];
      const nodes = rows.map((v) => hydrate(relation.row, v));
      const connection = toConnection(nodes, relation.page, relation.keys, () => Promise.resolve(count ?? 0));
      return relation.through ? throughLinks(connection, relation.through) : connection;
    }
  }
}

/** A connection of link rows as the connection of the rows they point at (same cursors and page info). */
function throughLinks(links: ConnectionResult<object>, key: string): ConnectionResult<object> {
  const nodeOf = (link: object): object => (link as Record<string, object>)[key];
  return {
    get edges() {
      return links.edges.map((edge) => ({ cursor: edge.cursor, node: nodeOf(edge.node) }));
    },
    nodes: links.nodes.map(nodeOf),
    pageInfo: links.pageInfo,
    get totalCount() {
      return links.totalCount;
    },
  };
}
