import { describe, it, expect } from 'vitest';
import { api, mayCall, OP_NAMES } from '../../shared/api.ts';
import { ROLES } from '../../shared/core/roles.ts';
import { handlers } from '../../electron/services/modules.ts';

describe('the API contract', () => {
  it('has exactly one handler per operation', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OP_NAMES].sort());
  });
  it('names operations domain.verb', () => {
    for (const op of OP_NAMES) expect(op).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
  it('gives 只读 no operation that changes data', () => {
    for (const op of OP_NAMES) {
      const access = api[op].access;
      if (!api[op].readOnly && Array.isArray(access)) expect(access, op).not.toContain('只读');
    }
  });
  it('lets only the public operations through without a role', () => {
    const open = OP_NAMES.filter((op) => mayCall(api[op].access, null));
    expect(open.sort()).toEqual(['auth.login', 'auth.setupAdmin', 'auth.status']);
    for (const role of ROLES) expect(mayCall('session', role)).toBe(true);
  });
});
