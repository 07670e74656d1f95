/**
 * A codegen document transform: adds `__typename` to every selection set, as Apollo Client does
 * to every document it sends. The persisted-documents manifest then holds exactly what the client
 * runs, so answers to operations sent by hash carry the type names the cache normalises by.
 */
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');

exports.transform = addTypenameSelectionDocumentTransform.transform;
