/** Where the CLI writes: the process streams, or buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: 0 done, 1 the file could not be imported, 2 wrong usage (unknown option, bad --dinas). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
