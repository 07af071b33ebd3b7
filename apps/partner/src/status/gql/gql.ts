/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment VictimStatusFields on VictimStatus {\n  stage\n  serviceName\n  servicePhone\n  serviceEmail\n  advocateFirstName\n  contactBy\n  lastUpdatedAt\n  updates {\n    postedAt\n    text\n  }\n}\n\nmutation OpenVictimLink($input: OpenVictimLinkInput!) {\n  openVictimLink(input: $input) {\n    ...VictimStatusFields\n  }\n}\n\nquery CurrentVictimStatus {\n  victimStatus {\n    ...VictimStatusFields\n  }\n}\n\nmutation LeaveVictimSession {\n  signOut\n}": typeof types.VictimStatusFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment VictimStatusFields on VictimStatus {\n  stage\n  serviceName\n  servicePhone\n  serviceEmail\n  advocateFirstName\n  contactBy\n  lastUpdatedAt\n  updates {\n    postedAt\n    text\n  }\n}\n\nmutation OpenVictimLink($input: OpenVictimLinkInput!) {\n  openVictimLink(input: $input) {\n    ...VictimStatusFields\n  }\n}\n\nquery CurrentVictimStatus {\n  victimStatus {\n    ...VictimStatusFields\n  }\n}\n\nmutation LeaveVictimSession {\n  signOut\n}": types.VictimStatusFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment VictimStatusFields on VictimStatus {\n  stage\n  serviceName\n  servicePhone\n  serviceEmail\n  advocateFirstName\n  contactBy\n  lastUpdatedAt\n  updates {\n    postedAt\n    text\n  }\n}\n\nmutation OpenVictimLink($input: OpenVictimLinkInput!) {\n  openVictimLink(input: $input) {\n    ...VictimStatusFields\n  }\n}\n\nquery CurrentVictimStatus {\n  victimStatus {\n    ...VictimStatusFields\n  }\n}\n\nmutation LeaveVictimSession {\n  signOut\n}"): typeof import('./graphql').VictimStatusFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
