import { Counter, Histogram, Registry } from 'prom-client';
import { sha256Hex, TrustedDocuments } from '../trusted-documents';
import { GraphQLMetrics } from './graphql-metrics';
import type { GraphQLMetricFamilies } from './metrics';
import { bearerMatches } from './metrics.routes';

function families(): GraphQLMetricFamilies {
  const registers = [new Registry()];
  return {
    requests: new Counter({ name: 'r', help: 'r', labelNames: ['operation', 'type'], registers }),
    duration: new Histogram({ name: 'd', help: 'd', labelNames: ['operation', 'type'], registers }),
    errors: new Counter({ name: 'e', help: 'e', labelNames: ['code', 'reason'], registers }),
    cost: new Histogram({ name: 'c', help: 'c', labelNames: ['operation'], registers }),
  };
}

const MANIFEST = 'query Registered { viewer { id } }\nfragment Bits on User { id }\nmutation AlsoRegistered { x }';
const trusted = new TrustedDocuments(false, new Map([[sha256Hex(MANIFEST), MANIFEST]]));

describe('GraphQLMetrics.operationLabel', () => {
  it("labels the manifest's operations by name and unnamed ones as anonymous", () => {
    const metrics = new GraphQLMetrics(families(), trusted);
    expect([null, undefined, '', 'Registered', 'AlsoRegistered'].map((n) => metrics.operationLabel(n))).toEqual([
      'anonymous',
      'anonymous',
      'anonymous',
      'Registered',
      'AlsoRegistered',
    ]);
  });

  it('gives a bounded number of unregistered names a label, then folds the rest into other', () => {
    const metrics = new GraphQLMetrics(families(), trusted);
    const labels = Array.from({ length: 80 }, (_, i) => metrics.operationLabel(`Hostile${i}`));
    expect(labels.filter((l) => l !== 'other')).toHaveLength(50);
    expect(labels.slice(50).every((l) => l === 'other')).toBe(true);
    // Names already labelled keep their label; registered ones always get theirs.
    expect([metrics.operationLabel('Hostile0'), metrics.operationLabel('Registered')]).toEqual([
      'Hostile0',
      'Registered',
    ]);
    expect(new GraphQLMetrics(families(), trusted).operationLabel('x'.repeat(101))).toBe('other');
  });
});

describe('bearerMatches', () => {
  it('accepts exactly the token, as a Bearer credential', () => {
    const token = 'a-metrics-token-0123456789';
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(undefined, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(`Basic ${token}`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}0`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token.slice(1)}`, token)).toBe(false);
  });
});
