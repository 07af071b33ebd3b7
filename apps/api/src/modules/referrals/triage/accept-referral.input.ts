import { InputType } from 'type-graphql';
import { ReferralChangeInput } from '../referral-change.input.js';

@InputType()
export class AcceptReferralInput extends ReferralChangeInput {}
