// A screenshot of the popup open over the page it reports on, as a reader sees it. The
// popup is its own extension page (Playwright cannot capture the browser's real popup
// bubble), so the two screenshots are laid over each other in a scratch page and that
// page is captured: no image library needed.
import type { BrowserContext, Page } from '@playwright/test';

export interface Size {
  width: number;
  height: number;
}

/** PNG of `popup` (cropped to `popupSize`) drawn over `page` at the top right, at `size`. */
export async function popupOverPage(
  context: BrowserContext,
  page: Page,
  popup: Page,
  size: Size,
  popupSize: Size = { width: 400, height: 600 },
): Promise<Buffer> {
  await page.setViewportSize(size);
  const back = (await page.screenshot()).toString('base64');
  await popup.setViewportSize(popupSize);
  const front = (await popup.screenshot()).toString('base64');
  const canvas = await context.newPage();
  try {
    await canvas.setViewportSize(size);
    await canvas.setContent(
      `<body style="margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden;position:relative">` +
        `<img src="data:image/png;base64,${back}" style="position:absolute;inset:0">` +
        `<img src="data:image/png;base64,${front}" style="position:absolute;top:8px;right:16px;border-radius:8px;` +
        `box-shadow:0 4px 24px rgb(0 0 0 / .35);border:1px solid #bbb"></body>`,
    );
    await canvas.waitForFunction(() => [...document.images].every((i) => i.complete));
    return await canvas.screenshot();
  } finally {
    await canvas.close();
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): Size {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
