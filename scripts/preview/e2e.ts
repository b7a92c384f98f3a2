import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot, runCommand } from '../lib/project';
import { buildPreview } from './build';
import { serveFolder } from './serve';

/**
 * Browser gate: the preview in Chromium, driven like a person would, with an
 * accessibility scan of every state. Fails on a failed journey, a console or
 * page error, or a serious or critical axe violation.
 */
const CHROMIUM = '/usr/bin/chromium';
const AXE = join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js');
const OUT = join(projectRoot, 'preview', 'out');
const SCREENSHOT = join(projectRoot, 'docs', 'images', 'preview-taxonomy-picker.png');
const COLLEAGUES_SCREENSHOT = join(projectRoot, 'docs', 'images', 'preview-colleagues.png');
const GROUP_SCREENSHOT = join(projectRoot, 'docs', 'images', 'preview-group.png');
const REPOSITORY_SCREENSHOT = join(projectRoot, 'docs', 'images', 'preview-repository.png');
const INSIGHTS_SCREENSHOT = join(projectRoot, 'docs', 'images', 'preview-insights.png');
const TIMEOUT_MS = 15_000;

interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[] }[];
}

function ensureChromium(): void {
    if (existsSync(CHROMIUM)) {
        return;
    }
    if (process.getuid?.() !== 0) {
        throw new Error(
            `Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium`
        );
    }
    console.log('Installing Chromium from Debian…');
    const update = runCommand('apt-get', ['update', '-qq']);
    const install = runCommand('apt-get', ['install', '-y', '-qq', 'chromium'], {
        env: { DEBIAN_FRONTEND: 'noninteractive' }
    });
    if (update.status !== 0 || install.status !== 0 || !existsSync(CHROMIUM)) {
        throw new Error(`Could not install Chromium:\n${update.output}\n${install.output}`);
    }
}

async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } })
            .axe;
        return (await axe.run(document)).violations;
    });
    return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
            (violation) =>
                `axe ${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes
                    .map((node) => JSON.stringify(node.target))
                    .join(', ')}`
        );
}

async function main(): Promise<void> {
    ensureChromium();
    const folder = await buildPreview();
    const { server, url } = await serveFolder(folder, 0);
    const profile = mkdtempSync(join(tmpdir(), 'chs-exchange-chromium-'));
    mkdirSync(OUT, { recursive: true });
    const results: { name: string; error?: string }[] = [];
    const pageErrors: string[] = [];
    let context: BrowserContext | undefined;
    try {
        context = await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM,
            headless: true,
            acceptDownloads: true,
            viewport: { width: 1280, height: 900 },
            args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync'
            ]
        });
        // Nothing leaves the machine: every request but the preview's own is refused.
        await context.route('**/*', (route) =>
            route.request().url().startsWith(url) ? route.continue() : route.abort('blockedbyclient')
        );
        const page = context.pages()[0] ?? (await context.newPage());
        page.setDefaultTimeout(TIMEOUT_MS);
        page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
        page.on('console', (message) => {
            if (message.type() === 'error') {
                pageErrors.push(`console error: ${message.text()}`);
            }
        });

        /** Opens a preview page on the demo data as shipped, forgetting what earlier journeys changed. */
        const openAfresh = async (query: string): Promise<void> => {
            await page.goto(`${url}?${query}`);
            await page.evaluate(() => window.sessionStorage.clear());
            await page.goto(`${url}?${query}`);
        };

        const check = async (name: string, journey: () => Promise<void>): Promise<void> => {
            try {
                await journey();
                const violations = await seriousViolations(page);
                if (violations.length > 0) {
                    throw new Error(violations.join('\n'));
                }
                results.push({ name });
            } catch (error) {
                results.push({ name, error: error instanceof Error ? error.message : String(error) });
                await page
                    .screenshot({ path: join(OUT, `failed-${results.length}.png`), fullPage: true })
                    .catch(() => undefined);
            }
        };
        const chsPicker = page.locator('c-standard-element-picker').first();
        const expect = (condition: boolean, message: string): void => {
            if (!condition) {
                throw new Error(message);
            }
        };

        await check(
            'the preview opens on the groups page, with a favicon, compressed and revalidated (B21, point 9)',
            async () => {
                await page.goto(url);
                await page.locator('c-group-directory').waitFor();
                const icon = await page.request.get(`${url}favicon.svg`);
                expect(icon.ok(), `the favicon answers ${icon.status()}`);
                const bundle = await page.request.get(`${url}main.js`, { headers: { 'accept-encoding': 'gzip' } });
                expect(bundle.headers()['content-encoding'] === 'gzip', 'the bundle is not sent gzipped');
                const again = await page.request.get(`${url}main.js`, {
                    headers: { 'if-none-match': bundle.headers().etag ?? '' }
                });
                expect(again.status() === 304, `an unchanged bundle is sent again (${again.status()})`);
            }
        );

        await check('a member sees the nine CHS commitments, styled by SLDS', async () => {
            await page.goto(`${url}?persona=member&lang=en&page=tagging`);
            await chsPicker.locator('input[type="checkbox"]').nth(8).waitFor();
            const boxes = await chsPicker.locator('input[type="checkbox"]').count();
            expect(boxes === 9, `expected 9 commitments, found ${boxes}`);
            const styled = await page.locator('header').evaluate((header) => getComputedStyle(header).borderRadius);
            expect(styled !== '0px', 'the SLDS stylesheet did not apply');
        });

        await check('keyboard alone expands a commitment and ticks indicator 1.1', async () => {
            await chsPicker.locator('input[type="search"]').focus();
            await page.keyboard.press('Tab');
            await page.keyboard.press('Enter');
            await chsPicker.getByText('1.1 (Key action)').waitFor();
            await page.keyboard.press('Tab');
            await page.keyboard.press('Tab');
            await page.keyboard.press('Space');
            await chsPicker.locator('lightning-pill').first().waitFor();
            const value = await page.locator('.preview-commitments').textContent();
            expect(value === 'CHS2014:1.1', `the page received "${value}" instead of CHS2014:1.1`);
            await page.screenshot({ path: SCREENSHOT, fullPage: true });
        });

        await check('search narrows the tree, and says when nothing matches', async () => {
            const search = chsPicker.locator('input[type="search"]');
            await search.fill('feedback');
            await chsPicker.getByText(/participation and feedback/).waitFor();
            const shown = await chsPicker.locator('input[type="checkbox"]').count();
            expect(shown < 9, `search for "feedback" still shows ${shown} checkboxes`);
            await search.fill('no such words');
            await chsPicker.getByText('Nothing matches “no such words”.').waitFor();
        });

        await check('the language switcher turns the page Arabic and right-to-left', async () => {
            await page.goto(`${url}?persona=member&lang=en&page=tagging`);
            await page.locator('select[name="language"]').selectOption('ar');
            await chsPicker.getByText('التزامات ومؤشرات المعيار الإنساني الأساسي').waitFor();
            const direction = await page.evaluate(() => document.documentElement.dir);
            expect(direction === 'rtl', `dir is "${direction}"`);
        });

        await check('switched to a non-member, the page says the Exchange is for members', async () => {
            await page.goto(`${url}?persona=member&lang=fr&page=tagging`);
            await page.locator('select[name="persona"]').selectOption('non-member');
            await chsPicker.getByRole('alert').getByText('réservé au personnel des organisations membres').waitFor();
        });

        await check('a moderator sees the CPMS pillars', async () => {
            await page.goto(`${url}?persona=moderator&lang=es&page=tagging`);
            const cpms = page.locator('c-standard-element-picker').nth(1);
            await cpms.locator('input[type="checkbox"]').nth(3).waitFor();
            expect((await cpms.locator('input[type="checkbox"]').count()) === 4, 'expected the 4 CPMS pillars');
        });

        await check('an organisation admin invites a colleague, who then waits for the Alliance', async () => {
            await page.goto(`${url}?persona=org-admin&lang=en&page=colleagues`);
            const colleagues = page.locator('c-colleagues');
            await colleagues.getByRole('rowheader', { name: 'Fatou Diallo' }).waitFor();
            await colleagues.locator('lightning-input[data-name="lastName"] input').fill('Sangaré');
            await colleagues.locator('lightning-input[data-name="firstName"] input').fill('Oumar');
            await colleagues
                .locator('lightning-input[data-name="email"] input')
                .fill('aminata.traore@sahelrelief.example');
            await colleagues.locator('[data-id="invite-submit"] button').click();
            await colleagues.getByRole('alert').getByText('already has a login').waitFor();
            await colleagues
                .locator('lightning-input[data-name="email"] input')
                .fill('oumar.sangare@sahelrelief.example');
            await colleagues.locator('[data-id="invite-submit"] button').click();
            await colleagues.getByText('The Alliance secretariat checks it').waitFor();
            const row = colleagues.locator('c-invitation-list li', { hasText: 'oumar.sangare@sahelrelief.example' });
            await row.getByText('Waiting for approval').waitFor();
            await page.screenshot({ path: COLLEAGUES_SCREENSHOT, fullPage: true });
        });

        await check('an organisation admin deactivates a colleague after confirming', async () => {
            const colleagues = page.locator('c-colleagues');
            await colleagues.getByRole('button', { name: 'Deactivate Fatou Diallo' }).click();
            await colleagues.getByText('Deactivate the login of Fatou Diallo?').waitFor();
            await colleagues.locator('c-confirm-panel [data-id="confirm"] button').click();
            await colleagues.getByText('The login of Fatou Diallo has been deactivated.').waitFor();
            const row = colleagues.locator('c-colleague-table tr', { hasText: 'Fatou Diallo' });
            await row.getByText('Deactivated').waitFor();
        });

        await check('a non-member sees the access notice and the way to membership', async () => {
            await page.goto(`${url}?persona=non-member&lang=en&page=my-data`);
            const notice = page.locator('c-access-notice [data-id="access-notice"]');
            await notice.getByText('open to staff of Alliance member organisations only').waitFor();
            const link = await notice.locator('[data-id="membership-link"]').getAttribute('href');
            expect(link === 'https://www.chsalliance.org/membership/', `the membership link points to ${link}`);
        });

        await check('a non-member sees the refusal once, and no controls that cannot work (B12)', async () => {
            for (const area of ['groups', 'members', 'repository']) {
                await page.goto(`${url}?persona=non-member&lang=en&page=${area}`);
                await page.locator('c-access-notice [data-id="access-notice"]').waitFor();
                await page.waitForLoadState('networkidle');
                await page.waitForTimeout(600);
                const banners = await page.locator('c-error-panel').count();
                expect(banners === 0, `${area}: ${banners} error banners under the access notice`);
                const buttons = await page
                    .locator(
                        'main :is(c-exchange-groups, c-exchange-organisations, c-exchange-repository) :is(lightning-button, lightning-combobox)'
                    )
                    .count();
                expect(buttons === 0, `${area}: ${buttons} live controls for a non-member`);
            }
        });

        await check('a suspended member is told, in Spanish, that the membership is suspended', async () => {
            await page.goto(`${url}?persona=suspended&lang=es&page=tagging`);
            const notice = page.locator('c-access-notice [data-id="access-notice"]');
            await notice.getByText('Membresía suspendida').waitFor();
            const links = await notice.locator('[data-id="membership-link"]').count();
            expect(links === 0, 'a suspended member is not sent to the membership page');
        });

        await check('a member downloads their data and asks for its erasure', async () => {
            await page.goto(`${url}?persona=member&lang=en&page=my-data`);
            const myData = page.locator('c-my-data');
            const download = page.waitForEvent('download');
            await myData.locator('[data-id="export-button"] button').click();
            const file = await download;
            expect(file.suggestedFilename().endsWith('.json'), `downloaded ${file.suggestedFilename()}`);
            await myData.locator('[data-id="erasure-button"] button').click();
            await myData.locator('c-confirm-panel [data-id="confirm"] button').click();
            await myData.getByText('You have asked for erasure.').waitFor();
        });

        await check('a suspended member still gets their data', async () => {
            await page.goto(`${url}?persona=suspended&lang=en&page=my-data`);
            const myData = page.locator('c-my-data');
            await myData.locator('[data-id="export-button"] button').click();
            // The browser holds back a second download from the same page, so the answer is read instead.
            await myData.getByText('Your data has been saved as chs-exchange-my-data-').waitFor();
        });

        await check('an Alliance admin approves an invitation in the console queue', async () => {
            await page.goto(`${url}?persona=alliance-admin&lang=en&page=admin-queue`);
            const queue = page.locator('c-alliance-admin-queue');
            const row = queue.locator('lightning-datatable tr', { hasText: 'ibrahim.coulibaly@sahelrelief.example' });
            await row.locator('input[type="checkbox"]').check({ force: true });
            await queue.locator('[data-id="decision-note"] textarea').fill('Welcome to CHS Exchange.');
            await queue.locator('[data-id="approve-button"] button').click();
            await queue.getByText('Invitations approved: 1.').waitFor();
            await row.waitFor({ state: 'detached' });
        });

        await check(
            'an Alliance admin uploads the standards’ texts: a wrong row is named and nothing loads, a clean file loads',
            async () => {
                await page.goto(`${url}?persona=alliance-admin&lang=en&page=admin-queue`);
                const upload = page.locator('c-standard-text-import');
                const file = upload.locator('[data-id="file"] input[type="file"]');
                const header = 'subject,framework,code,language,title,description\n';
                await file.setInputFiles({
                    name: 'texts-wrong.csv',
                    mimeType: 'text/csv',
                    buffer: Buffer.from(
                        `${header}Element,CHS2014,1.1,fr,Titre,\nElement,CHS2014,12.1,fr,Titre inconnu,\n`
                    )
                });
                const report = upload.locator('c-standard-text-import-report');
                await report.getByText('1 problem(s) in texts-wrong.csv: nothing will load.').waitFor();
                const problem = report.locator('[data-id="problem"]');
                expect((await problem.count()) === 1, `${await problem.count()} problems listed instead of 1`);
                const where = ((await problem.locator('.slds-text-title_bold').textContent()) ?? '').trim();
                const reason = ((await problem.locator('[data-id="reason"]').textContent()) ?? '').trim();
                expect(
                    where === 'Row 3' && reason === 'element "12.1" is not in framework CHS2014',
                    `the refused row reads "${where}: ${reason}"`
                );
                expect((await upload.locator('[data-id="load"]').count()) === 0, 'a refused file offers to load');
                expect(
                    ((await upload.locator('[data-id="progress"]').textContent()) ?? '').trim() === '',
                    'a refused file shows a load in progress'
                );

                await file.setInputFiles({
                    name: 'texts.csv',
                    mimeType: 'text/csv',
                    buffer: Buffer.from(`${header}Element,CHS2014,1.1,fr,Titre,\nStage,,PREPARATION,ar,الإعداد,\n`)
                });
                await report.getByText('2 text(s) in texts.csv are ready to load:').waitFor();
                await report.locator('[data-id="language-line"]', { hasText: 'French' }).waitFor();
                await upload.getByRole('button', { name: 'Load 2 text(s)' }).click();
                await upload.locator('[data-id="queued"]').waitFor();
                await upload.getByText('Loaded: 2 text(s) are in the org.').waitFor();
                expect((await upload.locator('[data-id="load"]').count()) === 0, 'a loaded file offers to load again');
            }
        );

        await check('the group directory filters on the server and shows each kind of group', async () => {
            await page.goto(`${url}?persona=member&lang=en&page=groups`);
            const directory = page.locator('c-group-directory');
            await directory.getByText('Accountability to affected people').waitFor();
            const before = await directory.locator('c-group-card').count();
            expect(before === 4, `a member sees the 4 listed groups, found ${before}`);
            await directory.locator('[data-filter="privacy"] button').click();
            await directory.locator('[data-filter="privacy"]').getByRole('option', { name: 'Restricted' }).click();
            await directory.getByText('Localisation in Colombia').waitFor({ state: 'detached' });
            const restricted = await directory.locator('c-group-card').count();
            expect(restricted === 1, `one listed restricted group, found ${restricted}`);
        });

        await check(
            'the group directory says how many groups and pages, and offers only what finds one (B16, point 7)',
            async () => {
                await page.goto(`${url}?persona=member&lang=en&page=groups`);
                const directory = page.locator('c-group-directory');
                await directory.getByText('4 groups · page 1 of 1').waitFor();
                await directory.locator('[data-filter="privacy"] button').click();
                const options = await directory.locator('[data-filter="privacy"]').getByRole('option').allInnerTexts();
                expect(
                    options.every((option) => option.trim() === 'Any' || /\(\d+\)$/.test(option.trim())),
                    `every privacy option has its count: ${options.join(', ')}`
                );
            }
        );

        await check(
            'the member directory keeps its filters in the address; Back and a reload find them (point 5)',
            async () => {
                await page.goto(`${url}?persona=member&lang=en&page=members`);
                const members = page.locator('c-exchange-organisations');
                const directory = members.locator('c-organisation-directory');
                await directory.getByRole('combobox', { name: 'Country' }).click();
                await directory.getByRole('option', { name: /^Jordan \(\d+\)$/ }).click();
                await page.waitForURL(/c__country=JO/);
                const consortium = directory.getByRole('button', { name: 'Levant Protection Consortium' });
                await consortium.click();
                await members
                    .locator('c-organisation-page')
                    .getByRole('heading', { name: 'Levant Protection Consortium' })
                    .waitFor();
                await page.goBack();
                await consortium.waitFor();
                expect(page.url().includes('c__country=JO'), `Back kept the country: ${page.url()}`);
                await page.reload();
                await directory.getByRole('status').getByText('1 organisation found').waitFor();
            }
        );

        await check(
            'Back and Forward move between the directory and a group; the directory keeps its search (B3, B16)',
            async () => {
                await page.goto(`${url}?persona=member&lang=en&page=members`);
                await page.goto(`${url}?persona=member&lang=en&page=groups`);
                const directory = page.locator('c-group-directory');
                await directory.locator('c-group-card').nth(3).waitFor();
                await directory.getByRole('searchbox', { name: 'Search by title or topic' }).fill('Colombia');
                await page.waitForURL(/c__q=Colombia/);
                await directory.locator('c-group-card').nth(1).waitFor({ state: 'detached' });
                await directory.getByRole('button', { name: /Localisation in Colombia/ }).click();
                const title = page.locator('c-group-page [data-id="group-title"]');
                await title.waitFor();
                await page.goBack();
                await directory.locator('c-group-card').first().waitFor();
                expect(page.url().includes('page=groups'), `Back left the groups page: ${page.url()}`);
                const search = await directory
                    .getByRole('searchbox', { name: 'Search by title or topic' })
                    .inputValue();
                expect(search === 'Colombia', `the search after Back is "${search}"`);
                await page.goForward();
                await title.waitFor();
                await page.locator('c-group-page').getByRole('button', { name: 'Back to all groups' }).click();
                await directory.locator('c-group-card').first().waitFor();
                // The new directory may show for a moment before its search answers: wait for the answer.
                await directory
                    .locator('c-group-card')
                    .nth(1)
                    .waitFor({ state: 'detached', timeout: 5_000 })
                    .catch(() => undefined);
                const cards = await directory.locator('c-group-card').count();
                expect(cards === 1, `"Back to all groups" shows ${cards} cards instead of the 1 found`);
                await page.reload();
                await directory.locator('c-group-card').first().waitFor();
                expect(
                    (await directory.getByRole('searchbox', { name: 'Search by title or topic' }).inputValue()) ===
                        'Colombia',
                    'a reload keeps the search'
                );
            }
        );

        await check('the group directory reads right to left in Arabic', async () => {
            await page.goto(`${url}?persona=member&lang=ar&page=groups`);
            const directory = page.locator('c-group-directory');
            await directory.getByRole('heading', { name: 'مجموعات التبادل' }).waitFor();
            await directory.getByText('مجتمع ممارسة تابع للتحالف').first().waitFor();
            const direction = await page.evaluate(() => document.documentElement.dir);
            expect(direction === 'rtl', `dir is "${direction}"`);
        });

        await check(
            'Arabic: user text keeps its own direction, facts and actions stay apart, arrows point back (B14)',
            async () => {
                await page.goto(`${url}?persona=member&lang=ar&page=groups`);
                const directory = page.locator('c-group-directory');
                const description = directory.locator('c-group-card p[dir="auto"]').first();
                await description.waitFor();
                await page.goto(`${url}?persona=member&lang=ar&page=groups&c__group=a03000000000001AAA`);
                const groupPage = page.locator('c-group-page');
                await groupPage.locator('[data-id="group-title"][dir="auto"]').waitFor();
                const back = await groupPage.locator('[data-id="back"] svg').first().getAttribute('data-key');
                expect(back === 'forward', `the back button's arrow is "${back}" in Arabic, not "forward"`);
                await groupPage.getByRole('tab', { name: 'النقاش' }).click();
                const message = groupPage.locator('c-discussion-message').first();
                await message.locator('[data-id="body-text"][dir="auto"]').waitFor();
                const apart = await message.evaluate((host) => {
                    const root = host.shadowRoot ?? host;
                    const boxes = Array.from(root.querySelectorAll('[data-id="message-header"] > *'))
                        .map((element) => element.getBoundingClientRect())
                        .filter((box) => box.width > 0)
                        .sort((left, right) => left.left - right.left);
                    return boxes.every((box, index) => index === 0 || box.left - boxes[index - 1]!.right >= 4);
                });
                expect(apart, 'the author, organisation and date of a post run together');
                await page.goto(`${url}?persona=member&lang=ar&page=repository`);
                const facets = page.locator('c-repository-facets');
                await facets.locator('lightning-input').first().waitFor();
                const label = (await facets.locator('lightning-input label').first().textContent()) ?? '';
                expect(label.includes('\u2068'), `the facet value "${label}" is not kept apart from its count`);
            }
        );

        await check(
            'members accept the code of conduct, then post and reply; a reader of an open group may read but not post',
            async () => {
                await openAfresh('persona=org-admin&lang=en&page=groups&group=a03000000000001AAA');
                const groupPage = page.locator('c-group-page');
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                const discussion = groupPage.locator('c-group-discussion');
                await discussion.getByText('Community radio call-ins').waitFor();
                const conduct = discussion.locator('c-code-of-conduct');
                await conduct.getByText('Treat everyone with respect').waitFor();
                const composersBefore = await discussion.locator('[data-id="composer"]').count();
                expect(composersBefore === 0, 'no composer before the code of conduct is accepted');
                await conduct.getByText('I have read the code of conduct and will follow it').click();
                await conduct.getByRole('button', { name: 'Accept' }).click();
                await discussion
                    .locator('[data-id="composer-input"] [contenteditable="true"]')
                    .fill('Our complaints desk answers within five days.');
                await discussion.locator('[data-id="send"] button').click();
                await discussion
                    .locator('c-discussion-message', { hasText: 'Our complaints desk answers within five days.' })
                    .waitFor();
                await discussion
                    .locator('c-discussion-message', { hasText: 'Which feedback channels' })
                    .locator('[data-action="reply"] button')
                    .click();
                await discussion
                    .locator('[data-id="composer-input"] [contenteditable="true"]')
                    .fill('SMS surveys after each distribution.');
                await discussion.locator('[data-id="send"] button').click();
                await discussion
                    .locator('c-discussion-message', { hasText: 'SMS surveys after each distribution.' })
                    .waitFor();

                // Straight to the address: switching with the selector as well would race two navigations.
                await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                await discussion.getByText('SMS surveys after each distribution.').waitFor();
                await discussion.locator('[data-id="read-only"]').waitFor();
                const composers = await discussion.locator('[data-id="composer"]').count();
                expect(composers === 0, 'a reader who has not joined gets no composer');
            }
        );

        await check(
            'a member uploads a file and finds it and a message by searching; readers who have not joined cannot open files',
            async () => {
                const groupPage = page.locator('c-group-page');
                await page.goto(`${url}?persona=org-admin&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('tab', { name: 'Files' }).click();
                const files = groupPage.locator('c-group-files');
                await files.locator('[data-id="files-empty"]').waitFor();
                await files.locator('input[type="file"]').setInputFiles({
                    name: 'Complaints desk checklist.pdf',
                    mimeType: 'application/pdf',
                    buffer: Buffer.alloc(3 * 1024, 1)
                });
                await files.getByText('Files shared: 1.').waitFor();
                const listed = files.locator('[data-id="file"]', { hasText: 'Complaints desk checklist' });
                await listed.getByText('pdf · 3 kB · Shared by Moussa Keïta').waitFor();
                const link = listed.locator('[data-id="file-link"]');
                const address = (await link.getAttribute('href')) ?? '';
                expect(address.startsWith('data:text/plain'), `the download address came from Apex: ${address}`);
                expect((await link.getAttribute('rel')) === 'noopener', 'a new tab opened without rel="noopener"');
                const search = groupPage.locator('c-group-search');
                await search.getByLabel('Search this group').fill('checklist');
                await search.getByLabel('Search this group').press('Enter');
                await search.locator('[data-id="search-files"]').getByText('Complaints desk checklist').waitFor();
                await search.getByLabel('Search this group').fill('radio');
                await search.getByLabel('Search this group').press('Enter');
                await search.locator('[data-id="search-messages"]').getByText('Community radio call-ins').click();
                await groupPage.locator('c-group-discussion').getByText('Community radio call-ins').waitFor();

                await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('tab', { name: 'Files' }).click();
                await groupPage.locator('[data-id="files-members-only"]').waitFor();
            }
        );

        await check(
            'a member reports a post, a moderator hides it from the queue, and the reporter sees the outcome',
            async () => {
                const groupPage = page.locator('c-group-page');
                const discussion = groupPage.locator('c-group-discussion');
                const reported = discussion.locator('c-discussion-message', {
                    hasText: 'Our complaints desk answers within five days.'
                });
                await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                await reported.locator('[data-action="report"] button').click();
                const form = discussion.locator('c-report-form');
                await form.getByText('Harassment or bullying').click();
                await form.getByLabel('What should the moderators know? (optional)').fill('Shames a partner by name.');
                await form.getByRole('button', { name: 'Send report' }).click();
                await discussion.getByText('Thank you. Alliance moderators will review your report').waitFor();

                await page.goto(`${url}?persona=moderator&lang=en&page=moderation`);
                const queue = page.locator('c-moderation-queue');
                const item = queue.locator('c-moderation-report-card', { hasText: 'Shames a partner by name.' });
                await item.getByText('Our complaints desk answers within five days.').waitFor();
                await item.getByRole('button', { name: 'Hide content' }).click();
                await queue
                    .getByLabel('Note for moderators (optional, never shown to the reporter)')
                    .fill('Named a partner.');
                await queue.locator('c-confirm-panel').getByRole('button', { name: 'Confirm' }).click();
                await queue.getByText('Decision saved. The reporter can see the outcome.').waitFor();
                await queue.locator('[data-id="queue-empty"]').waitFor();

                await page.goto(`${url}?persona=moderator&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                await reported.locator('[data-id="hidden-badge"]').waitFor();

                await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                await discussion.getByText('A moderator hid this message.').waitFor();
                const leaks = await discussion.getByText('Our complaints desk answers within five days.').count();
                expect(leaks === 0, 'members no longer see the hidden text');
                await page.goto(`${url}?persona=member&lang=en&page=my-data`);
                await page.locator('c-my-reports').getByText('The content was hidden').waitFor();
            }
        );

        await check(
            'a member raises a confidential concern from a group; only the safeguarding focal point reads it, unnamed',
            async () => {
                await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000001AAA`);
                const groupPage = page.locator('c-group-page');
                await groupPage.getByRole('button', { name: 'Raise a confidential concern' }).click();
                const concern = groupPage.locator('c-confidential-concern');
                await concern.getByText('Sexual exploitation and abuse', { exact: true }).click();
                await concern
                    .getByLabel('What happened? Say when and where, and who was involved if you can.')
                    .fill('At the October distribution a volunteer asked for favours in exchange for rations.');
                await concern.getByRole('button', { name: 'Send confidentially' }).click();
                await concern.getByText('Received. Your reference is SC-000001').waitFor();
                await concern.locator('[data-id="my-concern"]', { hasText: 'SC-000001' }).waitFor();

                await page.goto(`${url}?persona=moderator&lang=en&page=safeguarding`);
                await page.locator('c-safeguarding-caseload c-error-panel').waitFor();

                await page.goto(`${url}?persona=safeguarding&lang=en&page=safeguarding`);
                const caseload = page.locator('c-safeguarding-caseload');
                const item = caseload.locator('[data-id="case"]', { hasText: 'SC-000001' });
                await item.getByText('asked for favours in exchange for rations').waitFor();
                await item.getByText('The reporter chose not to share their identity.').waitFor();
                const named = await item.getByText('Aminata').count();
                expect(named === 0, 'the reporter stays unnamed');
                await item.getByRole('button', { name: 'Update SC-000001' }).click();
                await caseload.locator('[data-id="case-status"]').getByText('In review', { exact: true }).click();
                await caseload.getByRole('button', { name: 'Save' }).click();
                await caseload.getByText('Saved. The reporter sees the new status.').waitFor();

                await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000001AAA`);
                await groupPage.getByRole('button', { name: 'Raise a confidential concern' }).click();
                await concern.locator('[data-id="my-concern"]', { hasText: 'In review' }).waitFor();
            }
        );

        await check('an archived group is read-only for its members and its creator restores it', async () => {
            const groupPage = page.locator('c-group-page');
            const banner = groupPage.locator('c-group-lifecycle-banner');
            await page.goto(`${url}?persona=member&lang=en&page=groups&group=a03000000000006AAA`);
            await banner.getByText('It is read-only.').waitFor();
            expect(
                (await banner.getByRole('button', { name: 'Restore the group' }).count()) === 0,
                'members cannot restore'
            );
            await groupPage.getByRole('tab', { name: 'Discussion' }).click();
            // B6: her own archived group does not tell her to join it.
            await groupPage
                .locator('c-group-discussion [data-id="read-only"]', { hasText: 'This group is archived' })
                .waitFor();

            await page.goto(`${url}?persona=org-admin&lang=en&page=groups&group=a03000000000006AAA`);
            await banner.getByRole('button', { name: 'Restore the group' }).click();
            await groupPage.getByText('The group is active again.').waitFor();
            await banner.getByText('It is read-only.').waitFor({ state: 'detached' });
        });

        await check('an Alliance admin schedules the dormancy job and runs it now', async () => {
            await page.goto(`${url}?persona=alliance-admin&lang=en&page=admin-queue`);
            const job = page.locator('c-dormancy-job-admin');
            await job.locator('[data-id="not-scheduled"]').waitFor();
            await job.getByRole('button', { name: 'Schedule daily' }).click();
            await job.getByText('Scheduled to run every day at 02:00.').waitFor();
            await job.locator('[data-id="next-run"]').waitFor();
            await job.getByRole('button', { name: 'Run now' }).click();
            await job.getByText('The job has started').waitFor();
        });

        await check(
            'a member offers a document, a moderator tags and publishes it, another member finds it by indicator and rates it',
            async () => {
                await openAfresh('persona=member&lang=en&page=repository');
                const repository = page.locator('c-exchange-repository');
                await repository.getByRole('button', { name: 'Offer a document' }).click();
                const form = repository.locator('c-resource-submit-form');
                const conduct = form.locator('c-code-of-conduct');
                await conduct.getByText('I have read the code of conduct and will follow it').click();
                await conduct.getByRole('button', { name: 'Accept' }).click();
                // B8: no document, no offer; B7: a refused type is said at once, not at Send.
                await form.getByRole('button', { name: 'Send for review' }).click();
                await form.locator('[data-id="file-error"]', { hasText: 'Choose the document to offer.' }).waitFor();
                await form.locator('input[type="file"]').setInputFiles({
                    name: 'tool.exe',
                    mimeType: 'application/octet-stream',
                    buffer: Buffer.alloc(64, 1)
                });
                await form
                    .locator('[data-id="file-error"]', {
                        hasText: 'tool.exe: this type of file cannot be shared here.'
                    })
                    .waitFor();
                await form.locator('input[type="file"]').setInputFiles({
                    name: 'Cash feedback hotline guide.pdf',
                    mimeType: 'application/pdf',
                    buffer: Buffer.alloc(2 * 1024, 1)
                });
                await form.getByText('Uploaded: Cash feedback hotline guide.pdf').waitFor();
                await form.getByLabel('Title').fill('Cash feedback hotline guide');
                await form.locator('[data-field="resourceType"] label', { hasText: 'Guidance' }).click();
                await form.getByRole('button', { name: 'Send for review' }).click();
                await repository.getByText('The Alliance will review your document').waitFor();

                await page.goto(`${url}?persona=moderator&lang=en&page=review`);
                const queue = page.locator('c-repository-review-queue');
                await queue.getByRole('button', { name: 'Cash feedback hotline guide' }).click();
                const panel = queue.locator('c-repository-review-panel');
                await panel.locator('[data-id="organisation"]', { hasText: 'Sahel Relief Network' }).waitFor();
                await panel.getByRole('combobox', { name: 'Verification stage' }).click();
                await panel.getByRole('option', { name: /Data collection/ }).click();
                // B1: the country is chosen by name; typing "Mali" into a two-letter field published Morocco.
                await panel.getByRole('combobox', { name: 'Author country' }).click();
                await panel.getByRole('option', { name: 'Mali', exact: true }).click();
                const tags = panel.locator('c-standard-element-picker');
                await tags.locator('input[type="search"]').fill('4.1');
                await tags.getByText(/^4\.1/).first().click();
                await tags.locator('lightning-pill').first().waitFor();
                await panel.getByRole('button', { name: 'Publish' }).click();
                await panel.locator('c-confirm-panel').getByRole('button', { name: 'Confirm' }).click();
                await queue.getByText('It is now published in the repository.').waitFor();

                await page.goto(`${url}?persona=member-mercy&lang=en&page=repository`);
                const browser = repository.locator('c-repository-browser');
                await browser
                    .getByRole('group', { name: 'Indicator or standard' })
                    .getByText(/Indicator 4\.1/)
                    .click();
                await browser.getByRole('status').getByText('3 resources found').waitFor();
                const card = browser.locator('c-resource-card', { hasText: 'Cash feedback hotline guide' });
                await card.getByText('By Sahel Relief Network').waitFor();
                await card.getByRole('button', { name: 'Cash feedback hotline guide' }).click();
                const resource = repository.locator('c-resource-page');
                await resource.getByText('By Sahel Relief Network').waitFor();
                await resource.locator('[data-fact="country"]', { hasText: 'Mali' }).waitFor();
                await resource.getByText('4 out of 5').click();
                await resource.getByText('Thank you for your rating.').waitFor();
                await resource.getByText('Rated 4 out of 5 (ratings: 1)').waitFor();
                await page.screenshot({ path: REPOSITORY_SCREENSHOT, fullPage: true });
                await resource.getByRole('button', { name: 'Back to the repository' }).click();
                await card.getByText('Rated 4 out of 5 (ratings: 1)').waitFor();
                // Point 5: the chosen facet is in the address, so a reload (or a shared link) finds it again.
                await page.reload();
                await browser.getByRole('status').getByText('3 resources found').waitFor();
            }
        );

        await check(
            'the gap map marks empty and thin cells, and an empty cell opens the browser with its facets',
            async () => {
                await openAfresh('persona=member&lang=en&page=repository');
                const repository = page.locator('c-exchange-repository');
                await repository.getByRole('button', { name: 'Where are resources missing?' }).click();
                const map = repository.locator('c-gap-map');
                await map.getByRole('combobox', { name: 'Country' }).click();
                await map.getByRole('option', { name: 'Mali', exact: true }).click();
                await map.getByText('3 published resources match the filters').waitFor();
                await map.getByRole('button', { name: 'Indicator 4.1: 1 resource (thin)' }).waitFor();
                await map.getByRole('button', { name: 'Indicator 5.1: no resources yet (empty)' }).click();
                const browser = repository.locator('c-repository-browser');
                await browser.getByRole('status').getByText('0 resources found').waitFor();
                const indicator = browser.getByRole('group', { name: 'Indicator or standard' });
                const country = browser.getByRole('group', { name: 'Country' });
                expect(await indicator.getByLabel('Indicator 5.1 (0)').isChecked(), 'the indicator is chosen');
                expect(await country.getByLabel('Mali (0)').isChecked(), 'the country of the map is chosen');
            }
        );

        await check('Alliance staff read the engagement measures beside the gap map in the console', async () => {
            await page.goto(`${url}?persona=moderator&lang=en&page=insights`);
            const dashboard = page.locator('c-engagement-dashboard');
            await dashboard.getByText('Median days to a decision').waitFor();
            const months = dashboard.getByRole('table', { name: 'Activity in the last 12 months' });
            expect((await months.getByRole('row').count()) === 13, 'a header and twelve months');
            await page.locator('c-gap-map').getByText('15 published resources match the filters').waitFor();
            await page.screenshot({ path: INSIGHTS_SCREENSHOT, fullPage: true });
        });

        await check(
            'a member finds an organisation by country and type and opens its page; its organisation admin edits the profile',
            async () => {
                await openAfresh('persona=member&lang=en&page=members');
                const members = page.locator('c-exchange-organisations');
                const directory = members.locator('c-organisation-directory');
                await directory.getByRole('combobox', { name: 'Country' }).click();
                // Each option says how many it finds: "Jordan (1)".
                await directory.getByRole('option', { name: /^Jordan \(\d+\)$/ }).click();
                await directory.getByRole('combobox', { name: 'Type of organisation' }).click();
                await directory.getByRole('option', { name: 'NGO network or consortium' }).click();
                await directory.getByRole('status').getByText('1 organisation found').waitFor();
                await directory.getByRole('button', { name: 'Levant Protection Consortium' }).click();
                const organisationPage = members.locator('c-organisation-page');
                await organisationPage.getByRole('heading', { name: 'Levant Protection Consortium' }).waitFor();
                await organisationPage.getByText('Child-friendly feedback mechanisms').waitFor();
                expect(
                    (await organisationPage.getByRole('button', { name: 'Edit the profile' }).count()) === 0,
                    'another organisation does not edit it'
                );

                await page.goto(`${url}?persona=org-admin&lang=en&page=members&organisation=001000000000001AAA`);
                await organisationPage.getByRole('button', { name: 'Edit the profile' }).click();
                await organisationPage
                    .getByLabel('Profile')
                    .fill('Cash, livelihoods and feedback desks in Mali and Niger.');
                await organisationPage.getByText('Portuguese').click();
                await organisationPage.getByRole('button', { name: 'Save' }).click();
                await organisationPage.getByText('The profile has been saved.').waitFor();
                await organisationPage.getByText('Cash, livelihoods and feedback desks in Mali and Niger.').waitFor();
            }
        );

        // Later states are scanned as well as the last one: the start panel and the list only show mid-journey.
        const expectAccessible = async (): Promise<void> => {
            const violations = await seriousViolations(page);
            if (violations.length > 0) {
                throw new Error(violations.join('\n'));
            }
        };
        const subject = 'Feedback desks in the same districts';

        await check(
            'a member finds an organisation by country and type, starts a conversation with it, the other side accepts and replies',
            async () => {
                await openAfresh('persona=member&lang=en&page=members');
                const members = page.locator('c-exchange-organisations');
                const directory = members.locator('c-organisation-directory');
                await directory.getByRole('combobox', { name: 'Country' }).click();
                await directory.getByRole('option', { name: /^United Kingdom \(\d+\)$/ }).click();
                await directory.getByRole('combobox', { name: 'Type of organisation' }).click();
                await directory.getByRole('option', { name: /^International NGO \(\d+\)$/ }).click();
                await directory.getByRole('status').getByText('1 organisation found').waitFor();
                await directory.getByRole('button', { name: 'Mercy Bridge International' }).click();
                const organisationPage = members.locator('c-organisation-page');
                await organisationPage.getByRole('button', { name: 'Start a conversation' }).click();
                const panel = organisationPage.locator('c-start-conversation');
                await panel.getByText('Mercy Bridge International (whole organisation)', { exact: true }).waitFor();
                await panel.getByLabel('Add people: search by name or organisation').fill('Lucía');
                await panel.getByText('Nobody who accepts conversations matches.').waitFor();
                await panel.getByRole('button', { name: 'Start the conversation' }).click();
                await panel.getByText('Say what the conversation is about.').waitFor();
                await expectAccessible();
                await panel.getByLabel('Subject').fill(subject);
                await panel.getByLabel('First message').fill('We both run feedback desks in Mopti. Shall we compare?');
                await panel.getByRole('button', { name: 'Start the conversation' }).click();

                const groupPage = page.locator('c-group-page');
                await groupPage.locator('[data-id="group-title"]', { hasText: subject }).waitFor();
                await groupPage.locator('c-group-facts').getByText('Direct conversation').waitFor();
                await groupPage.getByText('We both run feedback desks in Mopti. Shall we compare?').waitFor();
                expect(
                    (await groupPage.locator('c-group-facts [data-id="settings"]').count()) === 0,
                    'a conversation shows no group settings'
                );

                await page.goto(`${url}?persona=member-mercy&lang=en&page=groups`);
                const conversations = page.locator('c-my-conversations');
                const invitation = conversations.locator('li', { hasText: subject });
                await invitation.getByText('You are invited').waitFor();
                await invitation.getByText('Started by Aminata Traoré').waitFor();
                await expectAccessible();
                await invitation.getByRole('button', { name: 'Accept' }).click();
                await groupPage.locator('[data-id="group-title"]', { hasText: subject }).waitFor();
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                const discussion = groupPage.locator('c-group-discussion');
                const conduct = discussion.locator('c-code-of-conduct');
                await conduct.getByText('I have read the code of conduct and will follow it').click();
                await conduct.getByRole('button', { name: 'Accept' }).click();
                await discussion
                    .locator('[data-id="composer-input"] [contenteditable="true"]')
                    .fill('Gladly. Our desk is open on market days.');
                await discussion.locator('[data-id="send"] button').click();
                await discussion
                    .locator('c-discussion-message', { hasText: 'Gladly. Our desk is open on market days.' })
                    .waitFor();

                await page.goto(`${url}?persona=member&lang=en&page=groups`);
                const conversation = conversations.locator('li', { hasText: subject });
                await conversation.getByText('Hannah Okafor (Mercy Bridge International)').waitFor();
                expect((await conversation.getByText('Invited', { exact: true }).count()) === 0, 'Hannah has answered');
                expect(
                    (await page.locator('c-group-directory').getByText(subject).count()) === 0,
                    'a conversation is never in the group directory'
                );
                await conversation.getByRole('button', { name: subject }).click();
                await groupPage.getByRole('tab', { name: 'Discussion' }).click();
                await discussion.getByText('Gladly. Our desk is open on market days.').waitFor();
            }
        );

        await check('a moderator reads a reported conversation and is told that each reading is recorded', async () => {
            const groupPage = page.locator('c-group-page');
            await page.goto(`${url}?persona=moderator&lang=en&page=groups&group=a03000000000007AAA`);
            await groupPage.locator('c-error-panel').waitFor();

            await page.goto(`${url}?persona=member-mercy&lang=en&page=groups&group=a03000000000007AAA`);
            await groupPage.getByRole('tab', { name: 'Discussion' }).click();
            const discussion = groupPage.locator('c-group-discussion');
            await discussion
                .locator('c-discussion-message', { hasText: 'Our desk in Mopti gets complaints' })
                .locator('[data-action="report"] button')
                .first()
                .click();
            const form = discussion.locator('c-report-form');
            await form.getByText('Harassment or bullying').click();
            await form.getByRole('button', { name: 'Send report' }).click();
            await discussion.getByText('Thank you. Alliance moderators will review your report').waitFor();

            await page.goto(`${url}?persona=moderator&lang=en&page=groups&group=a03000000000007AAA`);
            await groupPage
                .getByText('You are reading a reported conversation as a moderator. Each time you open it is recorded.')
                .waitFor();
            await groupPage.getByRole('tab', { name: 'Discussion' }).click();
            await discussion.getByText('Our desk in Mopti gets complaints').waitFor();
        });

        await check('the member who started a conversation turns it into a group, warned first', async () => {
            const groupPage = page.locator('c-group-page');
            await page.goto(`${url}?persona=member&lang=en&page=groups`);
            await page.locator('c-my-conversations').getByRole('button', { name: subject }).click();
            await groupPage.getByRole('button', { name: 'Turn into a group' }).click();
            await groupPage.getByText('everyone who joins can read what was said here before').waitFor();
            const form = groupPage.locator('c-group-form');
            await form.getByRole('heading', { name: 'Turn into a group' }).waitFor();
            const commitments = form.locator('c-standard-element-picker').first();
            await commitments.locator('input[type="checkbox"]').nth(3).focus();
            await page.keyboard.press('Space');
            await commitments.locator('lightning-pill').first().waitFor();
            await expectAccessible();
            await form.locator('[data-id="save-group"] button').click();
            await groupPage.getByText('The conversation is now a group.').waitFor();
            await groupPage.locator('c-group-facts').getByText('Peer group').waitFor();
            expect(
                (await groupPage.getByRole('button', { name: 'Turn into a group' }).count()) === 0,
                'a group is not turned into a group again'
            );
        });

        await check('an owner creates a restricted group, invites a member, who accepts and then leaves', async () => {
            await openAfresh('persona=org-admin&lang=en&page=groups');
            await page.locator('[data-id="create-group"] button').click();
            const form = page.locator('c-group-form');
            await form.locator('[data-field="title"] input').fill('Complaints handling circle');
            await form.locator('[data-field="privacy"] label', { hasText: 'Restricted' }).click();
            const commitments = form.locator('c-standard-element-picker').first();
            await commitments.locator('input[type="checkbox"]').nth(4).focus();
            await page.keyboard.press('Space');
            await commitments.locator('lightning-pill').first().waitFor();
            await form.locator('[data-id="save-group"] button').click();
            const groupPage = page.locator('c-group-page');
            await groupPage.locator('[data-id="group-title"]', { hasText: 'Complaints handling circle' }).waitFor();
            await groupPage.locator('[data-id="invite-search"] input').fill('Aminata');
            await groupPage.locator('[data-id="invitees"]').getByText('Aminata Traoré (Sahel Relief Network)').click();
            await groupPage.locator('[data-id="invite-send"] button').click();
            await groupPage.getByText('Invitations sent: 1.').waitFor();
            await page.screenshot({ path: GROUP_SCREENSHOT, fullPage: true });

            await page.locator('select[name="persona"]').selectOption('member');
            const invitations = page.locator('c-my-group-invitations');
            await invitations.getByText('Complaints handling circle').waitFor();
            await invitations.locator('lightning-button[data-accept="true"] button').click();
            await groupPage.locator('[data-id="group-title"]', { hasText: 'Complaints handling circle' }).waitFor();
            await groupPage.locator('c-group-member-list').getByText('Aminata Traoré').waitFor();
            await groupPage.locator('[data-id="leave"] button').click();
            await groupPage
                .locator('c-confirm-panel')
                .getByText('To come back you will ask to join again, and an owner will answer.')
                .waitFor();
            await groupPage.locator('c-confirm-panel [data-id="confirm"] button').click();
            // B4: a restricted group is not readable once left; the directory says which group was left.
            await page.locator('c-exchange-groups').getByText('You left Complaints handling circle.').waitFor();
            await page.locator('c-group-directory').waitFor();
        });
        /** What has the focus, inside shadow roots too: its data-id, or "message" for a post, or its tag. */
        const focused = async (): Promise<string> =>
            page.evaluate(() => {
                let element = document.activeElement;
                while (element?.shadowRoot?.activeElement) {
                    element = element.shadowRoot.activeElement;
                }
                if (!element) {
                    return 'nothing';
                }
                // Climb out of base components' shadow roots to the element the product marked.
                let holder: Element | null = element;
                while (holder && !holder.matches('[data-id], [data-message-id]')) {
                    holder =
                        holder.parentElement ??
                        ((holder.getRootNode() as ShadowRoot).host as Element | undefined) ??
                        null;
                }
                if (!holder) {
                    return element.tagName.toLowerCase();
                }
                return holder.hasAttribute('data-message-id') ? 'message' : (holder.getAttribute('data-id') ?? '');
            });
        const expectFocusOn = async (where: string, after: string): Promise<void> => {
            const now = await focused();
            expect(now === where, `after ${after}, focus is on "${now}", not on "${where}"`);
        };

        await check(
            'by keyboard alone: open, join, accept, post and report, with focus on each result (B15)',
            async () => {
                await openAfresh('persona=member&lang=en&page=groups');
                const directory = page.locator('c-group-directory');
                const card = directory.locator('c-group-card', { hasText: 'Accountability to affected people' });
                await card.locator('[data-id="open-group"]').focus();
                await page.keyboard.press('Enter');
                const groupPage = page.locator('c-group-page');
                await groupPage.locator('[data-id="group-title"]').waitFor();
                await page.waitForTimeout(300);
                await expectFocusOn('group-title', 'opening a group');

                await groupPage.locator('[data-id="join"] button').focus();
                await page.keyboard.press('Enter');
                await groupPage.getByText('You have joined the group.').waitFor();
                await expectFocusOn('feedback', 'joining');

                await groupPage.getByRole('tab', { name: 'Discussion' }).focus();
                await page.keyboard.press('Enter');
                const discussion = groupPage.locator('c-group-discussion');
                const conduct = discussion.locator('c-code-of-conduct');
                await conduct.locator('[data-id="conduct-agree"] input').focus();
                await page.keyboard.press('Space');
                await conduct.locator('[data-id="conduct-accept"] button').focus();
                await page.keyboard.press('Enter');
                await discussion.locator('[data-id="composer"]').waitFor();
                await page.waitForTimeout(300);
                await expectFocusOn('editor', 'accepting the code of conduct');

                await page.keyboard.type('Feedback desks open on market days.');
                await discussion.locator('[data-id="send"] button').focus();
                await page.keyboard.press('Enter');
                const posted = discussion.locator('c-discussion-message', {
                    hasText: 'Feedback desks open on market days.'
                });
                await posted.waitFor();
                await page.waitForTimeout(300);
                await expectFocusOn('message', 'posting');

                const report = discussion
                    .locator('c-discussion-message', { hasText: 'Which feedback channels' })
                    .locator('[data-action="report"] button');
                await report.focus();
                await page.keyboard.press('Enter');
                await discussion.locator('c-report-form').waitFor();
                await expectFocusOn('report-heading', 'opening the report form');
                await expectAccessible();
                await page.keyboard.press('Escape');
                await discussion.locator('c-report-form').waitFor({ state: 'detached' });
                const back = await focused();
                expect(back !== 'nothing' && back !== 'body', `after Escape, focus is on "${back}"`);
            }
        );

        /** The widest an element reaches past the viewport, with what it is, so a failure says where to look. */
        const sidewaysScroll = async (): Promise<string> =>
            page.evaluate(() => {
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) {
                    return '';
                }
                const widest = Array.from(document.querySelectorAll('body *'))
                    .map((element) => ({ element, right: element.getBoundingClientRect().right }))
                    .filter(({ element }) => element.closest('.slds-scrollable_x, .slds-scrollable') === null)
                    .sort((left, right) => right.right - left.right)[0];
                const name = widest
                    ? `${widest.element.tagName.toLowerCase()}.${Array.from(widest.element.classList).join('.')}`
                    : '';
                return `${document.documentElement.scrollWidth} px wide for a ${width} px screen (${name})`;
            });

        // Every site page at 375 px, in English and in Arabic: no sideways scroll, nothing serious for axe.
        const SITE_STATES = [
            'persona=member&page=groups',
            'persona=member&page=groups&c__group=a03000000000001AAA',
            'persona=member&page=members',
            'persona=member&page=members&c__organisation=001000000000001AAA',
            'persona=member&page=repository',
            'persona=org-admin&page=colleagues',
            'persona=member&page=my-data',
            'persona=non-member&page=groups'
        ];
        for (const language of ['en', 'ar']) {
            await check(`no site page scrolls sideways at 375 px (${language}) (B13)`, async () => {
                await page.setViewportSize({ width: 375, height: 812 });
                try {
                    for (const state of SITE_STATES) {
                        await page.goto(`${url}?${state}&lang=${language}`);
                        await page.waitForLoadState('networkidle');
                        await page.waitForTimeout(700);
                        const overflow = await sidewaysScroll();
                        expect(overflow === '', `${state}: ${overflow}`);
                        await expectAccessible();
                    }
                    await page.goto(`${url}?persona=member&page=repository&lang=${language}`);
                    const browser = page.locator('c-repository-browser');
                    await browser.locator('c-resource-card').first().waitFor();
                    const top = await browser
                        .locator('c-resource-card')
                        .first()
                        .evaluate((card) => card.getBoundingClientRect().top);
                    expect(top < 900, `the first result starts ${Math.round(top)} px down: the filters are not folded`);
                    await browser.locator('[data-id="filters-toggle"]').click();
                    await browser.locator('c-repository-facets').waitFor({ state: 'visible' });
                    expect((await sidewaysScroll()) === '', 'the open filters scroll sideways');
                    await expectAccessible();
                } finally {
                    await page.setViewportSize({ width: 1280, height: 900 });
                }
            });
        }

        await check('the review panel with chosen tags fits 375 px right to left (B20)', async () => {
            await page.setViewportSize({ width: 375, height: 812 });
            try {
                await openAfresh('persona=moderator&lang=ar&page=review');
                await page.getByText('Referral pathway for protection concerns').first().click();
                const panel = page.locator('c-repository-review-panel');
                await panel.locator('[data-id="decision-actions"]').waitFor();
                await panel.locator('c-standard-element-picker lightning-pill').first().waitFor();
                const overflow = await sidewaysScroll();
                expect(overflow === '', `a chosen standard's pill or the decisions: ${overflow}`);
                await expectAccessible();
            } finally {
                await page.setViewportSize({ width: 1280, height: 900 });
            }
        });

        await check('a request to join can be withdrawn after a reload, and asked again (B17)', async () => {
            await openAfresh('persona=member-mercy&lang=en&page=groups');
            await page.getByText('Safeguarding focal points, Sahel').first().click();
            const groupPage = page.locator('c-group-page');
            await groupPage.locator('[data-id="request"] button').click();
            await groupPage.locator('[data-id="request-pending"]').waitFor();
            await page.reload();
            await groupPage.locator('[data-id="withdraw-request"] button').click();
            await groupPage.getByText('Your request to join was withdrawn.').waitFor();
            await groupPage.locator('[data-id="request"]').waitFor();
        });
    } finally {
        await context?.close();
        server.close();
        rmSync(profile, { recursive: true, force: true });
    }

    if (pageErrors.length > 0) {
        results.push({ name: 'no console or page errors', error: [...new Set(pageErrors)].join('\n') });
    } else {
        results.push({ name: 'no console or page errors' });
    }
    writeFileSync(join(OUT, 'e2e.json'), JSON.stringify(results, null, 2));
    for (const result of results) {
        console.log(`${result.error ? 'FAIL' : 'PASS'}  ${result.name}`);
        if (result.error) {
            console.log(
                result.error
                    .split('\n')
                    .map((line) => `      ${line}`)
                    .join('\n')
            );
        }
    }
    const failed = results.filter((result) => result.error).length;
    console.log(`browser: ${results.length - failed} of ${results.length} checks passed`);
    process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
