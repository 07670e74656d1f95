import DataLoader from 'dataloader';
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import {
  paginate,
  withCursorCheck,
  type ConnectionArgs,
  type ConnectionResult,
  type ListQuery,
  type Page,
} from '../pagination';
import { read } from '../../db/prepared';
import { NotFoundError } from '../../errors/app-error';
import { DocumentMemo } from '../document-memo';
import { bindViewer, Planner } from './compile';
import { plannedKey, type RowShape } from './shape';
import { hydrate, relationValue } from './hydrate';
import type { OrderKey, ReadModels, TypeModel } from './model';
import { connectionNodes, selectionOf, type OperationScope, type SelectedField } from './selection';

/** A compiled statement over a batch of ids (`:__ids`), and how to turn each id's JSON into the field's value. */
interface Prepared {
  sql: string;
  params: Record<string, unknown>;
  batchKey: string;
  value: (json: unknown) => unknown;
  page?: Page;
}

/** Where a list statement's planned row expression goes. */
const ROW_PLACEHOLDER = `'__planned_row__'`;

/** A page's planned row, with its SQL and values (VIEWER in place of the viewer's id) ready to append. */
interface PlannedRow {
  row: RowShape;
  sql: string;
  values: unknown[];
}

/**
 * Plans depend on the document, its variables and the read models only (the viewer's id is a
 * parameter), so they are made once per document and variables, for every request that repeats them.
 */
const preparedPlans = new DocumentMemo<Prepared>();
const pageRows = new DocumentMemo<PlannedRow>();
/** Each request's variables as text, written once per request however many rows ask. */
const variablesText = new WeakMap<object, string>();
const plansKey = (info: GraphQLResolveInfo, ...parts: string[]): string => {
  let variables = variablesText.get(info.variableValues);
  if (variables === undefined) {
    variables = JSON.stringify(info.variableValues);
    variablesText.set(info.variableValues, variables);
  }
  return [...parts, variables].join('\n');
};

/** rowWithChildren's statements: they depend only on the read models, so they are built once per process. */
const fullRowStatements = new Map<string, { sql: string; row: RowShape; child: RowShape }>();

const scopeOf = (info: GraphQLResolveInfo): OperationScope => ({
  fragments: info.fragments,
  variableValues: info.variableValues,
});

/**
 * One request's reads, planned from the GraphQL selection: a root field compiles its whole subtree
 * (nested lists and pages included) into one statement, and each planned relation's resolver takes
 * its value off the parent. A parent that did not come from a plan (a mutation's fresh row) has its
 * relation read by one statement for all such parents. Never shared between requests.
 */
export class Reads {
  private readonly batches = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: EntityManager,
    private readonly models: ReadModels,
    private readonly viewerId: () => string | null,
  ) {}

  /** Forgets what was read (after a write); compiled statements stay valid. */
  clearAll(): void {
    this.batches.clear();
  }

  /** The value of the relation field `info` resolves on `parent` (a row, a list or a connection). */
  relation<T>(parent: { id: string }, info: GraphQLResolveInfo): T | Promise<T> {
    const key = plannedKey(String(info.path.key));
    if (key in parent) return (parent as unknown as Record<string, T>)[key];
    const prepared = this.prepare(info, info.parentType.name, () => {
      const model = this.model(info.parentType.name);
      const relation = model.relations.get(info.fieldName);
      if (!relation) throw new Error(`${model.type}.${info.fieldName} has no read model relation`);
      const planner = new Planner(this.models, this.db.connection, scopeOf(info));
      const compiled = planner.relation(model, relation, fieldOf(info), 'p', true);
      if (!compiled) throw new Error(`${model.type}.${info.fieldName} cannot be planned`);
      return {
        sql: `SELECT p."id" AS id, ${compiled.sql} AS v FROM ${planner.table(model)} p WHERE p."id" = ANY(:__ids)`,
        params: planner.params,
        value: (json) => relationValue(compiled.shape, json),
        page: compiled.shape.kind === 'page' ? compiled.shape.page : undefined,
      };
    });
    return this.load(prepared, parent.id) as Promise<T>;
  }

  /** A required to-one relation; NOT_FOUND (`what`) when its row is gone, e.g. deleted meanwhile. */
  required<T>(parent: { id: string }, info: GraphQLResolveInfo, what: string): T | Promise<T> {
    const found = (row: T | null): T => {
      if (!row) throw new NotFoundError(what);
      return row;
    };
    const row = this.relation<T | null>(parent, info);
    return row instanceof Promise ? row.then(found) : found(row);
  }

  /** The row of `type` with this id (null when absent), read with the selection `info` resolves. */
  byId<T>(info: GraphQLResolveInfo, type: string, id: string): Promise<T | null> {
    const prepared = this.prepare(info, type, () => {
      const model = this.model(type);
      const planner = new Planner(this.models, this.db.connection, scopeOf(info));
      const row = planner.row(model, this.objectType(info, type), info.fieldNodes, 't');
      return {
        sql: `SELECT t."id" AS id, ${row.sql} AS v FROM ${planner.table(model)} t WHERE t."id" = ANY(:__ids)`,
        params: planner.params,
        value: (json) => (json === null ? null : hydrate(row.shape, json)),
      };
    });
    return this.load(prepared, id) as Promise<T | null>;
  }

  /** A connection page of `qb`'s rows (of `type`), each read with the selection of the connection's nodes. */
  page<T extends ObjectLiteral>(
    info: GraphQLResolveInfo,
    type: string,
    { qb, keys }: ListQuery<T>,
    args: ConnectionArgs,
  ): Promise<ConnectionResult<T>> {
    const sortColumns = keys.flatMap((k) => k.reads);
    const planned = pageRows.get(info.fieldNodes, plansKey(info, type, qb.alias, sortColumns.join()), () => {
      const connection = getNamedType(info.returnType) as GraphQLObjectType;
      const scope = scopeOf(info);
      const { nodes, cursors } = connectionNodes(selectionOf(info.fieldNodes, connection, scope), scope);
      const planner = new Planner(this.models, this.db.connection, scope);
      const model = this.model(type);
      const row = planner.row(model, this.objectType(info, type), nodes, `"${qb.alias}"`, cursors ? sortColumns : []);
      const [sql, values] = this.db.connection.driver.escapeQueryWithParameters(row.sql, planner.params);
      return { row: row.shape, sql, values };
    });
    const rowParams = bindViewer(planned.values, this.viewerId());
    return paginate(qb, args, keys, async (query) => {
      // The row goes in after TypeORM has built the statement: it would otherwise rescan the whole
      // row expression for property names, which costs more than building the rest.
      const [sql, params] = query.select(ROW_PLACEHOLDER, 'v').getQueryAndParameters();
      const shifted = planned.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + params.length}`);
      const raws = await read<{ v: unknown }>(
        this.db,
        sql.replace(ROW_PLACEHOLDER, () => shifted),
        [...params, ...rowParams],
      );
      return raws.map((r) => hydrate(planned.row, r.v) as T);
    });
  }

  /**
   * A row of `type` by id with every column, and every row of `child.type` pointing at it (by the
   * property `child.by`), in one statement: the session check every signed-in request makes.
   */
  async rowWithChildren<R, C>(
    type: string,
    id: string,
    child: { type: string; by: string; order: OrderKey[] },
  ): Promise<{ row: R; children: C[] } | null> {
    const key = `${type}>${child.type}.${child.by}`;
    let statement = fullRowStatements.get(key);
    if (!statement) {
      const model = this.model(type);
      const childModel = this.model(child.type);
      const planner = new Planner(this.models, this.db.connection, { fragments: {}, variableValues: {} });
      const row = planner.fullRow(model, 't');
      const childRow = planner.fullRow(childModel, 'c');
      const column = (property: string): string => `c.${planner.columnName(childModel, property)}`;
      const order = child.order.map((k) => `${column(k.property)} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
      statement = {
        sql: `SELECT ${row.sql} AS t, (SELECT coalesce(json_agg(${childRow.sql} ORDER BY ${order}), '[]'::json)
           FROM ${planner.table(childModel)} c WHERE ${column(child.by)} = t."id") AS c
         FROM ${planner.table(model)} t WHERE t."id" = $1`,
        row: row.shape,
        child: childRow.shape,
      };
      fullRowStatements.set(key, statement);
    }
    const { row, child: childShape } = statement;
    const rows = await read<{ t: unknown; c: unknown[] }>(this.db, statement.sql, [id]);
    const found = rows[0];
    if (!found) return null;
    return { row: hydrate(row, found.t) as R, children: found.c.map((c) => hydrate(childShape, c) as C) };
  }

  private model(type: string): TypeModel {
    const model = this.models.get(type);
    if (!model) throw new Error(`${type} has no read model`);
    return model;
  }

  private objectType(info: GraphQLResolveInfo, type: string): GraphQLObjectType {
    const found = info.schema.getType(type);
    if (!isObjectType(found)) throw new Error(`${type} is not an object type`);
    return found;
  }

  private prepare(info: GraphQLResolveInfo, type: string, build: () => Omit<Prepared, 'batchKey'>): Prepared {
    return preparedPlans.get(info.fieldNodes, plansKey(info, type), () => {
      const built = build();
      return { ...built, batchKey: `${built.sql}\n${JSON.stringify(built.params)}` };
    });
  }

  private load(prepared: Prepared, id: string): Promise<unknown> {
    let loader = this.batches.get(prepared.batchKey);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const [sql, params] = this.db.connection.driver.escapeQueryWithParameters(prepared.sql, {
          ...prepared.params,
          __ids: [...ids],
        });
        const query = read<{ id: string; v: unknown }>(this.db, sql, bindViewer(params, this.viewerId()));
        const rows = prepared.page ? await withCursorCheck(query, prepared.page) : await query;
        const byId = new Map(rows.map((r) => [r.id, r.v]));
        return ids.map((id) => prepared.value(byId.get(id) ?? null));
      });
      this.batches.set(prepared.batchKey, loader);
    }
    return loader.load(id);
  }
}

/** The field `info` resolves, as the planner sees a selected field. */
function fieldOf(info: GraphQLResolveInfo): SelectedField {
  const named = getNamedType(info.returnType);
  return {
    key: String(info.path.key),
    name: info.fieldName,
    args: getArgumentValues(info.parentType.getFields()[info.fieldName]!, info.fieldNodes[0]!, info.variableValues),
    nodes: [...info.fieldNodes],
    objectType: isObjectType(named) ? named : null,
  };
}
