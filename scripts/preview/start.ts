import { buildPreview } from './build';
import { serveFolder } from './serve';

const DEFAULT_PORT = 4173;

/** npm start: builds the preview and serves it until stopped. */
async function main(): Promise<void> {
    console.log('Building the preview…');
    const folder = await buildPreview();
    const requested = Number(process.env.PORT ?? DEFAULT_PORT);
    const { url } = await serveFolder(folder, requested).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') {
            throw error;
        }
        console.log(`Port ${requested} is busy; using a free one.`);
        return serveFolder(folder, 0);
    });
    console.log(`CHS Exchange preview: ${url}  (Ctrl+C to stop)`);
    console.log('It shows the user interface with demo data; the rules are enforced by Apex in the org.');
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
