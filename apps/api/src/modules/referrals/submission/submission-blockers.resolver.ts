import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { checkAction } from '@lantern/schema/referral-guards';
import { submissionBlockers } from '@lantern/schema/submission-blockers';
import type { Context } from '../../../context.js';
import { viewerGuardFacts } from '../queries/viewer-guard-facts.js';
import { Referral } from '../referral.type.js';
import { SubmissionBlocker } from './submission-blocker.type.js';
import { submissionDraftOf } from './submission-draft.js';

@Resolver(() => Referral)
export class SubmissionBlockersResolver {
  @FieldResolver(() => [SubmissionBlocker], {
    description:
      'What stops this draft being sent to its proposed service, field by field, in the order of "check your answers"; ' +
      'empty when it can be sent, and unless it is a draft you may send',
  })
  async submissionBlockers(@Root() referral: Referral, @Ctx() ctx: Context): Promise<SubmissionBlocker[]> {
    const facts = await viewerGuardFacts(ctx, referral);
    if (!facts || checkAction('SUBMIT', facts)) return [];
    const { proposedServiceId } = referral.entity;
    const service = proposedServiceId ? await ctx.loaders.organisations.load(proposedServiceId) : null;
    return submissionBlockers(submissionDraftOf(referral.entity, service)).map((blocker) => Object.assign(new SubmissionBlocker(), blocker));
  }
}
