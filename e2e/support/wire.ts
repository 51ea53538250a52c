// Bytes across the Playwright binding: Uint8Array values (dropped files, PNG exports) travel inside
// the JSON text as { __rcBytes: base64 }, both ways, so they arrive as Uint8Array and not as
// {0:…,1:…}. JSON.stringify/parse hooks, not a hand-written walk: a 50-report workspace is large.
export interface WireBytes {
  __rcBytes: string;
}

const isWireBytes = (v: unknown): v is WireBytes =>
  typeof v === 'object' && v !== null && typeof (v as WireBytes).__rcBytes === 'string' && Object.keys(v).length === 1;

/** JSON.stringify replacer. Buffer.toJSON runs before a replacer sees the value, so Buffers are recognised by their JSON shape. */
export function replaceBytes(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { __rcBytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (isBufferJson(value)) return { __rcBytes: Buffer.from(value.data).toString('base64') };
  return value;
}

/** JSON.parse reviver. */
export function reviveBytes(_key: string, value: unknown): unknown {
  return isWireBytes(value) ? new Uint8Array(Buffer.from(value.__rcBytes, 'base64')) : value;
}

function isBufferJson(v: unknown): v is { type: 'Buffer'; data: number[] } {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data);
}
