import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { NEEDS_CDP, frames, itExceptIn, screenshot, viewport } from '../../support/helpers.js';

const itPainted = itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP });

describe('<care-compare-table> top border', () => {
  after(() => viewport(800, 600));

  itPainted('the wide table’s top line is as thick over the corner cell as over the columns', async () => {
    await viewport(1000, 800);
    const table = await fixture<HTMLElement>(html`<care-compare-table></care-compare-table>`);
    await (table as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await frames();
    const box = table.shadowRoot!.querySelector('thead')!.getBoundingClientRect();
    const pixels = await screenshot({ x: box.x, y: box.y - 2, width: box.width, height: 10 }, 'table-top-border.png');
    // Rows of the strip, at one x, that are darker than the surface: the line's thickness there.
    const thickness = (x: number) => {
      let rows = 0;
      for (let y = 0; y < pixels.height; y++) if (pixels.at(x, y).reduce((sum, c) => sum + c, 0) < 600) rows++;
      return rows;
    };
    const corner = thickness(Math.round(box.width * 0.15));
    const columns = [0.45, 0.85].map((share) => thickness(Math.round(box.width * share)));
    expect(corner, 'over the corner cell').to.be.greaterThan(0);
    expect(columns, 'over the two columns').to.deep.equal([corner, corner]);
  });
});
