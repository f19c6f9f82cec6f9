import { sceneToSvg, type RectShape, type Scene } from '../chart/scene';
import { formatDay } from '../domain/dateText';
import type { IsoDate } from '../domain/dates';
import { analyse } from '../planning';
import { isoDateOf } from '../planning/days';
import { drawAdvisoryRows } from './advisoryRows';
import { drawBackdrop, sectionTops } from './backdrop';
import { drawnAdvisories } from './drawnAdvisories';
import { layOut, type Layers, type Layout } from './layout';
import { drawHeader, drawLegend } from './legend';
import type { PictureInput } from './pictureInput';
import { pictureRange } from './range';
import { drawReferenceLanes } from './referenceLanes';
import { drawReleaseLanes } from './releaseLanes';
import { COLOURS, DAY_MS, label, PROFILE_LINE, SECTION_H } from './style';

// The timeline as a picture to post (a wiki page, a slide, a mail), drawn
// from the same plan as the app with what the export profile lets out and
// nothing more: one scene of simple shapes, written as a self-contained SVG
// (the app shows and saves it; the browser's canvas makes its PNG) and
// rasterised to PNG by the command line.

export type { PictureInput, ReferenceLane } from './pictureInput';

export interface Picture {
  scene: Scene;
  svg: string;
  width: number;
  height: number;
  from: IsoDate;
  to: IsoDate;
  /** What the picture holds of the embargoes, in words, to say before it is saved. */
  notice: string;
}

/** Draws the plan in [from, to] as a scene, and that scene as an SVG document. */
export function timelinePicture(input: PictureInput): Picture {
  const drawn = drawnAdvisories(input);
  const range = pictureRange(input, drawn);
  const layout = layOut(input, drawn, range);
  // The findings of the plan as the picture shows it: redacted, so no hidden advisory moves one.
  const { findings } = analyse(
    {
      releases: input.releases,
      advisories: drawn.map((d) => d.advisory),
      settings: input.settings,
    },
    input.now.toISOString().slice(0, 10),
  );

  // The label column is drawn after the plot, over whatever of the plot runs into it.
  const layers: Layers = { plot: [], column: [] };
  drawBackdrop(layout, input.settings, layers);
  drawReleaseLanes(layout, findings, layers);
  drawReferenceLanes(layout, layers);
  drawAdvisoryRows(layout, findings, input.profile, layers);
  drawToday(layout, input.now, layers);

  const scope = input.release ? `Release ${input.release}` : 'Release and embargo plan';
  const notice = `${PROFILE_LINE[input.profile]}${input.presenting && input.profile !== 'public' ? ' Presenting: embargoed titles are hidden.' : ''}`;
  const { lanes, items } = layout;
  const scene: Scene = {
    width: layout.width,
    height: layout.height,
    title: `${scope}, ${formatDay(isoDateOf(range.from))} to ${formatDay(isoDateOf(range.to))}`,
    description: `${notice} ${lanes.length} release${lanes.length === 1 ? '' : 's'}, ${items.length} advisor${items.length === 1 ? 'y' : 'ies'}.`,
    shapes: [
      ...layers.plot,
      ...margins(layout),
      ...layers.column,
      ...edges(layout),
      ...drawHeader(layout, scope, notice, input),
      ...drawLegend(layout),
    ],
  };
  return {
    scene,
    svg: sceneToSvg(scene),
    width: layout.width,
    height: layout.height,
    from: isoDateOf(range.from),
    to: isoDateOf(range.to),
    notice,
  };
}

/** Today, over everything in the plot. */
function drawToday(layout: Layout, now: Date, { plot }: Layers): void {
  const nowMs = now.getTime();
  if (!layout.inRange(nowMs)) return;
  const tx = layout.x(Math.floor(nowMs / DAY_MS) * DAY_MS + DAY_MS / 2);
  const top = layout.axisY;
  plot.push(
    {
      type: 'line',
      x1: tx,
      x2: tx,
      y1: top + 22,
      y2: layout.plotBottom,
      stroke: COLOURS.today,
      width: 1.5,
    },
    { type: 'rect', x: tx - 22, y: top + 20, w: 44, h: 14, radius: 3, fill: COLOURS.today },
    label(tx, top + 30.5, 'Today', { size: 10, bold: true, fill: COLOURS.white, anchor: 'middle' }),
  );
}

/** The label column and the right margin, blank over anything drawn into them. */
function margins(layout: Layout): RectShape[] {
  const { plotLeft, plotRight, plotBottom, releasesY, width } = layout;
  const band = (x: number, y: number, w: number, h: number, fill: string): RectShape => ({
    type: 'rect',
    x,
    y,
    w,
    h,
    fill,
  });
  return [
    band(0, releasesY, plotLeft, plotBottom - releasesY, COLOURS.white),
    band(plotRight, releasesY, width - plotRight, plotBottom - releasesY, COLOURS.white),
    ...sectionTops(layout).map((y) => band(0, y, plotLeft, SECTION_H, COLOURS.section)),
  ];
}

/** The plot's left and bottom edges. */
function edges({ plotLeft, releasesY, plotBottom, width }: Layout) {
  return [
    { x1: plotLeft, x2: plotLeft, y1: releasesY, y2: plotBottom },
    { x1: 0, x2: width, y1: plotBottom, y2: plotBottom },
  ].map((l) => ({ type: 'line' as const, ...l, stroke: COLOURS.gridMajor }));
}
