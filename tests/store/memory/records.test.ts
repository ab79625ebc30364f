// The on-disk record framing: length + CRC32 per line; a torn tail is told apart from damage in the middle.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeLine, encodeRecord, scanRecordFile } from "../../../src/store/memory/records.ts";

const dirPromise = mkdtemp(join(tmpdir(), "diplograph-records-"));
afterAll(async () => rm(await dirPromise, { recursive: true, force: true }));

const records = ['{"a":1}', '{"b":"شميراني"}', '{"c":[1,2,3]}'].map(encodeRecord);
const whole = Buffer.concat(records);
const firstTwo = (records[0]?.length ?? 0) + (records[1]?.length ?? 0);

function flip(buf: Buffer, at: number): Buffer {
  const copy = Buffer.from(buf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe("record framing", () => {
  it("round-trips a payload, non-ASCII included", () => {
    const line = encodeRecord('{"name":"علي شميراني"}');
    expect(line.at(-1)).toBe(0x0a);
    expect(decodeLine(line.subarray(0, -1))).toBe('{"name":"علي شميراني"}');
  });

  it.each([
    ["a flipped payload bit", (l: Buffer) => flip(l, l.length - 3)],
    ["a flipped checksum digit", (l: Buffer) => flip(l, 3)],
    ["a cut payload", (l: Buffer) => l.subarray(0, l.length - 4)],
    ["no header", () => Buffer.from('{"a":1}')],
    ["zeros", () => Buffer.alloc(20)],
  ])("refuses %s", (_what, damage) => {
    const line = encodeRecord('{"a":1}').subarray(0, -1);
    expect(decodeLine(damage(line))).toBeNull();
  });

  it.each([
    ["a clean file", whole, 3, whole.length, "clean"],
    ["an empty file", Buffer.alloc(0), 0, 0, "clean"],
    ["a torn last record", whole.subarray(0, whole.length - 5), 2, firstTwo, "torn"],
    ["a last record without its newline", whole.subarray(0, whole.length - 1), 2, firstTwo, "torn"],
    ["zeros after the last record", Buffer.concat([whole, Buffer.alloc(4096)]), 3, whole.length, "torn"],
    ["a damaged last record", flip(whole, whole.length - 4), 2, firstTwo, "torn"],
    ["a damaged record before sound ones", flip(whole, 12), 0, 0, "damaged-middle"],
  ] as const)("scans %s", async (_what, content, count, validBytes, tail) => {
    const path = join(await dirPromise, "scan.log");
    await writeFile(path, content);
    const seen: string[] = [];
    const scan = await scanRecordFile(path, (p) => seen.push(p));
    expect(scan).toEqual({ records: count, validBytes, tail });
    expect(seen).toHaveLength(count);
  });
});
