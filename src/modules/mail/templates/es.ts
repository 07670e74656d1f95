import type { Catalog } from './catalog';

/** Spanish (es). */
export const es: Catalog = {
  tag: 'es',
  roles: { LEARNER: 'aprendiz', MENTOR: 'mentor', ADMIN: 'administrador', OWNER: 'propietario' },
  about: {
    welcome: 'mensajes de bienvenida',
    roleChanged: 'cambios de rol',
    applicationReviewed: 'revisiones de tu solicitud de mentoría',
    classCancelled: 'clases canceladas',
    accountStatus: 'cambios en el estado de tu cuenta',
    profileReminder: 'recordatorios del perfil',
  },
  footer: (about) => ({
    reason: `Recibes este correo sobre ${about} porque tienes una cuenta de Aula.`,
    unsubscribe: `No recibir más correos sobre ${about}`,
  }),
  page: {
    title: 'Correos de Aula',
    ask: (about) => `¿Dejar de recibir correos sobre ${about}?`,
    button: 'Darme de baja',
    done: (about) => `Listo: ya no recibirás correos sobre ${about}. Puedes volver a activarlos en tu perfil.`,
    invalid: 'Este enlace de baja no es válido. Cambia tus preferencias de correo en tu perfil de Aula.',
  },

  welcome: (ctx) => ({
    subject: `Te damos la bienvenida a Aula, ${ctx.name}`,
    paragraphs: [
      `Hola, ${ctx.name}:`,
      '¡Bienvenida o bienvenido a Aula! Reserva clases en vivo, completa tareas, gana insignias y encuentra a una persona mentora con tus habilidades.',
      'Empieza completando tu perfil, para que mentores y compañeros sepan qué quieres aprender.',
    ],
    action: { label: 'Abrir Aula', url: ctx.appUrl },
  }),

  roleChanged: (ctx, facts) => {
    const role = es.roles[facts.role];
    const until = facts.effectiveEndDate ? ` hasta el ${ctx.time(facts.effectiveEndDate)}` : '';
    return facts.action === 'ASSIGNED'
      ? {
          subject: `Ahora tienes el rol de ${role} en Aula`,
          paragraphs: [
            `Hola, ${ctx.name}:`,
            `Tienes el rol de ${role} desde el ${ctx.time(facts.effectiveStartDate)}${until}.`,
          ],
          action: { label: 'Abrir Aula', url: ctx.appUrl },
        }
      : {
          subject: `Tu rol de ${role} en Aula ha terminado`,
          paragraphs: [`Hola, ${ctx.name}:`, `Se ha revocado tu rol de ${role} en Aula.`],
        };
  },

  applicationReviewed: (ctx, facts) => ({
    subject: facts.approved ? 'Tu solicitud de mentoría fue aprobada' : 'Tu solicitud de mentoría no fue aprobada',
    paragraphs: [
      `Hola, ${ctx.name}:`,
      facts.approved
        ? 'Enhorabuena: ya eres mentor en Aula. Los aprendices pueden pedirte mentoría en tus habilidades.'
        : 'Gracias por querer ser mentor en Aula. Esta vez tu solicitud no fue aprobada.',
      ...(facts.reason ? [`Comentario de la revisión: «${facts.reason}»`] : []),
    ],
    action: { label: 'Abrir Aula', url: ctx.appUrl },
  }),

  classCancelled: (ctx, facts) => ({
    subject: `Clase cancelada: ${facts.title}`,
    paragraphs: [
      `Hola, ${ctx.name}:`,
      `La clase «${facts.title}» del ${ctx.time(facts.startsAt)} se ha cancelado.`,
      ...(facts.reason ? [`Motivo: ${facts.reason}`] : []),
    ],
    action: { label: 'Buscar otra clase', url: ctx.appUrl },
  }),

  accountStatus: (ctx, facts) => {
    const text = {
      SUSPENDED: ['Tu cuenta de Aula ha sido suspendida', 'Un administrador suspendió tu cuenta.'],
      REACTIVATED: ['Tu cuenta de Aula vuelve a estar activa', 'Un administrador reactivó tu cuenta.'],
      DELETED: ['Tu cuenta de Aula ha sido eliminada', 'Un administrador eliminó tu cuenta.'],
      RESTORED: ['Tu cuenta de Aula ha sido restaurada', 'Un administrador restauró tu cuenta.'],
    }[facts.change];
    return {
      subject: text[0],
      paragraphs: [`Hola, ${ctx.name}:`, text[1], 'Si crees que es un error, responde a este correo.'],
    };
  },

  profileReminder: (ctx, facts) => ({
    subject: 'Completa tu perfil de Aula',
    paragraphs: [
      `Hola, ${ctx.name}:`,
      `Tu perfil está completo al ${facts.profileCompletionPercentage} %.`,
      'Un perfil completo nos ayuda a sugerirte mentores y clases a tu medida.',
    ],
    action: { label: 'Completar mi perfil', url: ctx.appUrl },
  }),
};
