import express, { type Response, type Router } from 'express';
import type { AppDeps } from '../../app/deps';
import { isDatabaseUnavailable } from '../../errors/db-errors';
import { feedEtag, matchesEtag, renderFeed } from './ics-feed.render';
import { FEED_PAST_DAYS, feedClasses } from './ics-feed.service';
import { FEED_PATH, hashFeedToken, tokenOfFeedFile } from './ics-feed.token';

const DAY_MS = 86_400_000;

/** Calendar apps poll; a client may keep the answer five minutes, and only for itself (the URL is a secret). */
const CACHE_CONTROL = 'private, max-age=300';

/** The same answer for a malformed, unknown, rotated-away or suspended user's token: nothing to tell apart. */
function notFound(res: Response): void {
  res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
}

/**
 * `GET /calendar/<token>.ics`: the token's owner's classes as iCalendar. The secret in the path
 * is the only credential (no cookie or header is read), so a calendar app can subscribe to it.
 * One statement per request; `If-None-Match` with the current ETag is answered 304 without a body.
 */
export function icsFeedRoutes(deps: AppDeps): Router {
  const router = express.Router();
  router.get(`${FEED_PATH}/:file`, async (req, res, next) => {
    const token = tokenOfFeedFile(req.params.file);
    if (!token) return notFound(res);
    const since = new Date(deps.clock().getTime() - FEED_PAST_DAYS * DAY_MS);
    let feed: Awaited<ReturnType<typeof feedClasses>>;
    try {
      feed = await feedClasses(deps.database.dataSource.manager, hashFeedToken(token), since);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) return next(error);
      // Calendar apps retry later on a 503; a 404 could make them drop the subscription.
      res.status(503).set('Retry-After', '30').type('text/plain').send('Service unavailable');
      return;
    }
    if (!feed) return notFound(res);
    const body = renderFeed(feed.classes);
    const etag = feedEtag(body);
    res.set({ ETag: etag, 'Cache-Control': CACHE_CONTROL });
    if (matchesEtag(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.type('text/calendar; charset=utf-8').send(body);
  });
  return router;
}
