/** The admin user operations, as the tests of user-admin.test.ts send them. */

export const UPDATE_USER = `mutation ($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user { id email firstName city messagingDisabled profileFieldChangeDisabled profileCompletionPercentage revision }
  }
}`;
export const SET_STATUS = `mutation ($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id status } } }`;
export const DELETE_USER = `mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { user { id status deletedAt } } }`;
export const RESTORE_USER = `mutation ($input: RestoreUserInput!) { restoreUser(input: $input) { user { id status deletedAt } } }`;
export const ME = `query ($id: ID!) { user(id: $id) { id } }`;

export interface UpdateUserData {
  updateUser: {
    user: {
      email: string;
      firstName: string | null;
      city: string | null;
      messagingDisabled: boolean;
      profileFieldChangeDisabled: boolean;
      profileCompletionPercentage: number;
      revision: number;
    };
  };
}

/** Every admin operation, with a valid input aimed at `target`. */
export const adminOps = (targetId: string): Array<[string, Record<string, unknown>]> => [
  [UPDATE_USER, { input: { id: targetId, city: 'Lima' } }],
  [SET_STATUS, { input: { id: targetId, status: 'SUSPENDED', reason: 'spam' } }],
  [DELETE_USER, { input: { id: targetId, reason: 'spam' } }],
  [RESTORE_USER, { input: { id: targetId } }],
];
