// What the signed-in role may do, read from the contract's access lists (the service
// enforces the same lists; the UI only hides what would be refused).
import { api, mayCall, type OpName } from '../../shared/api.ts';
import type { Role } from '../../shared/core/index.ts';

export function canCall(role: Role, op: OpName): boolean {
  return mayCall(api[op].access, role);
}
