import { InMemoryCache } from '@apollo/client';
import possibleTypes from './generated/possible-types';
import { typePolicies } from './generated/type-policies';

/**
 * The cache our apps use: global ids normalise every Node, the Node interface and the
 * notification details union match fragments, and every connection pages with `fetchMore`.
 */
export function createAulaCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes, typePolicies });
}
