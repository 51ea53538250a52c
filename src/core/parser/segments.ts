// Where each figure stands: its sentence and clause, the section of the report (from the
// headings), and the scope of the words that make figures estimates (预计…) or targets (力争…).
import type { SectionKind } from '../model';
import { COMING_YEAR, PLAN_HEADING, PROBLEM_HEADING, REVIEW_HEADING, REVIEW_OPENER, SCOPE_MARKER } from './lexicon';
import { inSpans, type Span } from './spans';



/** Sorted boundaries let every lookup be a binary search. */
export class Segmenter {
  readonly sentenceEnds: number[] = [];
  readonly paragraphEnds: number[] = [];
  private readonly semicolons: number[] = [];
  private readonly sectionStarts: Array<{ at: number; kind: SectionKind }> = [];
  private estimateScopes: Span[] = [];
  private targetScopes: Span[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // 。 ! ? and line breaks end sentences; line breaks end paragraphs.
      if (c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a) this.sentenceEnds.push(i + 1);
      if (c === 0x0a) this.paragraphEnds.push(i + 1);
      if (c === 0x3b) this.semicolons.push(i);
    }
    this.sentenceEnds.push(text.length);
    this.paragraphEnds.push(text.length);
    this.findSections();
    this.findScopes();
    this.findFutureSentences();
    this.sectionStarts.sort((a, b) => a.at - b.at);
    // A fragment without headings: 一年来…/过去一年… still says it reviews the past year.
    const opener = REVIEW_OPENER.exec(text);
    if (opener && (this.sectionStarts.length === 0 || this.sectionStarts[0].at > opener.index)) {
      this.sectionStarts.unshift({ at: this.sentence(opener.index).start, kind: 'review' });
    }
    this.estimateScopes = Segmenter.merged(this.estimateScopes);
    this.targetScopes = Segmenter.merged(this.targetScopes);
  }

  private static upperBound(arr: number[], pos: number): number {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The sentence ([start, end) in the normalised text) holding pos. */
  sentence(pos: number): Span {
    const k = Segmenter.upperBound(this.sentenceEnds, pos);
    return { start: k === 0 ? 0 : this.sentenceEnds[k - 1], end: this.sentenceEnds[Math.min(k, this.sentenceEnds.length - 1)] };
  }

  /** Offset of the last ';' before pos, or -1. */
  lastSemicolonBefore(pos: number): number {
    const k = Segmenter.upperBound(this.semicolons, pos - 1);
    return k === 0 ? -1 : this.semicolons[k - 1];
  }

  paragraph(pos: number): Span {
    const k = Segmenter.upperBound(this.paragraphEnds, pos);
    return { start: k === 0 ? 0 : this.paragraphEnds[k - 1], end: this.paragraphEnds[Math.min(k, this.paragraphEnds.length - 1)] };
  }

  section(pos: number): SectionKind {
    let lo = 0;
    let hi = this.sectionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sectionStarts[mid].at <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 'other' : this.sectionStarts[lo - 1].kind;
  }

  isEstimate(pos: number): boolean {
    return inSpans(this.estimateScopes, pos); // merged and sorted once (see the constructor)
  }

  isTarget(pos: number): boolean {
    return inSpans(this.targetScopes, pos);
  }

  private static merged(scopes: Span[]): Span[] {
    scopes.sort((a, b) => a.start - b.start);
    const out: Span[] = [];
    for (const s of scopes) {
      const last = out[out.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else out.push({ ...s });
    }
    return out;
  }

  /** Headings: short lines (一、2023年工作回顾; 二、2024年工作安排) naming a part of the report. */
  private findSections(): void {
    let lineStart = 0;
    for (const end of this.paragraphEnds) {
      const line = this.text.slice(lineStart, end).trim();
      const kind = headingKind(line);
      if (kind) this.sectionStarts.push({ at: lineStart, kind });
      lineStart = end;
    }
  }

  /**
   * 2024年,新区将确保…; 今年…计划新增…; 提出,2023年…: a sentence that names the coming year and
   * an intent before its first figure states targets, wherever it stands (news coverage has no plan section).
   */
  private findFutureSentences(): void {
    let start = 0;
    for (const end of this.sentenceEnds) {
      const sentence = this.text.slice(start, end);
      const firstFigure = sentence.search(FIGURE_DIGIT);
      const lead = firstFigure < 0 ? '' : sentence.slice(0, firstFigure);
      if (lead && FUTURE_TIME.test(lead) && FUTURE_INTENT.test(lead)) {
        // 今年我们将…。全年城镇新增就业5.5万人…: opening its paragraph, it sets the paragraph's tense.
        const paragraph = this.paragraph(start);
        this.targetScopes.push({ start, end: start === paragraph.start ? paragraph.end : end });
      }
      start = end;
    }
  }

  private findScopes(): void {
    SCOPE_MARKER.lastIndex = 0;
    for (let m = SCOPE_MARKER.exec(this.text); m !== null; m = SCOPE_MARKER.exec(this.text)) {
      if (m[1]) {
        this.estimateScopes.push({ start: m.index, end: this.sentence(m.index).end });
      } else if (m[2]) {
        // 主要预期目标是:… covers its whole paragraph; in running review text it is only a mention.
        const follows = this.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
        // Only words that introduce the list may stand between (主要指标全面向好: is a review).
        if (TARGET_LIST_OPENER.test(follows)) {
          const paragraph = this.paragraph(m.index);
          this.targetScopes.push({ start: this.sentence(m.index).start, end: paragraph.end });
          // 2026年…主要预期目标是: opening its paragraph: the plan part of the report starts here.
          if (m.index - paragraph.start <= 30) this.sectionStarts.push({ at: paragraph.start, kind: 'plan' });
        } else if (/^(?:设定|确定|定)?[在为]/.test(follows)) {
          // 今年预期目标定在5.5%左右: one target, in its sentence.
          this.targetScopes.push({ start: m.index, end: this.sentence(m.index).end });
        }
      } else if (m[3]) {
        this.targetScopes.push({ start: m.index, end: this.sentence(m.index).end });
      } else {
        this.sectionStarts.push({ at: this.sentence(m.index).start, kind: 'problems' });
      }
    }
  }
}

/** The coming year, named before any figure (今年以来 and 今年一季度 tell of the past). */
const FUTURE_TIME = new RegExp(`${COMING_YEAR}|\\d{4}年(?!以来|[前底末初上下1-9一二三四])`);
/** Words of intent: 将 only before a verb of intent (将3个村纳入… is 把). */
const FUTURE_INTENT = /将(?:继续|确保|力争|努力|全力|着力|加快|实现|完成|新增|突破|达到|争取|坚持|进一步)|(?<!年度|原|按)计划(?![内外的])|确保|力争|提出[,:]|预期(?!目标)/;
/** A figure's digits (a year such as 2024年 is no figure). */
const FIGURE_DIGIT = /[0-9](?![0-9]{0,3}年)/;

/** What follows 主要预期目标 when it opens the list of targets: 是, 为, 建议为, 安排如下, :. */
const TARGET_LIST_OPENER = /^(?:任务)?(?:建议|安排|设定|确定|拟定|初步确定|定)?(?:如下|是|为|:)/;

const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+部分)/;
/** Sub-headings ((一)重点工作扎实推进) sit inside a part of the report and never change it. */
const SUB_HEADING = /^(?:[((][一二三四五六七八九十0-9]+[))]|[0-9]+[、.]|第[一二三四五六七八九十]+[,、])/;

const PERFECTIVE = /[\u3400-\u9fff]了/;

/** Section kind of a line if it reads as a heading. */
export function headingKind(line: string): SectionKind | null {
  if (line.length === 0 || line.length > 40) return null;
  // 蔚屿开发区2023年工作报告: the title names the report, not a part of it.
  if (/[。;]/.test(line) || SUB_HEADING.test(line) || line.includes('报告')) return null;
  const numbered = HEADING_NUMBER.test(line);
  if (!numbered && line.length > 20) return null;
  // 三、加强政府自身建设: how the government works on itself, a part of its own (its past and its pledges mix).
  if (/自身建设|人民满意的?政府|政府建设/.test(line)) return 'other';
  if (PROBLEM_HEADING.test(line) && !REVIEW_HEADING.test(line)) return numbered || line.length <= 16 ? 'problems' : null;
  // 我们主要抓了以下工作: the perfective 了 tells of the year past, whatever words follow.
  if (PLAN_HEADING.test(line) && !REVIEW_HEADING.test(line) && !PERFECTIVE.test(line)) return 'plan';
  if (REVIEW_HEADING.test(line)) return 'review';
  return null;
}
