declare module "virtual:furikaeri/site" {
  import type { SiteInfo } from "./content/types.ts";
  const site: SiteInfo;
  export default site;
}
