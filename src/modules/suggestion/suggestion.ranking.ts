/** A mentor who qualifies for a mentee, as the generating statement returns it. */
export interface SuggestionCandidate {
  /** The suggestion row's id (a uuid). */
  id: string;
  /** Shared skills. */
  score: number;
  /** The mentor's ACTIVE mentorships, as mentor. */
  activeMentees: number;
}

/** Compares uuids as PostgreSQL does (bytewise), which for their lower-case text is plain code-unit order. */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Best first: more shared skills, then the mentor with fewer active mentees (so the load spreads),
 * then the id, so equal candidates always come in the same order.
 */
export function rankSuggestions<T extends SuggestionCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => b.score - a.score || a.activeMentees - b.activeMentees || byId(a.id, b.id));
}
