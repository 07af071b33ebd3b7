/** Today's date as yyyy-mm-dd (UTC), for comparing with calendar dates a user entered. */
export const today = (): string => new Date().toISOString().slice(0, 10);
