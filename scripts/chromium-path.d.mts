export declare const chromiumEnvVariables: string[]
export declare function findChromium(): { path: string; source: string } | undefined
export declare const offlineChromiumArgs: string[]
