import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../context.js';
import { Dashboard } from './dashboard.type.js';

@Resolver()
export class DashboardResolver {
  @Authorized('OFFICER', 'SUPERVISOR', 'PARTNER_MANAGER')
  @Query(() => Dashboard, { description: 'Figures for the referrals you may see; the last 90 days by default' })
  dashboard(
    @Ctx() ctx: Context,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
  ): Promise<Dashboard> {
    return ctx.services.dashboard.dashboard(staffActorOf(ctx), from, to);
  }
}
