import fs from "node:fs";
import chromium from "@sparticuz/chromium";

/**
 * A Chromium that runs here without downloading anything: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else the headless build that @sparticuz/chromium ships inside npm.
 */
export async function chromiumExecutable(): Promise<{ executablePath: string; args: string[] }> {
  const common = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ];
  const system = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (fs.existsSync(system))
    return { executablePath: system, args: ["--no-sandbox", "--disable-gpu", ...common] };
  // Not chromium.args: they are tuned for one page per Lambda (--single-process), which
  // crashes when tests open several pages at once.
  return {
    executablePath: await chromium.executablePath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--use-gl=angle",
      "--use-angle=swiftshader",
      ...common,
    ],
  };
}
