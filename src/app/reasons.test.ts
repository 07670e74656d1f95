import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthReason } from '../auth/auth.reasons';
import { CommonReason } from '../errors/app-error';
import { LimitReason } from './limits/limits.reasons';
import { moduleReasons } from './modules';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('refusal reasons', () => {
  const all = [
    { module: 'common', reasons: CommonReason as Record<string, string> },
    { module: 'auth', reasons: AuthReason as Record<string, string> },
    { module: 'limits', reasons: LimitReason as Record<string, string> },
    ...moduleReasons,
  ];

  it('are each listed in the README, so clients can look them up', () => {
    const missing = all.flatMap(({ module, reasons }) =>
      Object.values(reasons)
        .filter((reason) => !readme.includes(`- \`${reason}\`:`))
        .map((reason) => `${module}.${reason}`),
    );
    expect(missing).toEqual([]);
  });

  it('are upper snake case strings whose value is their name', () => {
    for (const { reasons } of all) {
      for (const [key, value] of Object.entries(reasons)) {
        expect(value).toBe(key);
        expect(value).toMatch(/^[A-Z][A-Z0-9_]*$/);
      }
    }
  });

  it('are registered by every module that refuses writes', () => {
    expect(moduleReasons.map((m) => m.module).sort()).toEqual(
      expect.arrayContaining(['mentorship', 'role', 'user', 'virtual-class']),
    );
  });
});
