declare module "virtual:furikaeri/site" {
  import type { SiteInfo } from "./content/types";
  const site: SiteInfo;
  export default site;
}
