/**
 * What a caught value says, for a log line, a dialog or a refusal's reason: anything can be thrown
 * in JavaScript, and only an Error carries a message of its own.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    // An object whose toString is not a function (or throws) cannot be said as a string; saying
    // what it is keeps the error path itself from throwing.
    return Object.prototype.toString.call(error);
  }
}
