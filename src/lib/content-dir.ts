/**
 * Where the report's content lives. `REPORT_CONTENT_DIR` points the build at another
 * folder (test fixtures with bad input, the 500-section benchmark) without copying the project.
 */
export const contentDir: string = process.env['REPORT_CONTENT_DIR'] ?? './src/content';
