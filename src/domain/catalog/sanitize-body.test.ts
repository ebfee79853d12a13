import { describe, expect, it } from 'vitest';
import { bodyText, sanitizeBody } from './sanitize-body.ts';

const ownImage = '/agencies/lcx-zrzy/items/11430321006221486Y%2F2026-00001/attachments/0b9c3f4e-1111-4222-8333-944455556666';

describe('sanitizeBody', () => {
  it.each([
    ['a script with its content', '<p>通知<script>alert(document.cookie)</script></p>', '<p>通知</p>'],
    ['event handlers', '<p onclick="alert(1)" onmouseover="x">段落</p>', '<p>段落</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">点此</a>', '<p><a rel="noopener noreferrer">点此</a></p>'],
    ['a javascript: link hidden by an entity tab and case', '<a href=" jav&#x09;aScRiPt:alert(1)">点此</a>', '<p><a rel="noopener noreferrer">点此</a></p>'],
    ['a javascript: link with an entity colon', '<p><a href="javascript&colon;alert(1)">点此</a></p>', '<p><a rel="noopener noreferrer">点此</a></p>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">点此</a>', '<p><a rel="noopener noreferrer">点此</a></p>'],
    ['a protocol-relative link', '<a href="//evil.example/x">点此</a>', '<p><a rel="noopener noreferrer">点此</a></p>'],
    ['an image with onerror', '<img src=x onerror=alert(1)>', ''],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['an image from elsewhere', '<img src="https://tracker.example/p.gif">', ''],
    ['svg and math with scripts', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg><math><mi>y</mi></math>', ''],
    ['an iframe and a form', '<iframe src="https://evil.example"></iframe><form action="/x"><input name="a"><button>提交</button></form>', ''],
    ['style elements and attributes', '<style>p{color:red}</style><p style="background:url(javascript:alert(1))">文</p>', '<p>文</p>'],
    ['a broken nested script', '<<script>script>alert(1)<</script>/script>', '<p>&lt;/script&gt;</p>'],
    ['an object and embed', '<object data="x.swf"></object><embed src="x.swf">', ''],
    ['a base and meta refresh', '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>正文</p>', '<p>正文</p>'],
  ])('removes %s', (_what, html, expected) => {
    expect(sanitizeBody(html)).toBe(expected);
  });

  it('keeps what official documents use, and opens links without the opener', () => {
    const html =
      '<h2>一、总体要求</h2><p><strong>重要</strong>，<em>注意</em>，<u>下划线</u><br>第二行</p>' +
      '<ol><li>一</li></ol><ul><li>二</li></ul><blockquote>引文</blockquote>' +
      '<table><thead><tr><th colspan="2">表头</th></tr></thead><tbody><tr><td rowspan="2">甲</td><td>乙</td></tr></tbody></table>' +
      '<p><a href="https://www.gov.cn/zhengce/">国务院政策</a> <a href="/guide">指南</a> <a href="mailto:gk@lcx.gov.cn">来信</a></p>';
    expect(sanitizeBody(html)).toBe(
      '<h2>一、总体要求</h2><p><strong>重要</strong>，<em>注意</em>，<u>下划线</u><br />第二行</p>' +
        '<ol><li>一</li></ol><ul><li>二</li></ul><blockquote>引文</blockquote>' +
        '<table><thead><tr><th colspan="2">表头</th></tr></thead><tbody><tr><td rowspan="2">甲</td><td>乙</td></tr></tbody></table>' +
        '<p><a href="https://www.gov.cn/zhengce/" rel="noopener noreferrer">国务院政策</a> <a href="/guide" rel="noopener noreferrer">指南</a> <a href="mailto:gk@lcx.gov.cn" rel="noopener noreferrer">来信</a></p>',
    );
  });

  it('turns what Word pastes into the allowed tags and drops bad attribute values', () => {
    expect(sanitizeBody('<div class="MsoNormal"><b>粗</b><i>斜</i><span lang="zh">文</span></div><h1>标题</h1><h6>小</h6>')).toBe('<p><strong>粗</strong><em>斜</em>文</p><h2>标题</h2><h4>小</h4>');
    expect(sanitizeBody('<table><tr><td colspan="0" rowspan="1000">a</td><th colspan="3 onmouseover=x">b</th></tr></table>')).toBe('<table><tr><td>a</td><th>b</th></tr></table>');
    expect(sanitizeBody('<a href="https://x.cn" target="_blank" rel="opener">x</a>')).toBe('<p><a href="https://x.cn" rel="noopener noreferrer">x</a></p>');
  });

  it('keeps images only from our own attachment URLs, with safe attributes', () => {
    expect(sanitizeBody(`<img src="${ownImage}" alt="位置图" width="600" height="x" onload="alert(1)">`)).toBe(`<p><img src="${ownImage}" alt="位置图" width="600" /></p>`);
    expect(sanitizeBody(`<img src="${ownImage}/../../evil">`)).toBe('');
    expect(sanitizeBody('<img src="/console/catalog/x/attachments/y">')).toBe('');
  });
});

describe('bodyText', () => {
  it('gives one line per block, cells separated, entities decoded, markup gone', () => {
    const html = '<h2>标题</h2><p>甲&amp;乙 &lt;丙&gt;<br>次行</p><div>丁</div><ul><li>一</li><li>二</li></ul><table><tr><td>a</td><td>b</td></tr></table><script>x</script>';
    expect(bodyText(html)).toBe('标题\n甲&乙 <丙>\n次行\n丁\n一\n二\na b');
  });

  it('is empty for a body of markup only', () => {
    expect(bodyText('<p> </p><img src="x">')).toBe('');
  });
});

describe('sanitizeBody on plain text', () => {
  it('makes one paragraph per line and escapes what looks like markup but is not', () => {
    expect(sanitizeBody('各乡镇人民政府：\n\n  现将有关事项通知如下。 \r\n甲 & 乙 < 丙')).toBe('<p>各乡镇人民政府：</p><p>现将有关事项通知如下。</p><p>甲 &amp; 乙 &lt; 丙</p>');
  });
});

describe('sanitizeBody on plain text with tags in it', () => {
  it('still removes scripts and handlers, also across lines', () => {
    expect(sanitizeBody('通知如下。\n<script>\nalert(1)\n</script>\n<img src=x onerror=alert(1)>第二段')).toBe('<p>通知如下。</p><p>第二段</p>');
  });
});
