// Lines of a saved web page that are no part of the report: comments, related-article lists,
// counters, download prompts and ads. Their numbers are never the report's figures. A line is
// judged by its own shape; a block opened by 网友评论 / 相关推荐 / 热门文章… runs on over the short
// lines below it, up to the first line of prose or a report heading.
import { HEADING_MARK } from './lexicon';
import type { Span } from './spans';

/** Opens a block of comments or article links (【热门文章】, 网友评论(126), 往期推荐:). */
const BLOCK_HEADING =
  /^[【\[▍「(（\s]*(?:网友(?:留言|跟帖)|跟帖|网友评论|全部评论|最新评论|热门评论|评论区|共有评论|相关(?:阅读|推荐|文章|新闻|链接|资讯)|热门(?:文章|推荐|下载|阅读|资讯)|推荐阅读|延伸阅读|热点推荐|精彩推荐|往期(?:推荐|回顾|精选)|猜你喜欢|大家都在看)/;
/** A line that is chrome on its own: a comment, a counter, a prompt to download or follow. */
const CHROME_LINE = [
  /^@[^\s:：@]{1,20}[:：]/, // @网名:评论
  /\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*[:：]\s*\S/, // 网名 2024-02-01 10:12:评论
  /\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}.{0,20}(?:回复|赞|👍)|(?:回复|赞)\s*[(（]?\d+[)）]?\s*$/, // 01-21 08:02 赞 56
  /(?:阅读|在看|浏览|点赞|收藏|转发|下载|下載)\s*[:：]?\s*[0-9.]+\s*[万萬]?\+?\s*(?:[|｜次\s]|$)/, // 阅读 10万+ |
  /\d+\s*人(?:评价|評價|阅读|閱讀|浏览|瀏覽)/, // 4.6分(128人评价), 已有2157人阅读
  /(?:阅读|閱讀)(?:需要|约|時間|时间)[^,。]{0,4}\d+\s*分钟/, // 阅读需要13分钟
  /免费(?:下载|下載|领取|領取)|点击(?:下载|领取|查看原文)|扫码(?:关注|领取)|关注公众号|范文\d+篇|[下][载載][^,。]{0,10}[积積]分|置[顶頂]\d+[天小]|见\d+楼|已加精/,
];
/** The head of a comment or forum reply: who and when; the short lines after it are its body. */
const COMMENT_HEAD = /(?:发表于|發表於)\s*\d{4}-\d{1,2}-\d{1,2}|^(?:回复|回覆)\s*#\d+|^第\s*\d+\s*楼|^\S{1,20}\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$/;
const REPORT_HEADING = new RegExp(`^${HEADING_MARK}`);
/** Prose of the report: a long line. */
const PROSE_LENGTH = 60;
/** A line of prose hard-wrapped at a fixed width (30+ characters with the report's commas): it ends a block. */
const WRAPPED_PROSE = /^(?=.{30,}).*[,，;；]/;

/** Spans of chrome lines in the text (read on the page's own lines: before any wrap is joined), in order. */
export function pageChrome(text: string): Span[] {
  const ranges: Span[] = [];
  let inBlock = false;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line === '') {
      // A blank line keeps a block open: lists are often spaced out.
    } else if ((BLOCK_HEADING.test(line) || COMMENT_HEAD.test(line)) && line.length < PROSE_LENGTH) {
      inBlock = true;
      ranges.push({ start, end });
    } else if (line.length < PROSE_LENGTH && CHROME_LINE.some((p) => p.test(line))) {
      ranges.push({ start, end });
    } else if (inBlock && line.length < PROSE_LENGTH && !REPORT_HEADING.test(line) && !WRAPPED_PROSE.test(line)) {
      ranges.push({ start, end });
    } else {
      inBlock = false;
    }
    start = end + 1;
  }
  return ranges;
}
