/**
 * The seconds the build's PDF stage took, read from what the build prints (src/pdf/build.ts,
 * pdfStageMessage: "[pdf] 3 report PDF(s): 3 typeset, 0 unchanged from the cache, in 1.6 s"); a
 * unit test holds this reader to that message.
 */
export function pdfStageSeconds(output: string): number | undefined {
  const match = /report PDF\(s\): \d+ typeset, \d+ unchanged from the cache, in ([\d.]+) s/.exec(output);
  return match ? Number(match[1]) : undefined;
}
