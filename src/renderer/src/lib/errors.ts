// Failures shown to the user. Pure: unit-tested.

/** The message of a failed call as the user should read it: Electron prefixes errors thrown in main
 *  with "Error invoking remote method 'rc:…': UserError: ", which says nothing to the user. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*':\s*(?:\w*Error:\s*)?/, '');
}
