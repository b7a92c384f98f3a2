// The session (persona, language) is read before any component module evaluates,
// because Custom Labels are resolved when their modules load.
import '../data/session';
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PreviewApp from 'preview/app';
import { LANGUAGES } from '../data/session';
import { session } from '../data/session';

const language = LANGUAGES.find((candidate) => candidate.code === session.language);
document.documentElement.lang = session.language;
document.documentElement.dir = language?.dir ?? 'ltr';

document.getElementById('root')?.appendChild(createElement('preview-app', { is: PreviewApp }));
