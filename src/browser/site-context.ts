import site from "virtual:furikaeri/site";
import { labelsFor } from "../shared/labels.ts";

/** The site's settings as the build handed them over. */
export { site };

/** UI words in the site's language. */
export const siteLabels = labelsFor(site.lang);
