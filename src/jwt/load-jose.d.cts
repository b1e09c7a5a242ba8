// Types of load-jose.cjs: loads jose once and caches the module promise.
declare function loadJose(): Promise<typeof import("jose")>;
export = loadJose;
