import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';

/** What a read plan needs of the executing operation. */
export interface OperationScope {
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** One response key of a selection set: the field, its arguments and every node asking for it. */
export interface SelectedField {
  key: string;
  name: string;
  args: Record<string, unknown>;
  nodes: FieldNode[];
  /** The field's named type when it is an object type (a connection, a node type, …). */
  objectType: GraphQLObjectType | null;
}

/** Response key → field, merged over fragments, with @skip/@include applied. */
export type Selection = Map<string, SelectedField>;

const included = (node: FieldNode | SelectionSetNode['selections'][number], scope: OperationScope): boolean =>
  getDirectiveValues(GraphQLSkipDirective, node, scope.variableValues)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, scope.variableValues)?.if !== false;

function appliesTo(typeName: string | undefined, type: GraphQLObjectType): boolean {
  return !typeName || typeName === type.name || type.getInterfaces().some((i) => i.name === typeName);
}

function collect(set: SelectionSetNode, type: GraphQLObjectType, scope: OperationScope, into: Selection): void {
  for (const node of set.selections) {
    if (!included(node, scope)) continue;
    if (node.kind === Kind.FIELD) {
      const key = node.alias?.value ?? node.name.value;
      const existing = into.get(key);
      if (existing) {
        existing.nodes.push(node);
        continue;
      }
      const definition = type.getFields()[node.name.value];
      if (!definition) continue; // __typename
      const named = getNamedType(definition.type);
      into.set(key, {
        key,
        name: node.name.value,
        args: getArgumentValues(definition, node, scope.variableValues),
        nodes: [node],
        objectType: isObjectType(named) ? named : null,
      });
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      if (appliesTo(node.typeCondition?.name.value, type)) collect(node.selectionSet, type, scope, into);
    } else {
      const fragment = scope.fragments[node.name.value];
      if (fragment && appliesTo(fragment.typeCondition.name.value, type)) {
        collect(fragment.selectionSet, type, scope, into);
      }
    }
  }
}

/** The merged selection of `nodes` (fields of one response key) on the object type `type`. */
export function selectionOf(nodes: readonly FieldNode[], type: GraphQLObjectType, scope: OperationScope): Selection {
  const selection: Selection = new Map();
  for (const node of nodes) if (node.selectionSet) collect(node.selectionSet, type, scope, selection);
  return selection;
}

/**
 * The node selection of a connection (`nodes { … }` and `edges { node { … } }` together), whether it
 * asks for the total, and whether it asks for cursors (then rows carry their order columns).
 */
export function connectionNodes(
  connection: Selection,
  scope: OperationScope,
): { nodes: FieldNode[]; count: boolean; cursors: boolean } {
  const nodes: FieldNode[] = [];
  let cursors = false;
  const inside = (field: SelectedField): Selection =>
    field.objectType ? selectionOf(field.nodes, field.objectType, scope) : new Map();
  for (const field of connection.values()) {
    if (field.name === 'nodes') nodes.push(...field.nodes);
    if (field.name === 'edges') {
      for (const edgeField of inside(field).values()) {
        if (edgeField.name === 'node') nodes.push(...edgeField.nodes);
        if (edgeField.name === 'cursor') cursors = true;
      }
    }
    if (field.name === 'pageInfo') {
      for (const infoField of inside(field).values()) {
        if (infoField.name === 'startCursor' || infoField.name === 'endCursor') cursors = true;
      }
    }
  }
  return { nodes, count: [...connection.values()].some((f) => f.name === 'totalCount'), cursors };
}

/** Marks a field that resolves as a plain property read of its row (no resolver of its own). */
export function markPlain(field: GraphQLField<unknown, unknown>): void {
  field.extensions = { ...field.extensions, plain: true };
}

/** Whether a field reads only its own property (whatever rule guards it): the planner selects just that column. */
export const isPlainField = (field: GraphQLField<unknown, unknown> | undefined): boolean =>
  (field?.extensions as { plain?: boolean } | undefined)?.plain === true;

/** Declares properties of its row that something in front of a field reads (a rule comparing ids). */
export function markReads(field: GraphQLField<unknown, unknown>, properties: string[]): void {
  field.extensions = { ...field.extensions, reads: properties };
}

/** The properties declared with markReads. */
export const fieldReads = (field: GraphQLField<unknown, unknown> | undefined): readonly string[] =>
  (field?.extensions as { reads?: string[] } | undefined)?.reads ?? [];
