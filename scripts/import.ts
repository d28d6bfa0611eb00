/**
 * `npm run import -- <file.txt | folder> … [--title "…"] [--slug …]`: adds reports in the house style
 * to the site's content, or updates them (src/import/command.ts). See README "Publishing a new report".
 */
import { runImportCommand } from '../src/import/command.ts';
import { settings } from '../src/site/settings.ts';

process.exitCode = await runImportCommand(process.argv.slice(2), settings.contentDir, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
