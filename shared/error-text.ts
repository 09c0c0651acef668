/**
 * What a caught value says, for a log line, a dialog or a refusal's reason: anything can be thrown
 * in JavaScript, and only an Error carries a message of its own.
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
