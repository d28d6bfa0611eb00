/**
 * `npm run remove -- <slug> …`: takes reports out of the site's content, all or none, and says what
 * went with them (src/import/remove.ts). See README "Removing a report".
 */
import { runRemoveCommand } from '../src/import/remove.ts';
import { settings } from '../src/site/settings.ts';

process.exitCode = await runRemoveCommand(process.argv.slice(2), settings.contentDir, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
