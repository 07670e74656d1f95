// Schema lint (npm run lint:schema): the committed schema.graphql against graphql-eslint's
// schema-recommended and schema-relay rules, with descriptions required everywhere. Every
// exception below carries its reason; add none without one, and never rename a public name to
// satisfy a rule (the names in the product contract are fixed).
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Sandbox's docs panel is the admins' manual: every type, field, argument, input field, enum
      // value and directive says what it is (the recommended setting asks only for types).
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
        },
      ],
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            // Payload: a mutation's answer, not an entity (its records carry their own ids).
            // Connection, Edge: Relay's page wrappers around records that carry ids.
            // Details: a notification's variant payload, identified by its Notification.
            suffixes: ['Payload', 'Connection', 'Edge', 'Details'],
            // Values computed or embedded in their parent, with no identity of their own: Relay's
            // PageInfo, a weekly availability slot, badge progress counts, the stats aggregates, a
            // user's notification settings and the Google Calendar integration's status.
            types: [
              'PageInfo',
              'AvailabilitySlot',
              'BadgeProgress',
              'PlatformStats',
              'DailyCount',
              'RoleCount',
              'NotificationPreferences',
              'EmailPreferences',
              'GoogleCalendarIntegration',
            ],
          },
        },
      ],
      '@graphql-eslint/relay-edge-types': [
        'error',
        {
          // Off: this option flags every list that is not a connection's edges. SPEC §4 gives each
          // connection a `nodes` shortcut beside `edges`, and the contract (API.graphql, SPEC §2)
          // fixes short bounded lists as plain lists: nodes(ids), badges, effectiveRoles,
          // earnedBadges, a user's skills, a mentorship's goals and notes, payloads' lists.
          listTypeCanWrapOnlyEdgeType: false,
        },
      ],
    },
  },
];
