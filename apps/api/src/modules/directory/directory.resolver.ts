import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { staffActorOf, type Context } from '../../context.js';
import { toPartnerService } from './partner-service.mapper.js';
import { PartnerService } from './partner-service.type.js';

@Resolver()
export class DirectoryResolver {
  @Authorized()
  @Query(() => [PartnerService], { description: 'Commissioned services; with an area, only those covering it' })
  async serviceDirectory(
    @Arg('area', () => String, { nullable: true }) area: string | null,
    @Ctx() ctx: Context,
  ): Promise<PartnerService[]> {
    const services = await ctx.services.directory.services(staffActorOf(ctx), area);
    return services.map(toPartnerService);
  }
}
