export declare const chromiumEnvVariables: string[]
export declare function findChromium(): { path: string; source: string } | undefined
