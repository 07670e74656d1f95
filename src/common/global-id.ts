import { BadUserInputError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; anything that is not `Type:uuid` is BAD_USER_INPUT. */
export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep < 1 || !UUID.test(id) || toGlobalId(type, id) !== globalId) {
    throw new BadUserInputError(`Malformed id for ${field}`, { [field]: 'is not a valid id' });
  }
  return { type, id: id.toLowerCase() };
}

/** Decodes a global id that must name the given type. */
export function idOf(type: string, globalId: string, field = 'id'): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) {
    throw new BadUserInputError(`Expected a ${type} id for ${field}`, { [field]: `is not a ${type} id` });
  }
  return decoded.id;
}
