// The built-in stylesheet: one readable column, system fonts, light and dark
// (`prefers-color-scheme`), images and long words kept inside a phone's width.
export const STYLESHEET = `:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5c5c5c;--bg:#fff;--line:#ddd;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#a8a8a8;--bg:#141414;--line:#333;--accent:#7fb5ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;overflow-wrap:anywhere}
.liveblog{max-width:42rem;margin:0 auto;padding:1rem}
a{color:var(--accent)}
img,video,iframe{max-width:100%;height:auto}
pre{overflow-x:auto}
table{display:block;overflow-x:auto}
.byline,.dateline,.credit,.source,.permalink,.update{color:var(--muted);font-size:.9rem}
.summary,.notice{border-left:4px solid var(--accent);padding:.25rem 1rem;margin:1rem 0}
.post{border-top:1px solid var(--line);padding-top:1rem;margin-top:1.5rem}
.post h2{margin:.25rem 0;font-size:1.3rem;line-height:1.3}
figure{margin:1rem 0}
figcaption{font-size:.9rem;color:var(--muted)}
`
