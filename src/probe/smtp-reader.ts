/** Line-oriented SMTP/LMTP reply reader over a socket, bounded in size and time. */
import type net from 'node:net';

export interface SmtpReply {
  code: number;
  lines: string[];
}

/** A reply longer than this (bytes) is garbage, not SMTP. */
const MAX_BUFFER = 64 * 1024;

export type ReadOutcome =
  | { kind: 'reply'; reply: SmtpReply }
  | { kind: 'timeout'; partial: string }
  | { kind: 'closed'; partial: string; error: string | null }
  | { kind: 'garbage'; text: string };

export class SmtpReader {
  private buffer = '';
  private closedError: string | null | undefined;
  private waiter: (() => void) | undefined;
  private readonly socket: net.Socket;

  constructor(socket: net.Socket) {
    this.socket = socket;
    socket.setEncoding('latin1');
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('close', this.onEnd);
    socket.on('error', this.onError);
  }

  private readonly onData = (chunk: string): void => {
    this.buffer += chunk;
    this.waiter?.();
  };

  private readonly onEnd = (): void => {
    if (this.closedError === undefined) this.closedError = null;
    this.waiter?.();
  };

  private readonly onError = (e: Error): void => {
    this.closedError = describeSocketError(e);
    this.waiter?.();
  };

  /** One (possibly multi-line) reply, within `timeoutMs`. */
  async read(timeoutMs: number): Promise<ReadOutcome> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const parsed = this.take();
      if (parsed) return parsed;
      if (this.closedError !== undefined) return { kind: 'closed', partial: this.buffer, error: this.closedError };
      const left = until - Date.now();
      if (left <= 0) return { kind: 'timeout', partial: this.buffer };
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.waiter = undefined;
    }
  }

  private take(): ReadOutcome | null {
    if (this.buffer.length > MAX_BUFFER) return { kind: 'garbage', text: this.buffer.slice(0, 80) };
    const lines: string[] = [];
    let offset = 0;
    for (;;) {
      const nl = this.buffer.indexOf('\n', offset);
      if (nl < 0) {
        // A first line that cannot become a reply code is garbage already.
        const head = this.buffer.slice(offset, offset + 4);
        if (head.length >= 4 && !/^\d{3}[ -]/.test(head)) return { kind: 'garbage', text: this.buffer.slice(offset, offset + 80) };
        return null;
      }
      const line = this.buffer.slice(offset, nl).replace(/\r$/, '');
      if (!/^\d{3}([ -]|$)/.test(line)) return { kind: 'garbage', text: line.slice(0, 80) };
      offset = nl + 1;
      lines.push(line);
      if (line[3] !== '-') {
        this.buffer = this.buffer.slice(offset);
        return { kind: 'reply', reply: { code: Number(line.slice(0, 3)), lines } };
      }
    }
  }

  send(line: string): void {
    if (this.closedError === undefined) this.socket.write(`${line}\r\n`);
  }

  /** Stop reading: the socket is handed to node:tls. */
  detach(): void {
    this.socket.removeListener('data', this.onData);
    this.socket.removeListener('end', this.onEnd);
    this.socket.removeListener('close', this.onEnd);
    this.socket.removeListener('error', this.onError);
  }
}

/** A readable message for a socket error (errno code first). */
export function describeSocketError(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by peer';
    case 'EHOSTUNREACH':
      return 'host unreachable';
    case 'ENETUNREACH':
      return 'network unreachable';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host name not resolved (${code})`;
    case 'EPIPE':
      return 'connection closed by peer while sending';
    default:
      return code ? `${code}: ${e.message}` : e.message;
  }
}

/** Printable form of untrusted server text (control characters escaped, length bounded). */
export function printable(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max)}...` : text;
  return cut.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
