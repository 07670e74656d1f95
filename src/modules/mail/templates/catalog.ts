import type { Role } from '../../role/role';
import type { MailKind } from '../mail-preferences';
import type { MailFacts } from '../mail.requests';

/** What a template knows about its recipient and the platform, already in the recipient's language. */
export interface TemplateContext {
  /** The recipient's display name. */
  name: string;
  /** The web app, for "open Aula" links. */
  appUrl: string;
  /** An ISO time as the recipient reads it: their language, their time zone. */
  time(iso: string): string;
}

/** One e-mail's words: plain text, escaped and laid out by render.ts. */
export interface MailContent {
  subject: string;
  /** Paragraphs, in order. */
  paragraphs: string[];
  /** The one button of the e-mail (also a line of the text part). */
  action?: { label: string; url: string };
}

type Templates = { [K in MailKind]: (ctx: TemplateContext, facts: MailFacts[K]) => MailContent };

/** Every text of one language: the e-mails, their footer, and the unsubscribe page. */
export interface Catalog extends Templates {
  /** The BCP 47 tag of the text (the `lang` of the HTML part, the `Content-Language` header). */
  tag: string;
  roles: Record<Role, string>;
  /** What each kind is about, for the footer and the unsubscribe page ("role changes"). */
  about: Record<MailKind, string>;
  footer(about: string): { reason: string; unsubscribe: string };
  page: {
    title: string;
    ask(about: string): string;
    button: string;
    done(about: string): string;
    invalid: string;
  };
}
