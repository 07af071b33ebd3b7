/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type OpenVictimLinkInput = {
  /** The code the victim was given separately */
  accessCode: string;
  /** From the link, after #t= */
  token: string;
};

export type VictimStage =
  | 'ACCEPTED'
  | 'ADVOCATE_ALLOCATED'
  | 'CLOSED'
  | 'DECLINED'
  | 'IN_CONTACT'
  | 'WITHDRAWN'
  | 'WITH_SERVICE';

export type VictimStatusFieldsFragment = { stage: VictimStage, serviceName: string | null, servicePhone: string | null, serviceEmail: string | null, advocateFirstName: string | null, contactBy: string | null, lastUpdatedAt: string, updates: Array<{ postedAt: string, text: string }> };

export type OpenVictimLinkMutationVariables = Exact<{
  input: OpenVictimLinkInput;
}>;


export type OpenVictimLinkMutation = { openVictimLink: { stage: VictimStage, serviceName: string | null, servicePhone: string | null, serviceEmail: string | null, advocateFirstName: string | null, contactBy: string | null, lastUpdatedAt: string, updates: Array<{ postedAt: string, text: string }> } };

export type CurrentVictimStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentVictimStatusQuery = { victimStatus: { stage: VictimStage, serviceName: string | null, servicePhone: string | null, serviceEmail: string | null, advocateFirstName: string | null, contactBy: string | null, lastUpdatedAt: string, updates: Array<{ postedAt: string, text: string }> } | null };

export type LeaveVictimSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveVictimSessionMutation = { signOut: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const VictimStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment VictimStatusFields on VictimStatus {
  stage
  serviceName
  servicePhone
  serviceEmail
  advocateFirstName
  contactBy
  lastUpdatedAt
  updates {
    postedAt
    text
  }
}
    `, {"fragmentName":"VictimStatusFields"}) as unknown as TypedDocumentString<VictimStatusFieldsFragment, unknown>;
export const OpenVictimLinkDocument = new TypedDocumentString(`
    mutation OpenVictimLink($input: OpenVictimLinkInput!) {
  openVictimLink(input: $input) {
    ...VictimStatusFields
  }
}
    fragment VictimStatusFields on VictimStatus {
  stage
  serviceName
  servicePhone
  serviceEmail
  advocateFirstName
  contactBy
  lastUpdatedAt
  updates {
    postedAt
    text
  }
}`) as unknown as TypedDocumentString<OpenVictimLinkMutation, OpenVictimLinkMutationVariables>;
export const CurrentVictimStatusDocument = new TypedDocumentString(`
    query CurrentVictimStatus {
  victimStatus {
    ...VictimStatusFields
  }
}
    fragment VictimStatusFields on VictimStatus {
  stage
  serviceName
  servicePhone
  serviceEmail
  advocateFirstName
  contactBy
  lastUpdatedAt
  updates {
    postedAt
    text
  }
}`) as unknown as TypedDocumentString<CurrentVictimStatusQuery, CurrentVictimStatusQueryVariables>;
export const LeaveVictimSessionDocument = new TypedDocumentString(`
    mutation LeaveVictimSession {
  signOut
}
    `) as unknown as TypedDocumentString<LeaveVictimSessionMutation, LeaveVictimSessionMutationVariables>;