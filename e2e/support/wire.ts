// Bytes across the Playwright binding: Uint8Array arguments (dropped files, PNG exports) are sent
// as base64 in a tagged object, both ways, so they arrive as Uint8Array and not as {0:…,1:…}.
export interface WireBytes {
  __rcBytes: string;
}

const isWireBytes = (v: unknown): v is WireBytes =>
  typeof v === 'object' && v !== null && typeof (v as WireBytes).__rcBytes === 'string' && Object.keys(v).length === 1;

export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __rcBytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toWire(v);
    return out;
  }
  return value;
}

export function fromWire(value: unknown): unknown {
  if (isWireBytes(value)) return new Uint8Array(Buffer.from(value.__rcBytes, 'base64'));
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromWire(v);
    return out;
  }
  return value;
}
