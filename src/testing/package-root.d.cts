// Types of package-root.cjs: the installed package's directory (where openapi/ is).
declare function packageRoot(): string;
export = packageRoot;
