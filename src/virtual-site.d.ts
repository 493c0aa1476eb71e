declare module "virtual:furikaeri/site" {
  import type { SiteInfo } from "./shared/types.ts";
  const site: SiteInfo;
  export default site;
}
