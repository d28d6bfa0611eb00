/** The token-colour stylesheet served by src/integrations/code-colours.ts. */
declare module 'virtual:code-colours.css';
