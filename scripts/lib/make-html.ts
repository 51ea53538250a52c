// A saved government-site page around report paragraphs: navigation, breadcrumbs, share buttons,
// a disclaimer, a comment box and a footer — the furniture the HTML loader must strip.

export interface HtmlPageOptions {
  /** Page <title>; defaults to the first paragraph plus a site name. */
  title?: string;
  /** Declared charset (<meta charset>); the caller encodes the bytes accordingly. */
  charset?: string;
  siteName?: string;
  /** Put the furniture in (default true). */
  furniture?: boolean;
  /** Extra <script> tags that must never run nor leak into the text. */
  scripts?: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function htmlPage(paragraphs: readonly string[], opts: HtmlPageOptions = {}): string {
  const site = opts.siteName ?? '临江市人民政府门户网站';
  const title = opts.title ?? `${paragraphs[0] ?? '政府工作报告'}_${site}`;
  const furniture = opts.furniture !== false;
  const script = opts.scripts !== false ? '<script>document.title = "已篡改"; window.__ran = true;</script>' : '';
  const body = paragraphs.map((p, i) => (i === 0 ? `<h1 class="article-title">${esc(p)}</h1>` : `<p style="text-indent:2em">${esc(p)}</p>`)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head>${opts.charset ? `<meta charset="${opts.charset}">` : ''}<title>${esc(title)}</title>${script}<style>.nav{color:red}</style></head>
<body>
${furniture ? `<div class="header"><div class="logo">${esc(site)}</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">您当前的位置:<a href="/">首页</a> &gt; 政务公开 &gt; 政府工作报告</div>` : ''}
<div class="main"><div class="article">
${furniture ? '<div class="info">发布时间:2024-01-25 09:30 来源:区政府办 浏览次数:1024 【字体:大 中 小】</div>' : ''}
<div class="article-content TRS_Editor">
${body}
</div>
${furniture ? `<div class="share">分享到:<a>微信</a><a>微博</a><a>QQ空间</a></div>
<p class="disclaimer">本文仅代表作者观点,不代表本站立场。</p>
<p>本文地址:http://www.linjiang.example.gov.cn/zwgk/2024/0125/123.html</p>
<div class="comment-box"><h3>留言与评论</h3><textarea></textarea><span>验证码:</span><input type="text"><button>提交</button></div>` : ''}
</div></div>
${furniture ? `<div class="footer"><p>版权所有:临江市人民政府办公室 主办单位:临江市人民政府</p><p>ICP备12345678号</p></div>` : ''}
${script}
</body></html>`;
}
