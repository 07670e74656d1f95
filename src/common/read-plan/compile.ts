import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { readPage, type CursorValue, type Page } from '../pagination';
import { DATE_TYPES, MAX_ARGS, ownColumns, quoted, TEXT_TYPES, transformerOf } from './columns';
import type { ReadModels, Relation, TypeModel } from './model';
import {
  connectionNodes,
  fieldReads,
  isPlainField,
  selectionOf,
  type OperationScope,
  type SelectedField,
} from './selection';
import { plannedKey, type Compiled, type RelationShape, type RowShape } from './shape';

/**
 * Stands for the viewer's id among a plan's parameters: plans are kept for every request of the
 * same document and variables, and the id is put in (bindViewer) when a statement runs.
 */
export const VIEWER = Object.freeze({});

/** A statement's positional values with the viewer's id in place of VIEWER. */
export const bindViewer = (values: readonly unknown[], viewerId: string | null): unknown[] =>
  values.map((value) => (value === VIEWER ? viewerId : value));

/** The response key under which a link row of a page carries its node. */
const THROUGH = '__node';

/**
 * Compiles GraphQL selections into SQL that returns each row as one JSON value — its columns and
 * every planned relation nested inside — so a page of users with their roles, badges and latest
 * activities is one statement. Row-independent rules (who may see a field) stay in the resolvers;
 * a relation that cannot be planned here (no read model, a cursor inside a nested page, invalid
 * arguments) is left out and its resolver reads it on its own, batched.
 */
export class Planner {
  readonly params: Record<string, unknown> = {};
  private names = 0;

  private viewerParam: string | undefined;

  constructor(
    private readonly models: ReadModels,
    private readonly dataSource: DataSource,
    private readonly scope: OperationScope,
  ) {}

  /** The table of a type. */
  table(model: TypeModel): string {
    return quoted(this.dataSource.getMetadata(model.entity).tableName);
  }

  /** One row of `model` aliased `alias`, with the fields `nodes` select on `type` (and the properties `extra`). */
  row(
    model: TypeModel,
    type: GraphQLObjectType,
    nodes: readonly FieldNode[],
    alias: string,
    extra: readonly string[] = [],
  ): Compiled<RowShape> {
    const columns = ownColumns(this.dataSource, model);
    const byProperty = new Map(columns.map((c) => [c.propertyName, c]));
    const wanted = new Set<string>([...model.always, ...extra]);
    let everything = false;
    const relations: Array<Compiled<RelationShape>> = [];
    const fields = type.getFields();
    for (const field of selectionOf(nodes, type, this.scope).values()) {
      const needs = model.needs.get(field.name);
      for (const property of [...(needs ?? []), ...fieldReads(fields[field.name])]) wanted.add(property);
      const relation = model.relations.get(field.name);
      if (relation) {
        const compiled = this.relation(model, relation, field, alias, false);
        // A relation left to its resolver is read by the parent's id.
        if (compiled) relations.push(compiled);
        else wanted.add('id');
      } else if (needs) {
        continue;
      } else if (byProperty.has(field.name) && isPlainField(fields[field.name])) {
        wanted.add(field.name);
      } else {
        everything = true;
      }
    }
    // A row carries only what its selected fields read: rows are most of a response's bytes.
    const chosen = columns.filter((c) => everything || wanted.has(c.propertyName));
    return this.build(model, alias, chosen, relations);
  }

  /** Every column of a row, for reads made outside an operation (the session's user). */
  fullRow(model: TypeModel, alias: string): Compiled<RowShape> {
    return this.build(model, alias, ownColumns(this.dataSource, model), []);
  }

  private build(
    model: TypeModel,
    alias: string,
    chosen: ColumnMetadata[],
    relations: Array<Compiled<RelationShape>>,
  ): Compiled<RowShape> {
    const values = [
      ...chosen.map((c) => `${alias}.${quoted(c.databaseName)}${TEXT_TYPES.has(c.type) ? '::text' : ''}`),
      ...relations.map((r) => r.sql),
    ];
    const chunked = values.length > MAX_ARGS;
    const sql = chunked
      ? `json_build_array(${chunks(values)
          .map((c) => `json_build_array(${c.join(', ')})`)
          .join(', ')})`
      : `json_build_array(${values.join(', ')})`;
    return {
      sql,
      shape: {
        proto: (model.entity as { prototype: object }).prototype,
        columns: chosen.map((c) => ({
          property: c.propertyName,
          date: DATE_TYPES.has(c.type),
          from: transformerOf(c),
        })),
        relations: relations.map((r) => r.shape),
        chunked,
      },
    };
  }

  /**
   * A relation of the row aliased `parent`, as a JSON expression; null when it is left to its
   * resolver. `withCursor` allows paging from a cursor (a cursor that does not fit the order
   * columns fails the statement, so only a statement of its own may carry one).
   */
  relation(
    parentModel: TypeModel,
    relation: Relation,
    field: SelectedField,
    parent: string,
    withCursor: boolean,
  ): Compiled<RelationShape> | null {
    const key = plannedKey(field.key);
    if (relation.kind === 'value') {
      return { sql: `(${relation.sql(parent, this.viewer())})`, shape: { key, kind: 'value' } };
    }
    const target = this.models.get(relation.target)!;
    const type = field.objectType;
    if (!type) return null;
    const alias = this.alias();
    const table = this.table(target);
    const column = (property: string, on = alias): string => `${on}.${quoted(this.column(target, property))}`;
    if (relation.kind === 'one') {
      const row = this.row(target, type, field.nodes, alias);
      const first = relation.order
        ? ` ORDER BY ${relation.order.map((k) => `${column(k.property)} ${k.desc ? 'DESC' : 'ASC'}`).join(', ')}`
        : '';
      const where = relation.match
        ? `${relation.match(alias, parent, this.viewer())}${first} LIMIT 1`
        : `${alias}."id" = ${parent}.${quoted(this.column(parentModel, relation.via!))}`;
      return {
        sql: `(SELECT ${row.sql} FROM ${table} ${alias} WHERE ${where})`,
        shape: { key, kind: 'one', row: row.shape },
      };
    }
    // The rows of the target that belong to the parent, on the target alias `on`.
    const belongs = (on: string): string =>
      relation.match ? relation.match(on, parent, this.viewer()) : `${column(relation.by!, on)} = ${parent}."id"`;
    if (relation.kind === 'many') {
      const row = this.row(target, type, field.nodes, alias);
      const order = relation.order.map((k) => `${column(k.property)} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
      return {
        sql: `(SELECT coalesce(json_agg(${row.sql} ORDER BY ${order}), '[]'::json) FROM ${table} ${alias} WHERE ${belongs(alias)})`,
        shape: { key, kind: 'many', row: row.shape },
      };
    }
    let pageArgs: Page;
    try {
      pageArgs = readPage(field.args, relation.order.length);
    } catch (error) {
      if (withCursor) throw error;
      return null;
    }
    if (pageArgs.cursor && !withCursor) return null;
    const { nodes, count, cursors } = connectionNodes(selectionOf(field.nodes, type, this.scope), this.scope);
    const nodeType = getNamedType(type.getFields().nodes?.type);
    if (!isObjectType(nodeType)) return null;
    const orderProperties = cursors ? relation.order.map((k) => k.property) : [];
    let row: Compiled<RowShape>;
    if (relation.through) {
      // The page walks the link rows (their order, their cursors); each node is the row a link points at.
      const link = target.relations.get(relation.through);
      const node = link
        ? this.relation(
            target,
            link,
            { key: THROUGH, name: relation.through, args: {}, nodes, objectType: nodeType },
            alias,
            false,
          )
        : null;
      if (!node) return null;
      const columns = ownColumns(this.dataSource, target).filter((c) => orderProperties.includes(c.propertyName));
      row = this.build(target, alias, columns, [node]);
    } else {
      row = this.row(target, nodeType, nodes, alias, orderProperties);
    }
    const inner = this.alias();
    const descending = relation.order.map((k) => Boolean(k.desc) !== pageArgs.backwards);
    const orderOn = (on: string): string =>
      relation.order.map((k, i) => `${column(k.property, on)} ${descending[i] ? 'DESC' : 'ASC'}`).join(', ');
    let cursorSql = '';
    if (pageArgs.cursor) {
      const values = pageArgs.cursor.map((v) => this.param(v));
      // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, each comparison in its own direction.
      cursorSql = ` AND (${relation.order
        .map((k, i) => {
          const equal = relation.order.slice(0, i).map((e, j) => `${column(e.property, inner)} = ${values[j]}`);
          const forward = Boolean(k.desc) === pageArgs.backwards;
          return `(${[...equal, `${column(k.property, inner)} ${forward ? '>' : '<'} ${values[i]}`].join(' AND ')})`;
        })
        .join(' OR ')})`;
    }
    const countSql = count ? `(SELECT count(*)::int FROM ${table} ${inner} WHERE ${belongs(inner)})` : 'NULL';
    const limit = this.param(pageArgs.size + 1);
    return {
      sql: `(SELECT json_build_array(coalesce(json_agg(${row.sql} ORDER BY ${orderOn(alias)}), '[]'::json), ${countSql}) FROM (SELECT * FROM ${table} ${inner} WHERE ${belongs(inner)}${cursorSql} ORDER BY ${orderOn(inner)} LIMIT ${limit}) ${alias})`,
      shape: {
        key,
        kind: 'page',
        row: row.shape,
        page: pageArgs,
        through: relation.through ? plannedKey(THROUGH) : undefined,
        keys: relation.order.map((k) => ({
          value: (r: object) => (r as Record<string, CursorValue | Date>)[k.property],
        })),
      },
    };
  }

  /** A bind parameter holding `value`. */
  param(value: unknown): string {
    const name = `rp${this.names++}`;
    this.params[name] = value;
    return `:${name}`;
  }

  /** The viewer's id as a bind parameter (one per statement). */
  private viewer(): string {
    this.viewerParam ??= this.param(VIEWER);
    return `${this.viewerParam}::uuid`;
  }

  private alias(): string {
    return `"r${this.names++}"`;
  }

  /** The quoted column of an entity property. */
  columnName(model: TypeModel, property: string): string {
    return quoted(this.column(model, property));
  }

  private column(model: TypeModel, property: string): string {
    const column = ownColumns(this.dataSource, model).find((c) => c.propertyName === property);
    if (!column) throw new Error(`${model.type} has no column for ${property}`);
    return column.databaseName;
  }
}

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += MAX_ARGS) out.push(values.slice(i, i + MAX_ARGS));
  return out;
}
