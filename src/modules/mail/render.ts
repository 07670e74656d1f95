import type { MailRequest } from './mail.requests';
import type { Catalog, MailContent, TemplateContext } from './templates/catalog';
import { en } from './templates/en';
import { es } from './templates/es';

/** The languages with e-mails of their own (ISO 639-1); every other language reads English. */
const CATALOGS: Record<string, Catalog> = { en, es };

/** The catalog of a user's `language`. */
export function catalogFor(language: string): Catalog {
  return CATALOGS[language] ?? en;
}

/** The recipient as the templates need them. */
export interface Recipient {
  displayName: string;
  language: string;
  timezone: string | null;
}

/** A rendered e-mail: both parts, in the recipient's language. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The catalog used (`en` for a language without one). */
  language: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values: names, titles and reasons are what users typed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A date and time with its zone, e.g. "Tuesday, March 4, 2031 at 12:00 PM EST". */
const TIME_PARTS = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
} as const;

function timeFormatter(catalog: Catalog, timezone: string | null): (iso: string) => string {
  const make = (timeZone: string): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(catalog.tag, { ...TIME_PARTS, timeZone });
  let format: Intl.DateTimeFormat;
  try {
    format = make(timezone ?? 'UTC');
  } catch (err) {
    // A time zone this runtime does not know: UTC, which the text names, rather than no e-mail.
    if (!(err instanceof RangeError)) throw err;
    format = make('UTC');
  }
  return (iso) => format.format(new Date(iso));
}

/** The words of one e-mail for its recipient. */
function contentOf(request: MailRequest, catalog: Catalog, ctx: TemplateContext): MailContent {
  switch (request.kind) {
    case 'welcome':
      return catalog.welcome(ctx, request.facts);
    case 'roleChanged':
      return catalog.roleChanged(ctx, request.facts);
    case 'applicationReviewed':
      return catalog.applicationReviewed(ctx, request.facts);
    case 'classCancelled':
      return catalog.classCancelled(ctx, request.facts);
    case 'accountStatus':
      return catalog.accountStatus(ctx, request.facts);
    case 'profileReminder':
      return catalog.profileReminder(ctx, request.facts);
  }
}

/**
 * Renders an e-mail in the recipient's language and time zone, as a plain-text part and an HTML
 * part saying the same, each ending with the link that turns this kind of e-mail off.
 */
export function renderMail(
  request: MailRequest,
  recipient: Recipient,
  links: { app: string; unsubscribe: string },
): RenderedMail {
  const catalog = catalogFor(recipient.language);
  const ctx: TemplateContext = {
    name: recipient.displayName,
    appUrl: links.app,
    time: timeFormatter(catalog, recipient.timezone),
  };
  const content = contentOf(request, catalog, ctx);
  const footer = catalog.footer(catalog.about[request.kind]);
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    '--',
    footer.reason,
    `${footer.unsubscribe}: ${links.unsubscribe}`,
  ].join('\n\n');
  const p = 'margin:0 0 16px';
  const html = [
    `<!doctype html><html lang="${catalog.tag}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1f2933;max-width:560px;margin:0 auto;padding:24px">',
    ...content.paragraphs.map((para) => `<p style="${p}">${escapeHtml(para)}</p>`),
    content.action
      ? `<p style="${p}"><a href="${escapeHtml(content.action.url)}" style="background:#2563eb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
      : '',
    `<hr style="border:none;border-top:1px solid #e4e7eb;margin:24px 0"><p style="font-size:12px;color:#616e7c">${escapeHtml(footer.reason)} `,
    `<a href="${escapeHtml(links.unsubscribe)}" style="color:#616e7c">${escapeHtml(footer.unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('');
  return { subject: content.subject, text, html, language: catalog.tag };
}
