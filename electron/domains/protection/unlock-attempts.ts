/** Wrong tries in a row that cost nothing: a slip of the finger, then a second look. */
const freeTries = 2;
const longestWaitSeconds = 5 * 60;

/**
 * How long the book waits after the n-th wrong passcode in a row: 0, 0, 1, 2, 4, 8 … seconds,
 * never more than 5 minutes. With scrypt's cost on top, guessing a 6-character passcode through
 * the app takes years; a person who mistyped twice is not kept waiting.
 */
export function waitAfterWrongTries(failures: number): number {
  if (failures <= freeTries) return 0;
  return Math.min(2 ** (failures - freeTries - 1), longestWaitSeconds);
}
