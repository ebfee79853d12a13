/** The HTML shell of every page: language, viewport, the one stylesheet, the skip link. */
import type { ComponentChildren } from 'preact';

export interface HtmlDocumentProps {
  title: string;
  siteName: string;
  largeText: boolean;
  /** `portal` or `console`, for the stylesheet. */
  area: string;
  children: ComponentChildren;
}

export function HtmlDocument({ title, siteName, largeText, area, children }: HtmlDocumentProps) {
  const fullTitle = title === siteName ? title : `${title} - ${siteName}`;
  return (
    <html lang="zh-CN" class={largeText ? 'large-text' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <link rel="stylesheet" href="/static/styles.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {area === 'portal' ? <link rel="alternate" type="application/atom+xml" title="政府信息公开目录（Atom）" href="/feeds/catalog.atom" /> : null}
        {area === 'portal' ? <link rel="alternate" type="application/rss+xml" title="政府信息公开目录（RSS）" href="/feeds/catalog.rss" /> : null}
      </head>
      <body class={`area-${area}`}>
        <a class="skip-link" href="#main">
          跳到主要内容
        </a>
        {children}
      </body>
    </html>
  );
}
