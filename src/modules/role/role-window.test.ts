import { effectiveRoleSql, isEffectiveAt, type RoleWindow } from './role-window';

const at = new Date('2024-06-01T12:00:00.000Z');
const before = new Date(at.getTime() - 1);
const after = new Date(at.getTime() + 1);

const window = (fields: Partial<RoleWindow> = {}): RoleWindow => ({
  isActive: true,
  effectiveStartDate: before,
  effectiveEndDate: null,
  ...fields,
});

describe('isEffectiveAt', () => {
  it('is effective for an active window started before t with no end', () => {
    expect(isEffectiveAt(window(), at)).toBe(true);
  });

  it('is effective from its start instant (start ≤ t)', () => {
    expect(isEffectiveAt(window({ effectiveStartDate: at }), at)).toBe(true);
  });

  it('is not effective before it starts', () => {
    expect(isEffectiveAt(window({ effectiveStartDate: after }), at)).toBe(false);
  });

  it('is effective until just before its end, and not at the end instant (end > t)', () => {
    expect(isEffectiveAt(window({ effectiveEndDate: after }), at)).toBe(true);
    expect(isEffectiveAt(window({ effectiveEndDate: at }), at)).toBe(false);
    expect(isEffectiveAt(window({ effectiveEndDate: before }), at)).toBe(false);
  });

  it('is never effective when inactive, whatever its dates', () => {
    expect(isEffectiveAt(window({ isActive: false }), at)).toBe(false);
    expect(isEffectiveAt(window({ isActive: false, effectiveEndDate: after }), at)).toBe(false);
  });
});

describe('effectiveRoleSql', () => {
  it('writes the same rule as a condition on the aliased row at the given SQL expression', () => {
    expect(effectiveRoleSql('ur', '$2')).toBe(
      '(ur."is_active" AND ur."effective_start_date" <= $2 AND (ur."effective_end_date" IS NULL OR ur."effective_end_date" > $2))',
    );
  });

  it('uses the alias and the time expression it is given, such as a named parameter', () => {
    const sql = effectiveRoleSql('"role"', ':now');
    expect(sql).toBe(
      '("role"."is_active" AND "role"."effective_start_date" <= :now AND ("role"."effective_end_date" IS NULL OR "role"."effective_end_date" > :now))',
    );
  });
});
