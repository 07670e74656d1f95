import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../app/deps';
import { execute } from '../../app/runner';
import { systemCaller, type Actor } from '../../auth/actor';
import { User } from '../user/user.entity';
import { escapeHtml, catalogFor } from './render';
import type { Catalog } from './templates/catalog';
import { unsubscribe } from './unsubscribe.service';
import type { UnsubscribeClaim } from './unsubscribe-token';

/** A small page in the recipient's language; the token is never echoed into it. */
function page(res: Response, status: number, catalog: Catalog, body: string): void {
  res
    .status(status)
    .set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    .send(
      `<!doctype html><html lang="${catalog.tag}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(catalog.page.title)}</title></head>` +
        `<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:48px auto;padding:0 24px;line-height:1.5">` +
        `${body}</body></html>`,
    );
}

/** The catalog for a caller the link does not name (a broken link): the browser's preference. */
const browserCatalog = (req: Request): Catalog => catalogFor(req.acceptsLanguages('en', 'es') || 'en');

/**
 * `/mail/unsubscribe?token=…`, the link of every e-mail and of its `List-Unsubscribe` header.
 * GET answers a page with one button, and changes nothing: link scanners and previews fetch URLs in
 * mail, and must not unsubscribe anyone. POST — that button, or a mail client's RFC 8058 one-click
 * request (`List-Unsubscribe=One-Click`) — turns the link's kind of e-mail off, through the runner
 * as the user the signed token names. An invalid token is a 400 page; the token stays out of logs
 * (request logging redacts `token`).
 */
export function mailRoutes(deps: AppDeps): Router {
  const router = Router();
  const claimOf = (req: Request): UnsubscribeClaim | null => deps.mail.tokens.verify(req.query.token);

  router.get('/mail/unsubscribe', async (req, res, next) => {
    try {
      const claim = claimOf(req);
      const user = claim ? await deps.database.dataSource.manager.findOne(User, { where: { id: claim.userId } }) : null;
      if (!claim || !user) {
        const catalog = browserCatalog(req);
        return page(res, 400, catalog, `<p>${escapeHtml(catalog.page.invalid)}</p>`);
      }
      const catalog = catalogFor(user.language);
      const about = catalog.about[claim.kind];
      page(
        res,
        200,
        catalog,
        `<h1 style="font-size:20px">${escapeHtml(catalog.page.ask(about))}</h1>` +
          // No action attribute: the form posts to this same URL, token included.
          `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
          `<button type="submit" style="font-size:16px;padding:8px 16px">${escapeHtml(catalog.page.button)}</button></form>`,
      );
    } catch (err) {
      next(err);
    }
  });

  router.post('/mail/unsubscribe', async (req, res, next) => {
    try {
      const claim = claimOf(req);
      if (!claim) {
        const catalog = browserCatalog(req);
        return page(res, 400, catalog, `<p>${escapeHtml(catalog.page.invalid)}</p>`);
      }
      const actor: Actor = {
        ...systemCaller(deps.clock(), req.get('user-agent') ?? 'mail-unsubscribe'),
        userId: claim.userId,
        requestId: String(req.id),
        ip: req.ip ?? null,
      };
      const result = await execute(deps, actor, unsubscribe, { kind: claim.kind });
      if (!result) {
        const catalog = browserCatalog(req);
        return page(res, 400, catalog, `<p>${escapeHtml(catalog.page.invalid)}</p>`);
      }
      const catalog = catalogFor(result.language);
      page(res, 200, catalog, `<p>${escapeHtml(catalog.page.done(catalog.about[claim.kind]))}</p>`);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
