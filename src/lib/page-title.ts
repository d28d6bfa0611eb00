/** "Verdict · Rust in 2026"; the home page is just the report title. */
export function pageTitle(title: string, reportTitle: string): string {
  return title === reportTitle ? reportTitle : `${title} · ${reportTitle}`;
}
