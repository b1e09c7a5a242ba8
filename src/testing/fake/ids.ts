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
