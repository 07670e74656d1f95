/**
 * Read models: how the GraphQL object types map onto tables, declared by the feature modules so the
 * read planner (./compile.ts) can answer a whole selection — nested lists and pages included — in
 * one SQL statement. A type's columns come from its TypeORM entity; modules add the relations they
 * own (User.activities lives in the activity module) and say which columns a computed field reads.
 */

/** One ordering column of a list, by entity property; the last key must be the id. */
export interface OrderKey {
  property: string;
  desc?: boolean;
}

/**
 * A join condition between a target row and its parent (SQL aliases), for relations that are not a
 * single foreign key; `viewer` is the request viewer's id (a bind parameter, NULL when anonymous).
 */
export type Match = (target: string, parent: string, viewer: string) => string;

export type Relation =
  /** A row the parent points at (`parent[via]` is its id), or the first row `match` finds in `order`. */
  | { kind: 'one'; target: string; via?: string; match?: Match; order?: OrderKey[] }
  /** Every target row whose `by` property is the parent's id (or that `match` finds), in `order`. */
  | { kind: 'many'; target: string; by?: string; match?: Match; order: OrderKey[] }
  /**
   * A connection page of the target rows whose `by` property is the parent's id (or that `match`
   * finds); with `through`, the target rows are links and each node is their `through` relation.
   */
  | { kind: 'page'; target: string; by?: string; match?: Match; order: OrderKey[]; through?: string }
  /** A value SQL computes from the parent row (a count, a summary object), as the field returns it. */
  | { kind: 'value'; sql: (parent: string, viewer: string) => string };

export interface ReadModel {
  /** The GraphQL object type. */
  type: string;
  /** Its entity (declared once per type, by the module owning it). */
  entity?: Function;
  /** Fields answered from other rows, by field name. */
  relations?: Record<string, Relation>;
  /** Entity properties a computed field reads, by field name; an undeclared computed field reads every column. */
  needs?: Record<string, string[]>;
  /** Entity properties every row carries whatever the selection: what access rules read. */
  always?: string[];
}

export const one = (target: string, via: string): Relation => ({ kind: 'one', target, via });
export const oneWhere = (target: string, match: Match, order?: OrderKey[]): Relation => ({
  kind: 'one',
  target,
  match,
  order,
});
export const many = (target: string, by: string, order: OrderKey[]): Relation => ({ kind: 'many', target, by, order });
export const page = (target: string, by: string, order: OrderKey[], through?: string): Relation => ({
  kind: 'page',
  target,
  by,
  order,
  through,
});
export const pageWhere = (target: string, match: Match, order: OrderKey[]): Relation => ({
  kind: 'page',
  target,
  match,
  order,
});
export const value = (sql: (parent: string, viewer: string) => string): Relation => ({ kind: 'value', sql });

/** Every declaration of one type, merged. */
export interface TypeModel {
  type: string;
  entity: Function;
  relations: Map<string, Relation>;
  needs: Map<string, string[]>;
  always: Set<string>;
}

/** The merged read models of the application, by type name. */
export class ReadModels {
  private readonly types = new Map<string, TypeModel>();

  constructor(declared: readonly ReadModel[]) {
    const entities = new Map(declared.filter((m) => m.entity).map((m) => [m.type, m.entity!]));
    for (const model of declared) {
      const entity = entities.get(model.type);
      if (!entity) throw new Error(`Read model ${model.type} has no entity`);
      let merged = this.types.get(model.type);
      if (!merged) {
        // The global id (a getter) reads the primary key.
        merged = {
          type: model.type,
          entity,
          relations: new Map(),
          needs: new Map([['id', ['id']]]),
          always: new Set(),
        };
        this.types.set(model.type, merged);
      }
      for (const [field, relation] of Object.entries(model.relations ?? {})) merged.relations.set(field, relation);
      for (const [field, needs] of Object.entries(model.needs ?? {})) merged.needs.set(field, needs);
      for (const property of model.always ?? []) merged.always.add(property);
    }
    for (const merged of this.types.values()) {
      for (const [field, relation] of merged.relations) {
        if (relation.kind !== 'value' && !this.types.has(relation.target)) {
          throw new Error(`${merged.type}.${field} reads ${relation.target}, which has no read model`);
        }
      }
    }
  }

  get(type: string): TypeModel | undefined {
    return this.types.get(type);
  }
}
