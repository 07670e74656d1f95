import { value, type ReadModel } from '../../common/read-plan/model';

export const icsFeedReads: ReadModel[] = [
  {
    type: 'User',
    relations: {
      // The sealed token, read in the viewer's own statement. Only for the viewer's own row: the
      // field's SELF rule refuses anyone else, and then the secret is not even read.
      icsFeedUrl: value(
        (user, viewer) =>
          `SELECT f."token_sealed" FROM "ics_feeds" f WHERE f."user_id" = ${user}."id" AND f."user_id" = ${viewer}`,
      ),
    },
  },
];
