import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** Timestamps: ISO 8601 with offset. */
export const DateTimeISO = DateTimeISOResolver;
/** Calendar dates without a time: yyyy-mm-dd. */
export const LocalDate = LocalDateResolver;
