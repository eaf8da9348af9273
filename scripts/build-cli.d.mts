/** Types for scripts/build-cli.mjs (plain JS so bin/govbrief.mjs can run it with node alone). */
export declare const CLI_OUT_DIR: string;
export declare const CLI_BUNDLE: string;
export declare const CLI_INPUTS: string;
export declare function isCliStale(): boolean;
export declare function ensureCli(options?: { quiet?: boolean }): Promise<boolean>;
export declare function buildCli(options?: { quiet?: boolean }): Promise<{ bundle: string; inputs: string[] }>;
