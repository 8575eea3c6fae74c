// Typed domain errors. Each carries a message key (in messages/*.json under "errors") so one
// function can turn any of them into text a person can act on.

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "campaign_closed"
  | "last_admin"
  | "unit_in_use"
  | "frozen"
  | "unexpected";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "DomainError";
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do this.") {
    super("forbidden", message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super("not_found", message);
  }
}
