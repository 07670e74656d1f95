/**
 * A GraphQL Code Generator plugin: one typed React hook per operation of client/operations/
 * (`useViewerDashboardQuery`, `useJoinClassMutation`, `useThreadMessagesSubscription`, …) over
 * Apollo Client 4's `useQuery` / `useMutation` / `useSubscription` and the client preset's typed
 * documents. Options are required when the operation
 * has variables without defaults.
 */
const { Kind } = require('graphql');

const capitalize = (name) => name.charAt(0).toUpperCase() + name.slice(1);

function needsVariables(operation) {
  return (operation.variableDefinitions ?? []).some(
    (v) => v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue === undefined,
  );
}

module.exports = {
  plugin(_schema, documents) {
    const operations = documents
      .flatMap((file) => file.document.definitions)
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.name)
      .sort((a, b) => a.name.value.localeCompare(b.name.value));
    const lines = [
      "import { useMutation, useQuery, useSubscription } from '@apollo/client/react';",
      "import * as Operations from './graphql';",
      '',
    ];
    for (const op of operations) {
      const name = op.name.value;
      const kind = capitalize(op.operation);
      const data = `Operations.${name}${kind}`;
      const variables = `Operations.${name}${kind}Variables`;
      const document = `Operations.${name}Document`;
      const optional = needsVariables(op) ? '' : ' = {}';
      if (op.operation === 'query') {
        lines.push(
          `export function use${name}Query(options: useQuery.Options<${data}, ${variables}>${optional}) {`,
          `  return useQuery(${document}, options);`,
          '}',
          '',
        );
      } else if (op.operation === 'subscription') {
        lines.push(
          `export function use${name}Subscription(options: useSubscription.Options<${data}, ${variables}>${optional}) {`,
          `  return useSubscription(${document}, options);`,
          '}',
          '',
        );
      } else {
        lines.push(
          `export function use${name}Mutation(options: useMutation.Options<${data}, ${variables}> = {}) {`,
          `  return useMutation(${document}, options);`,
          '}',
          '',
        );
      }
    }
    return lines.join('\n');
  },
};
