// Calendar dates are stored as PostgreSQL `date` (midnight UTC in JavaScript); show them as
// ISO dates so no time zone shifts them by a day.
export function isoDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Today's date as midnight UTC, the only time ever stored with an officer's response. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
