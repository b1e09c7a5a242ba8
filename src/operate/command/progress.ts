// Progress on stderr: plain lines when stderr is not a terminal (CI logs), and a spinner on one
// line that redraws itself when it is. Results never go here; they go to stdout.
import type { Output } from "./io.js";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export interface Progress {
  /** A line of its own. */
  say(text: string): void;
  /** The current status: the spinner's text on a terminal, a line when it changed otherwise. */
  status(text: string, changed: boolean): void;
  /** Ends the spinner's line. */
  done(): void;
}

export function progressOn(stderr: Output): Progress {
  if (!stderr.isTTY) {
    return { say: (text) => void stderr.write(`${text}\n`), status: (text, changed) => void (changed && stderr.write(`${text}\n`)), done: () => {} };
  }
  let text: string | undefined;
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => void stderr.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${text}`);
  const clear = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    if (text !== undefined) stderr.write("\r\x1b[2K");
    text = undefined;
  };
  return {
    say(line) {
      const current = text;
      clear();
      stderr.write(`${line}\n`);
      if (current !== undefined) this.status(current, false);
    },
    status(next) {
      text = next;
      draw();
      timer ??= setInterval(draw, 100);
      timer.unref?.();
    },
    done: clear,
  };
}
