import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.txt': 'text/plain; charset=utf-8'
};
/** Types worth compressing: text. Images are compressed already. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.txt']);

/** A file as sent: its version tag, and its bytes plain and gzipped (made once per version). */
interface Prepared {
    etag: string;
    plain: Buffer;
    gzipped?: Buffer;
}

/**
 * Serves a folder on the loopback interface only; resolves with the server and its address.
 * Every switch of persona, language or page reloads the whole bundle, so responses carry a
 * version tag (ETag) and "no-cache": the browser asks again each time and gets 304 Not
 * Modified while the build is unchanged. Text is sent gzipped to browsers that accept it.
 */
export function serveFolder(folder: string, port: number): Promise<{ server: Server; url: string }> {
    const prepared = new Map<string, Prepared>();
    const prepare = (file: string): Prepared => {
        const stat = statSync(file);
        const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
        const known = prepared.get(file);
        if (known?.etag === etag) {
            return known;
        }
        const fresh: Prepared = { etag, plain: readFileSync(file) };
        prepared.set(file, fresh);
        return fresh;
    };
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
        const extension = extname(file);
        const version = prepare(file);
        const headers: Record<string, string> = {
            'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
            etag: version.etag,
            vary: 'accept-encoding'
        };
        if (request.headers['if-none-match'] === version.etag) {
            response.writeHead(304, headers);
            response.end();
            return;
        }
        let body = version.plain;
        if (COMPRESSED.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
            version.gzipped = version.gzipped ?? gzipSync(version.plain);
            body = version.gzipped;
            headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = String(body.length);
        response.writeHead(200, headers);
        response.end(body);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const { port: actual } = server.address() as AddressInfo;
            resolve({ server, url: `http://127.0.0.1:${actual}/` });
        });
    });
}
