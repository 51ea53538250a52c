// A chart as a file: the recharts SVG serialised with its fonts and background, or drawn onto a
// canvas at 2× for a PNG. Only local data (blob: and data: URLs) is involved, as the CSP allows.
const FONT = `'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

export function chartSvg(container: HTMLElement | null): SVGSVGElement {
  // The chart's own surface, not the little legend icons (also svg.recharts-surface).
  const svg =
    container?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    [...(container?.querySelectorAll<SVGSVGElement>('svg') ?? [])].sort((a, b) => area(b) - area(a))[0];
  if (!svg) throw new Error('没有可导出的图表 / no chart to export');
  return svg;
}

function area(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
}

export interface LegendEntry {
  name: string;
  color: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_ROW = 22;

/** Standalone SVG text: namespace, size, font, a white background, and the legend (which recharts
 *  draws in HTML, outside the SVG) added below the plot. Returns the text and the exported size. */
export function serialiseSvg(svg: SVGSVGElement, legend: readonly LegendEntry[] = []): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const plotHeight = Math.round(box.height);
  const height = plotHeight + (legend.length > 0 ? LEGEND_ROW * legend.length + 8 : 0);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  legend.forEach((entry, i) => {
    const y = plotHeight + 4 + i * LEGEND_ROW;
    const swatch = document.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', '16');
    swatch.setAttribute('y', String(y + 5));
    swatch.setAttribute('width', '14');
    swatch.setAttribute('height', '10');
    swatch.setAttribute('fill', entry.color);
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', '36');
    label.setAttribute('y', String(y + 15));
    label.setAttribute('font-size', '13');
    label.setAttribute('fill', '#1d2330');
    label.textContent = entry.name;
    clone.append(swatch, label);
  });
  clone.setAttribute('font-family', FONT);
  clone.style.fontFamily = FONT;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone), width, height };
}

export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('图表无法绘制 / the chart could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 不可用 / canvas unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG 编码失败 / PNG encoding failed');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
