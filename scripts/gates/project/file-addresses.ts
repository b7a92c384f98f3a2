import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath, sourceRoot } from '../../lib/project';

/** A file servlet address written out by hand, in any of its forms. */
const SERVLET_ADDRESS = /servlet\.shepherd|servlet\.FileDownload/;

/**
 * LWR sites serve files through lightning/fileDownload, which builds the address
 * under the runtime's own prefix (decision 0032). An address assembled in Apex or in
 * a component from the site prefix and a servlet path works in one runtime and
 * breaks in the other, so no shipped source may contain one; tests may.
 */
export function checkFileAddresses(): string[] {
    const problems: string[] = [];
    const files = [
        ...listFiles(join(sourceRoot, 'classes'), (name) => name.endsWith('.cls')),
        ...listFiles(join(sourceRoot, 'lwc'), (name) => name.endsWith('.ts') || name.endsWith('.html'))
    ].filter((file) => !file.includes('/__tests__/'));
    for (const file of files) {
        const source = readFileSync(file, 'utf8');
        if (file.endsWith('.cls') && /@IsTest/i.test(source)) {
            continue;
        }
        source.split('\n').forEach((text, index) => {
            if (SERVLET_ADDRESS.test(text)) {
                problems.push(
                    `${projectPath(file)}:${index + 1}: a hand-built file address; return the file's Id and let the component call generateUrl from lightning/fileDownload`
                );
            }
        });
    }
    return problems;
}
