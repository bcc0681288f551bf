export declare const e2eTestDir: string
export declare const e2eGroups: Record<string, string[]>
export declare const e2eGroupNames: string[]
export declare function e2eSpecFiles(dir?: string): string[]
export declare function e2eGroupProblems(groups?: Record<string, string[]>, files?: string[]): string[]
