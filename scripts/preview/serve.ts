import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.txt': 'text/plain; charset=utf-8'
};

/** Serves a folder on the loopback interface only; resolves with the server and its address. */
export function serveFolder(folder: string, port: number): Promise<{ server: Server; url: string }> {
    const server = createServer((request, response) => {
        const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(
            /^(\.\.[/\\])+/,
            ''
        );
        let file = join(folder, path);
        if (existsSync(file) && statSync(file).isDirectory()) {
            file = join(file, 'index.html');
        }
        if (!file.startsWith(folder) || !existsSync(file)) {
            response.writeHead(404, { 'content-type': 'text/plain' });
            response.end('Not found');
            return;
        }
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const { port: actual } = server.address() as AddressInfo;
            resolve({ server, url: `http://127.0.0.1:${actual}/` });
        });
    });
}
