export declare function describeChildExit(
  name: string,
  code: number | null,
  signal: string | null,
  stopping: boolean,
): string
