/**
 * A GraphQL Code Generator plugin: the InMemoryCache type policies for this schema. Every field
 * that returns a connection is merged with connectionPagination (relay-style, for `edges` and
 * `nodes` alike), keyed by its arguments other than the cursor ones, so `fetchMore` appends pages
 * and screens with other filters keep their own list.
 */
const { getNamedType, isObjectType } = require('graphql');

const CURSOR_ARGS = new Set(['first', 'after', 'last', 'before']);

module.exports = {
  plugin(schema) {
    const policies = {};
    const typeNames = Object.keys(schema.getTypeMap())
      .filter((n) => !n.startsWith('__'))
      .sort();
    for (const typeName of typeNames) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = {};
      for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        fields[field.name] = field.args.map((a) => a.name).filter((a) => !CURSOR_ARGS.has(a));
      }
      if (Object.keys(fields).length > 0) policies[typeName] = fields;
    }
    const lines = [
      "import type { TypePolicies } from '@apollo/client';",
      "import { connectionPagination } from '../connection-pagination';",
      '',
      '/** Pagination for every connection field, keyed by its non-cursor arguments. */',
      'export const typePolicies: TypePolicies = {',
    ];
    for (const [typeName, fields] of Object.entries(policies)) {
      lines.push(`  ${typeName}: {`, '    fields: {');
      for (const [field, keyArgs] of Object.entries(fields)) {
        lines.push(
          `      ${field}: connectionPagination(${keyArgs.length ? JSON.stringify(keyArgs).replace(/"/g, "'") : 'false'}),`,
        );
      }
      lines.push('    },', '  },');
    }
    lines.push('};', '');
    return lines.join('\n');
  },
};
