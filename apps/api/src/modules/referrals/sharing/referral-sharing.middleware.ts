import { getNullableType, isListType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../../context.js';
import type { Referral } from '../referral.type.js';
import { NESTED_SHARING, REFERRAL_FIELD_GROUPS } from './referral-field-groups.js';
import { viewerMayView } from './referral-sharing.js';

/**
 * Enforces the data-sharing policy on every field of every `Referral` the API returns, wherever it is
 * reached from (a query, a mutation's answer, a safeguarding update's referral): a field the viewer may not
 * see resolves to null, or to an empty list, never to an error that would confirm it exists; a field holding
 * several groups loses the parts the viewer may not see. Runs as a global middleware, so a new field or a
 * new path cannot skip it; a field not in REFERRAL_FIELD_GROUPS is hidden from everyone.
 */
export const referralSharing: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  if (info.parentType.name !== 'Referral') return (await next()) as unknown;
  const entity = (root as Referral).entity;
  const may = (group: Parameters<typeof viewerMayView>[1]) => viewerMayView(context.viewer, group, entity);
  const group = REFERRAL_FIELD_GROUPS[info.fieldName];
  if (!group || !may(group)) return isListType(getNullableType(info.returnType)) ? [] : null;
  const value: unknown = await next();
  const share = NESTED_SHARING[info.fieldName];
  return share && value ? share(value as never, may) : value;
};
