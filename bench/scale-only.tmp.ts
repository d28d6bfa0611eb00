import { launchBrowser } from '../tools/browser.ts';
import { measureLibraryScale } from './lib/library-scale.ts';
import { libraryTable } from './lib/report.ts';
import { libraryBudgets } from './lib/budgets.ts';
const sizes = (process.argv[2] ?? '10').split(',').map(Number);
const browser = await launchBrowser();
try {
  const runs = await measureLibraryScale(sizes, '/work/wt/library/bench/.work', browser, (t) => console.error('[scale]', t));
  console.log(libraryTable(runs));
  console.log(JSON.stringify(libraryBudgets(runs), null, 1));
} finally { await browser.close(); }
