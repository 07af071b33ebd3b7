import { graphql } from './gql/gql.js';

/** The supervisor's legal hold mutations. */
export const LEGAL_HOLD = {
  place: graphql(`mutation PlaceLegalHold($referralId: ID!) { placeLegalHold(referralId: $referralId) }`),
  lift: graphql(`mutation LiftLegalHold($referralId: ID!) { liftLegalHold(referralId: $referralId) }`),
};
