import { writeFileSync } from 'node:fs';

export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly color: string;
}

export interface Chart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The x values, shared by every series; both axes are logarithmic. */
  readonly x: readonly number[];
  readonly series: readonly Series[];
}

const WIDTH = 720;
const HEIGHT = 440;
const MARGIN = { left: 80, right: 24, top: 48, bottom: 110 };

/** Writes a small log–log line chart as a standalone SVG file. */
export function lineChart(file: string, chart: Chart): void {
  writeFileSync(file, svg(chart));
}

export function svg(chart: Chart): string {
  const all = chart.series.flatMap((s) => s.values).filter((v) => v > 0);
  const [x0, x1] = decades(Math.min(...chart.x), Math.max(...chart.x));
  const [y0, y1] = decades(Math.min(...all), Math.max(...all));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number): number => MARGIN.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * plotW;
  const py = (y: number): number => MARGIN.top + plotH - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="15">${escape(chart.title)}</text>`,
  ];
  for (let d = x0; d <= x1; d++) {
    const x = px(10 ** d);
    out.push(
      `<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${MARGIN.top + plotH}" stroke="#ddd"/>`,
      `<text x="${x}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${label(10 ** d)}</text>`,
    );
  }
  for (let d = y0; d <= y1; d++) {
    const y = py(10 ** d);
    out.push(
      `<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotW}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${y + 4}" text-anchor="end">${label(10 ** d)}</text>`,
    );
  }
  out.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH + 40}" text-anchor="middle">${escape(chart.xLabel)}</text>`,
    `<text transform="translate(20 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(chart.yLabel)}</text>`,
  );
  chart.series.forEach((series, s) => {
    const points = chart.x.map((x, i) => `${px(x).toFixed(1)},${py(series.values[i]).toFixed(1)}`);
    out.push(`<polyline fill="none" stroke="${series.color}" stroke-width="2" points="${points.join(' ')}"/>`);
    for (const point of points) {
      const [cx, cy] = point.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="3.5" fill="${series.color}"/>`);
    }
    const ly = MARGIN.top + plotH + 62 + s * 20;
    out.push(
      `<line x1="${MARGIN.left}" y1="${ly - 4}" x2="${MARGIN.left + 28}" y2="${ly - 4}" stroke="${series.color}" stroke-width="2"/>`,
      `<text x="${MARGIN.left + 36}" y="${ly}">${escape(series.name)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}

/** The whole decades around [min, max], as exponents. */
function decades(min: number, max: number): [number, number] {
  const low = Math.floor(Math.log10(min));
  const high = Math.ceil(Math.log10(max));
  return [low, high === low ? low + 1 : high];
}

function label(value: number): string {
  if (value >= 1e9) return `${value / 1e9}G`;
  if (value >= 1e6) return `${value / 1e6}M`;
  if (value >= 1e3) return `${value / 1e3}k`;
  return String(value);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
