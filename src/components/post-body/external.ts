/** Whether a link leaves the site (a post's own links were made site paths before this). */
export const isExternal = (href: string | undefined): boolean => /^https?:\/\//.test(href ?? "");
