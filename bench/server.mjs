// Loopback server for bench (b): answers every PUT with the ~2 kB connector, keep-alive on.
// Run as a child process so the server does not share the client's event loop; prints its
// port on stdout.
import { createServer } from "node:http";
import { CONNECTOR_JSON } from "./fixture.mjs";

const body = Buffer.from(CONNECTOR_JSON);
const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.on("disconnect", () => server.close(() => process.exit(0)));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
