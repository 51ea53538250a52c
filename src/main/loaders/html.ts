// Saved web pages: the report paragraphs without the site around them. linkedom parses (it never
// runs scripts); the walk is iterative so 10,000 nested elements cannot overflow the stack; our
// own rules drop navigation, breadcrumbs, footers, disclaimers, comment boxes and share buttons.
import { parseHTML } from 'linkedom';
import type { EncodingName } from './decode';
import { normaliseEncoding } from './decode';

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): EncodingName | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? normaliseEncoding(m[1]) : null;
}

/** Elements whose content is never report text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav',
  'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'map', 'audio', 'video',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'table', 'tr', 'td', 'th', 'tbody', 'thead', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'center', 'body',
  'figure', 'figcaption', 'address', 'hr',
]);
/** id/class words of page furniture (matched as whole words of the attribute). */
const NOISE_NAME = /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|crumbs?|bread|position|location|footer|foot|share|sharing|bdshare|comments?|pinglun|sidebar|side|toolbar|login|search|related|pager|pagination|copyright|ads?|banner|topbar|top-bar|tools?|print|qrcode|header|topnav)([\s_-]|$)/i;
const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

interface Node {
  tag: string; // '#text' for text
  text: string;
  children: Node[];
  parent: Node | null;
  /** Characters of paragraph text directly attributable to this element (content scoring). */
  score: number;
  /** Total text length below this element. */
  length: number;
}

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent?: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
  querySelector?: (sel: string) => unknown;
};

function isNoise(el: DomNode, tag: string, byName: boolean): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  const get = (n: string): string => el.getAttribute?.(n) ?? '';
  // Hidden elements carry anti-copy tokens (PZl, 7rw) that readers never see.
  if (el.hasAttribute?.('hidden') || HIDDEN_STYLE.test(get('style'))) return true;
  if (!byName) return false;
  if (get('aria-hidden') === 'true') return true;
  const names = `${get('id')} ${get('class')} ${get('role') === 'navigation' ? 'nav' : ''}`;
  // Headers hold the page title as often as the site menu: only the site header goes.
  if (tag === 'header') return !el.querySelector?.('h1');
  return NOISE_NAME.test(names);
}

/** Our own tree of the page without furniture, built without recursion. */
function buildTree(root: DomNode, byName = true): Node {
  const top: Node = { tag: 'body', text: '', children: [], parent: null, score: 0, length: 0 };
  const stack: [DomNode, Node][] = [];
  const pushChildren = (dom: DomNode, into: Node): void => {
    const kids = dom.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], into]);
  };
  pushChildren(root, top);
  const order: Node[] = [];
  while (stack.length) {
    const [dom, parent] = stack.pop()!;
    if (dom.nodeType === 3) {
      const node: Node = { tag: '#text', text: dom.textContent ?? '', children: [], parent, score: 0, length: 0 };
      parent.children.push(node);
      continue;
    }
    if (dom.nodeType !== 1) continue;
    const tag = dom.nodeName.toLowerCase();
    if (isNoise(dom, tag, byName)) continue;
    const node: Node = { tag, text: '', children: [], parent, score: 0, length: 0 };
    parent.children.push(node);
    order.push(node);
    pushChildren(dom, node);
  }
  // Lengths bottom-up: nodes were created parents first, so walk the creation order backwards.
  for (const n of top.children) if (n.tag === '#text') top.length += visibleLength(n.text);
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    for (const c of n.children) if (c.tag === '#text') n.length += visibleLength(c.text);
    if (n.parent) n.parent.length += n.length;
  }
  return top;
}

const visibleLength = (s: string): number => s.replace(/\s+/g, '').length;

/** Readability's idea in small: paragraphs vote for their parent (and half for the grandparent);
 *  the element with the most paragraph text holds the article. */
function contentRoot(body: Node): Node {
  const stack: Node[] = [body];
  let best: Node = body;
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children) if (c.tag !== '#text') stack.push(c);
    const isParagraph = n.tag === 'p' || ((n.tag === 'div' || n.tag === 'td') && n.children.some((c) => c.tag === '#text' && visibleLength(c.text) > 20));
    if (!isParagraph || n.length < 10) continue;
    // Report paragraphs are punctuated prose; menus and link lists are not.
    const weight = n.length;
    if (n.parent) {
      n.parent.score += weight;
      if (n.parent.score > best.score) best = n.parent;
      const gp = n.parent.parent;
      if (gp) {
        gp.score += weight / 2;
        if (gp.score > best.score) best = gp;
      }
    }
  }
  // Report text outside the winner (a paragraph after a deeply nested block, a page split in two
  // containers) must not be lost: climb until the winner holds most of the furniture-free text.
  while (best.parent && best.length < body.length * 0.7) best = best.parent;
  return best;
}

function serialise(root: Node): string {
  const out: string[] = [];
  const stack: (Node | 'close-block' | 'close-pre')[] = [root];
  // Inside <pre> (a plain-text report shown by a browser and saved) line breaks are the paragraphs.
  let preDepth = 0;
  while (stack.length) {
    const n = stack.pop()!;
    if (n === 'close-block' || n === 'close-pre') {
      if (n === 'close-pre') preDepth--;
      out.push('\n');
      continue;
    }
    if (n.tag === '#text') {
      out.push(preDepth > 0 ? n.text.replace(/\r\n?/g, '\n') : n.text.replace(/[\t\n\r\f ]+/g, ' '));
      continue;
    }
    if (n.tag === 'pre' || n.tag === 'textarea' || n.tag === 'xmp' || n.tag === 'plaintext') {
      preDepth++;
      out.push('\n');
      stack.push('close-pre');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
      continue;
    }
    if (n.tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(n.tag);
    if (block) {
      out.push('\n');
      stack.push('close-block');
    } else if (n.tag === 'td' || n.tag === 'th') out.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('');
}

// Lines of page furniture that survive the element rules (plain-text sites, table layouts).
const FURNITURE_LINE: RegExp[] = [
  /^(您|你)?(当前|现在)的?(位置|所在位置)[::]?/,
  /^首页\s*[>>›»]/,
  /本文仅代表作者(本人)?观点/,
  /^本文(地址|链接|网址)[::]/,
  /^(责任编辑|编辑|来源|信息来源|文章来源|发布时间|发表时间|发布日期|浏览次数|点击数|阅读次数|访问量|作者)[::]/,
  /【?\s*字体\s*[::]?\s*[【\[]?\s*(大|小|中|\])/,
  /^(打印本页|关闭窗口|【?打印】?|【?关闭】?|返回顶部|上一篇|下一篇|分享到|扫一扫|收藏本页|相关阅读|相关文章|相关链接|热门文章|推荐阅读)/,
  /(版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|主办单位|承办单位|技术支持[::]|联系我们|网站地图|设为首页|加入收藏)/i,
  /^(分享|微信|微博|QQ空间|朋友圈)(\s*(分享|微信|微博|QQ空间|朋友圈))*$/,
];
const COMMENT_BOX = /^(留言与评论|发表评论|网友评论|我要评论|评论区|我要留言|网友留言|评论\s*\(\d+\))/;

function cleanLines(raw: string): string[] {
  const lines = raw.split('\n').map((l) => l.replace(/^[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+$/g, ''));
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.replace(/[\s\u3000\u00a0]/g, '')) continue;
    if (COMMENT_BOX.test(line) && i > lines.length * 0.5) break; // everything after is the comment form
    if (line.length < 160 && FURNITURE_LINE.some((re) => re.test(line))) continue;
    if (/验证码|提交评论|匿名发表/.test(line) && line.length < 80) continue;
    kept.push(line);
  }
  return kept;
}

export interface HtmlText {
  text: string;
  title: string | null;
}

/** The page's title: <title> without the site name after a separator, or the first h1. */
function pageTitle(document: { title?: string; querySelector(sel: string): { textContent: string | null } | null }): string | null {
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const raw = (document.title ?? '').replace(/\s+/g, ' ').trim();
  const fromTitle = raw.split(/\s*(?:[_|–—]|\s-\s)\s*/)[0]?.trim() ?? '';
  return fromTitle || h1 || null;
}

export function htmlToText(html: string): HtmlText {
  // linkedom leaves document.body null for fragments and pages without <body>: give them one.
  const whole = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html.replace(/<\/?(?:html|!doctype)[^>]*>/gi, '')}</body></html>`;
  const { document } = parseHTML(whole);
  const title = pageTitle(document as never);
  const bodyDom = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (!bodyDom) return { text: '', title };
  let lines = cleanLines(serialise(contentRoot(buildTree(bodyDom))));
  // A site that names its article container like furniture ('share-content', 'side-main') would
  // lose the report to the class rules: then read the page with tag rules only.
  if (lines.join('').length < 100) {
    const unfiltered = cleanLines(serialise(contentRoot(buildTree(bodyDom, false))));
    if (unfiltered.join('').length > lines.join('').length * 2) lines = unfiltered;
  }
  // The title often sits outside the article element: put it first, where readers (and detectMeta) expect it.
  // Only a report-like title: a site name ('XX人民政府门户网站') is not part of the document.
  if (title && /报告|報告/.test(title) && !lines.slice(0, 5).some((l) => l.includes(title))) lines.unshift(title);
  return { text: lines.join('\n'), title };
}
