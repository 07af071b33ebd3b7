import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, staffActorOf, type Context } from '../../context.js';
import { endSession, regenerateSession, requireSessionSupport } from '../../common/auth/session.js';
import { toStaffMember, toViewer } from './identity.mapper.js';
import { SignInInput } from './sign-in.input.js';
import { StaffMember, Viewer } from './staff-member.type.js';

@Resolver()
export class IdentityResolver {
  @Query(() => Viewer, { nullable: true, description: 'The person signed in, or null' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer | null> {
    if (!ctx.viewer) return null;
    const { user, organisation } = await ctx.services.identity.profile(ctx.viewer.userId);
    return toViewer(user, organisation);
  }

  @Mutation(() => Viewer, { description: 'Signs in with a new session' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<Viewer> {
    requireSessionSupport(ctx.req);
    const viewer = await ctx.services.identity.signIn(actorOf(ctx), input.email, input.password);
    await regenerateSession(ctx.req, ctx.res, { kind: 'staff', userId: viewer.userId, startedAt: Date.now() });
    const { user, organisation } = await ctx.services.identity.profile(viewer.userId);
    return toViewer(user, organisation);
  }

  @Mutation(() => Boolean, { description: "Ends the app's session (staff, or a victim's quick exit) and clears the site's data in the browser" })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.identity.signOut(actorOf(ctx));
    await endSession(ctx.req, ctx.res);
    return true;
  }

  @Authorized('PARTNER_MANAGER')
  @Query(() => [StaffMember], { description: "A partner manager's advocates, for allocation" })
  async advocates(@Ctx() ctx: Context): Promise<StaffMember[]> {
    return (await ctx.services.identity.advocates(staffActorOf(ctx))).map(toStaffMember);
  }
}
