// The framing of every record on disk: one line "<byte length> <crc32 hex> <json>\n", so a torn or
// damaged record is detected. JSON escapes newlines and UTF-8 never uses the byte 0x0a inside a
// character, so a newline only ever ends a record.
import { createReadStream } from "node:fs";
import { crc32 } from "node:zlib";

const NEWLINE = 0x0a;
const HEADER = /^(\d{1,12}) ([0-9a-f]{8}) /;

export function encodeRecord(payload: string): Buffer {
  const body = Buffer.from(payload, "utf8");
  const crc = crc32(body).toString(16).padStart(8, "0");
  return Buffer.concat([Buffer.from(`${body.length} ${crc} `, "ascii"), body, Buffer.from("\n", "ascii")]);
}

/** The payload of one line (without its newline), or null when the line is not a whole, sound record. */
export function decodeLine(line: Buffer): string | null {
  const header = HEADER.exec(line.toString("latin1", 0, Math.min(line.length, 23)));
  if (header === null) return null;
  const [text, lengthText, crcText] = header;
  if (lengthText === undefined || crcText === undefined) return null;
  const body = line.subarray(text.length);
  if (body.length !== Number(lengthText) || crc32(body) !== Number.parseInt(crcText, 16)) return null;
  return body.toString("utf8");
}

/** The lines of a file, streamed; the last one is `complete: false` when the file does not end with a newline. */
async function* readLines(path: string): AsyncGenerator<{ line: Buffer; complete: boolean }> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 23 })) {
    if (!Buffer.isBuffer(chunk)) continue;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      pending.push(chunk.subarray(start, nl));
      yield {
        line: pending.length === 1 && pending[0] ? pending[0] : Buffer.concat(pending),
        complete: true,
      };
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield { line: Buffer.concat(pending), complete: false };
}

export interface ScanResult {
  records: number;
  /** Bytes of whole, sound records from the start of the file. */
  validBytes: number;
  /** What follows validBytes: nothing, a torn or damaged last record, or sound records after a damaged one. */
  tail: "clean" | "torn" | "damaged-middle";
}

/**
 * Streams the records of a file to `onPayload` until the first that is not whole and sound. A crash can
 * only tear the last record (each append is fsynced before the next), so a bad record followed by a
 * sound one is not a crash but damage, and dropping the sound records after it would lose acknowledged writes.
 */
export async function scanRecordFile(
  path: string,
  onPayload: (payload: string) => void,
): Promise<ScanResult> {
  let records = 0;
  let validBytes = 0;
  let bad = false;
  for await (const { line, complete } of readLines(path)) {
    if (bad) {
      if (complete && decodeLine(line) !== null) return { records, validBytes, tail: "damaged-middle" };
      continue;
    }
    const payload = complete ? decodeLine(line) : null;
    if (payload === null) {
      bad = true;
      continue;
    }
    onPayload(payload);
    records += 1;
    validBytes += line.length + 1;
  }
  return { records, validBytes, tail: bad ? "torn" : "clean" };
}
