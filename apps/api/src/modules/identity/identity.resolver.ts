import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsString, MaxLength } from 'class-validator';
import type { Context } from '../../context.js';
import { toOrganisation, toStaffMember } from './identity.mapper.js';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';
import { StaffMember, Viewer } from './staff-member.type.js';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254, { message: 'Enter a correct e-mail address and password.' }) email: string;
  @Field() @IsString() @MaxLength(200, { message: 'Enter a correct e-mail address and password.' }) password: string;
}

async function toViewer(ctx: Context, userId: string): Promise<Viewer> {
  const user = await ctx.dataSource.manager.findOneByOrFail(UserEntity, { id: userId });
  const organisation = await ctx.dataSource.manager.findOneByOrFail(OrganisationEntity, { id: user.organisationId });
  const staff = toStaffMember(user);
  return Object.assign(new Viewer(), { user: staff, role: staff.role, organisation: toOrganisation(organisation) });
}

@Resolver()
export class IdentityResolver {
  @Query(() => Viewer, { nullable: true, description: 'The person signed in, or null' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer | null> {
    return ctx.viewer ? toViewer(ctx, ctx.viewer.userId) : null;
  }

  @Mutation(() => Viewer, { description: 'Signs in with a new session' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<Viewer> {
    const viewer = await ctx.services.identity.signIn(ctx, input.email, input.password);
    return toViewer(ctx, viewer.userId);
  }

  @Mutation(() => Boolean, { description: 'Ends the session (staff or victim)' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.identity.signOut(ctx);
  }

  @Authorized('PARTNER_MANAGER')
  @Query(() => [StaffMember], { description: "A partner manager's advocates, for allocation" })
  async advocates(@Ctx() ctx: Context): Promise<StaffMember[]> {
    const users = await ctx.dataSource.manager.find(UserEntity, {
      where: { organisationId: ctx.viewer!.organisationId, role: 'ADVOCATE' },
      order: { name: 'ASC' },
    });
    return users.filter((user) => !user.disabledAt).map(toStaffMember);
  }
}

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @FieldResolver(() => Int, { description: 'Open referrals allocated to this person (advocates)' })
  caseloadSize(@Root() staff: StaffMember, @Ctx() ctx: Context): Promise<number> {
    return staff.role === 'ADVOCATE' ? ctx.loaders.caseloads.load(staff.id) : Promise.resolve(0);
  }
}
