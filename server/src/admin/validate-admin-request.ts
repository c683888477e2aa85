import { isRole } from '../store/roles.ts';
import type { AdminRequest } from './admin-request.ts';

/** The admin endpoint trusts its secret, not the body's shape: check it before use. */
export function validateAdminRequest(value: unknown): AdminRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const optionalString = (key: string): boolean => v[key] === undefined || typeof v[key] === 'string';
  switch (v.command) {
    case 'member add':
      if (typeof v.email !== 'string' || !optionalString('name') || !optionalString('team')) return null;
      if (v.role !== undefined && !(typeof v.role === 'string' && isRole(v.role))) return null;
      return value as AdminRequest;
    case 'member remove':
      return typeof v.email === 'string' && optionalString('team') ? (value as AdminRequest) : null;
    case 'member list':
      return optionalString('team') ? (value as AdminRequest) : null;
    case 'team add':
      return typeof v.id === 'string' && optionalString('name') ? (value as AdminRequest) : null;
    case 'team list':
      return value as AdminRequest;
    case 'audit':
      if (!optionalString('team')) return null;
      return v.limit === undefined || (typeof v.limit === 'number' && Number.isInteger(v.limit) && v.limit > 0) ? (value as AdminRequest) : null;
    default:
      return null;
  }
}
