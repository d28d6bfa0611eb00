import { fileURLToPath } from 'node:url';

/** The project root, for tools run from anywhere (tests, the bench, dev scripts). */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
