/**
 * A minimal SMTP server side for probe tests: banner, EHLO/LHLO with the given keywords, 250 to
 * MAIL/RSET, 221 to QUIT, 502 otherwise, and STARTTLS handed to `onStarttls` (which then owns the socket).
 */
import type net from 'node:net';

export function smtp(keywords: string[], onStarttls?: (socket: net.Socket) => void, banner = '220 fake.test ESMTP'): (socket: net.Socket) => void {
  return (socket) => {
    socket.write(`${banner}\r\n`);
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        const verb = line.split(' ')[0]?.toUpperCase();
        if (verb === 'EHLO' || verb === 'LHLO') {
          const all = ['fake.test', ...keywords];
          socket.write(all.map((k, i) => `250${i === all.length - 1 ? ' ' : '-'}${k}\r\n`).join(''));
        } else if (verb === 'STARTTLS' && onStarttls) {
          socket.removeListener('data', onData);
          socket.write('220 go ahead\r\n');
          onStarttls(socket);
          return;
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write(verb === 'MAIL' || verb === 'RSET' ? '250 ok\r\n' : '502 no\r\n');
      }
    };
    socket.on('data', onData);
  };
}
