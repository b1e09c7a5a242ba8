// The specs the pipeline turns into code. Add a line here when another API (Embedded,
// Organisations) joins; every other script reads this list.
export const specs = [
  { name: "connect-v1", file: "openapi/connect-v1.yaml" },
];
