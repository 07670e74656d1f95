import { In, type EntityManager } from 'typeorm';
import type { Actor, Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import { done, type Outcome } from '../../common/outcome';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import type { Mentorship } from '../mentorship/mentorship.entity';
import { requestMentorship } from '../mentorship/mentorship.service';
import { effectiveRoleSql } from '../role/role-window';
import { rankSuggestions } from './suggestion.ranking';
import { Suggestion, SuggestionStatus } from './suggestion.entity';
import { SuggestionReason } from './suggestion.reasons';

export const SUGGESTIONS_RETURNED = 10;

/**
 * One statement computes the candidates, upserts them and drops stale PENDING suggestions:
 * candidates are ACTIVE users holding an effective MENTOR role at $2, not the mentee, without an
 * open mentorship with the mentee and not declined by them, sharing at least one skill (the inner
 * joins make score >= 1). An existing row keeps DECLINED/ACCEPTED; PENDING rows of mentors who no
 * longer qualify are deleted, so the PENDING set is always the current one. Returns every
 * candidate's row with what ranking needs (rankSuggestions orders them).
 */
const GENERATE_SQL = `
WITH candidates AS (
  SELECT ms.user_id AS mentor_id,
         COUNT(*)::int AS score,
         array_agg(ms.skill_id ORDER BY ms.skill_id) AS shared,
         (SELECT COUNT(*)::int FROM mentorships a WHERE a.mentor_id = ms.user_id AND a.status = 'ACTIVE') AS active_count
  FROM user_mentor_skills ms
  JOIN user_mentee_skills vs ON vs.skill_id = ms.skill_id AND vs.user_id = $1
  JOIN users u ON u.id = ms.user_id AND u.status = 'ACTIVE'
  WHERE ms.user_id <> $1
    AND EXISTS (
      SELECT 1 FROM user_roles r
      WHERE r.user_id = ms.user_id AND r.role = 'MENTOR' AND ${effectiveRoleSql('r', '$2')})
    AND NOT EXISTS (
      SELECT 1 FROM mentorships o
      WHERE o.mentor_id = ms.user_id AND o.mentee_id = $1 AND o.status IN ('PENDING', 'ACTIVE'))
    AND NOT EXISTS (
      SELECT 1 FROM suggestions d WHERE d.mentee_id = $1 AND d.mentor_id = ms.user_id AND d.status = 'DECLINED')
  GROUP BY ms.user_id
),
stale AS (
  DELETE FROM suggestions s
  WHERE s.mentee_id = $1 AND s.status = 'PENDING' AND s.mentor_id NOT IN (SELECT mentor_id FROM candidates)
),
upserted AS (
  INSERT INTO suggestions (mentee_id, mentor_id, score, shared_skill_ids, status)
  SELECT $1, c.mentor_id, c.score, c.shared, 'PENDING' FROM candidates c
  ON CONFLICT (mentee_id, mentor_id) DO UPDATE
    SET score = EXCLUDED.score,
        shared_skill_ids = EXCLUDED.shared_skill_ids,
        status = CASE WHEN suggestions.status IN ('DECLINED', 'ACCEPTED') THEN suggestions.status ELSE 'PENDING' END,
        updated_at = now()
  RETURNING id, mentor_id, status
)
SELECT up.id AS id, up.status AS status, c.score AS score, c.active_count AS active_count
FROM upserted up JOIN candidates c ON c.mentor_id = up.mentor_id`;

interface GeneratedRow {
  id: string;
  status: SuggestionStatus;
  score: number;
  active_count: number;
}

/** Recomputes the actor's mentor suggestions (set-based, in the runner's transaction) and returns the top ten PENDING ones. */
export async function generateSuggestions(
  tx: EntityManager,
  actor: Actor,
  _command: Record<string, never>,
): Promise<Outcome<Suggestion[]>> {
  const rows: GeneratedRow[] = await tx.query(GENERATE_SQL, [actor.userId, actor.now]);
  const ranked = rankSuggestions(
    rows.map((r) => ({ id: r.id, status: r.status, score: Number(r.score), activeMentees: Number(r.active_count) })),
  );
  // A mentee who already accepted a mentor keeps that row ACCEPTED; it is not a suggestion any more.
  const top = ranked
    .filter((r) => r.status === SuggestionStatus.PENDING)
    .slice(0, SUGGESTIONS_RETURNED)
    .map((r) => r.id);
  if (top.length === 0) return done([]);
  const found = await tx.find(Suggestion, { where: { id: In(top) } });
  const byId = new Map(found.map((r) => [r.id, r]));
  return done(top.flatMap((id) => byId.get(id) ?? []));
}

/** The caller's PENDING suggestions, best first (score DESC, then id), without mentors they already have an open mentorship with. */
export async function listSuggestions(
  db: EntityManager,
  caller: Caller,
  args: ConnectionArgs,
): Promise<ConnectionResult<Suggestion>> {
  const qb = db
    .getRepository(Suggestion)
    .createQueryBuilder('s')
    .where('s.menteeId = :menteeId AND s.status = :pending', {
      menteeId: caller.userId,
      pending: SuggestionStatus.PENDING,
    })
    // A request made directly (not through the suggestion) also takes the mentor off the list.
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM mentorships o WHERE o.mentor_id = s.mentor_id AND o.mentee_id = s.mentee_id
       AND o.status IN ('PENDING', 'ACTIVE'))`,
    );
  return paginate(qb, args, [
    { expr: 's.score', value: (s) => s.score, desc: true },
    { expr: 's.id', value: (s) => s.id },
  ]);
}

export interface RespondToSuggestionCommand {
  suggestionId: string;
  accept: boolean;
}

/**
 * The mentee accepts a PENDING suggestion (ACCEPTED + a PENDING mentorship request through
 * requestMentorship, same rules, same transaction: its refusal undoes the accept) or declines it
 * (DECLINED: never suggested again).
 */
export async function respondToSuggestion(
  tx: EntityManager,
  actor: Actor,
  { suggestionId, accept }: RespondToSuggestionCommand,
): Promise<Outcome<{ suggestion: Suggestion; mentorship: Mentorship | null }>> {
  const suggestion = await tx
    .getRepository(Suggestion)
    .createQueryBuilder('s')
    .where('s.id = :id', { id: suggestionId })
    .setLock('pessimistic_write')
    .getOne();
  if (!suggestion || (suggestion.menteeId !== actor.userId && !isAdmin(actor.roles))) {
    throw new NotFoundError('Suggestion');
  }
  if (suggestion.menteeId !== actor.userId) {
    throw new ForbiddenError(SuggestionReason.ONLY_MENTEE_RESPONDS, 'Only the mentee can answer a suggestion');
  }
  if (suggestion.status !== SuggestionStatus.PENDING) {
    throw new ConflictError(SuggestionReason.SUGGESTION_ALREADY_ANSWERED, 'This suggestion was already answered');
  }
  suggestion.status = accept ? SuggestionStatus.ACCEPTED : SuggestionStatus.DECLINED;
  const saved = await tx.save(suggestion);
  if (!accept) return done({ suggestion: saved, mentorship: null });
  const request = await requestMentorship(tx, actor, { mentorId: suggestion.mentorId });
  return done({ suggestion: saved, mentorship: request.value }, request.effects);
}
