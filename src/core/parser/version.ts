// The version of the parser's output. Bump it whenever a change to the rules, lexicons or catalogue
// changes what the parser finds: saved reports parsed by another version are parsed again when the
// workspace is opened, so an update reaches reports imported before it.
export const PARSER_VERSION = '2026-11-27.9';
