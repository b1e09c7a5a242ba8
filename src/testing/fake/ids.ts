// Ids as the platform makes them: ULIDs (26 Crockford base-32 characters, 48 bits of
// milliseconds then 80 random bits). Monotonic within one fake, so ids sort in the order they
// were made, even within a millisecond; list pages rely on that order.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function encode(value: bigint, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++, value >>= 5n) out = ALPHABET[Number(value & 31n)] + out;
  return out;
}

/** A ULID maker: each call a new id, greater than the last one it made. */
export function ulids(now: () => number = Date.now): () => string {
  let lastTime = -1;
  let lastRandom = 0n;
  return () => {
    const time = now();
    if (time > lastTime) {
      const bytes = crypto.getRandomValues(new Uint8Array(10));
      // One bit left clear, so that incrementing within the same millisecond never overflows.
      lastRandom = bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n) >> 1n;
      lastTime = time;
    } else lastRandom += 1n;
    return encode(BigInt(lastTime), 10) + encode(lastRandom, 16);
  };
}

/**
 * A UUID (version 7: time first) from a ULID, for the ids the contract types as UUIDs (members):
 * the same 128 bits with the version and variant bits set, so they sort as the ULIDs did.
 */
export function uuidOf(ulid: string): string {
  let value = [...ulid].reduce((n, c) => (n << 5n) | BigInt(ALPHABET.indexOf(c)), 0n);
  value = (value & ~(0xfn << 76n)) | (0x7n << 76n);
  value = (value & ~(0x3n << 62n)) | (0x2n << 62n);
  const hex = value.toString(16).padStart(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
