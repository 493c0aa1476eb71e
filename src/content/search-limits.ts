/** The most of each post's text that is indexed, in characters: enough for what it is about. */
export const SEARCH_TEXT_LIMIT = 2000;
